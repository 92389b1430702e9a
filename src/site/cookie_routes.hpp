#pragma once

#include "access/api_router.hpp"
#include "cookies/registry.hpp"

namespace waymark::site {

// GET /api/v1/cookies, public: every cookie Waymark may set, with the configured names
// (cookies/registry_json.hpp). Rendered once, served from memory with an ETag, and
// cacheable for five minutes: it changes only when the server is upgraded or reconfigured.
void AddCookieRoutes(access::ApiRouter& api, const cookies::CookieNames& names);

}  // namespace waymark::site
