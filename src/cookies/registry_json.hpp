#pragma once

#include <string>

#include "cookies/registry.hpp"

namespace waymark::cookies {

// The registry as GET /api/v1/cookies answers it, so anyone (and the browser cookie audit)
// can compare what a browser holds with what the policy declares. A JSON array, one object
// per cookie in registry order:
//   {"name": "_JIMO_TOKEN", "purpose": "...", "category": "strictly-necessary",
//    "party": "first-party", "lifetime": "session" | "persistent",
//    "maxAgeSeconds": 2592000 | null, "extendedMaxAgeSeconds": 2592000 | null,
//    "lifetimeText": "Session; 30 days with “remember me”", "setBy": "...",
//    "content": "...", "maxBytes": 64,
//    "writers": [{"writer": "server", "httpOnly": true, "secure": "always" | "https",
//                 "sameSite": "Lax", "path": "/"}]}
// A session cookie (no maxAgeSeconds) may still be given extendedMaxAgeSeconds on request
// ("remember me"). "secure": "https" means Secure wherever the page is https.
std::string RegistryJson(const CookieNames& names);

}  // namespace waymark::cookies
