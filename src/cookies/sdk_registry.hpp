#pragma once

#include <string>

#include "cookies/registry.hpp"

namespace waymark::cookies {

// The registry as the SDK reads it, written into sdk.js when the server loads it, so the
// script sets exactly the declared cookies under the configured names:
//   {"prefix": "_JIMO_", "cookies": {"boostedViewed": {"name": "_JIMO_BOOSTED_VIEWED",
//    "maxAge": 31536000 | null, "maxBytes": 1024}, ...}}
// Keys are the suffixes in camelCase; a null maxAge is a session cookie. Only the cookies a
// script writes are listed.
std::string SdkRegistryJson(const CookieNames& names);

}  // namespace waymark::cookies
