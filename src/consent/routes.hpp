#pragma once

#include <string>

#include "access/api_router.hpp"
#include "consent/flood_guard.hpp"
#include "cookies/registry.hpp"
#include "http/router.hpp"
#include "store/database.hpp"
#include "weblog/trusted_proxies.hpp"

namespace waymark::consent {

struct ConsentOptions {
  std::string server_key;
  cookies::CookieNames cookie_names{"_JIMO_"};
  weblog::TrustedProxies proxies;
  std::string public_origin = "http://localhost:8080";
  FloodGuard::Policy flood;
};

// What the consent routes share. REQUIRES: outlives the router.
struct ConsentContext {
  ConsentContext(store::Database& db, ConsentOptions options);

  store::Database& db;
  const ConsentOptions options;
  const std::string cookie_key;   // CookieKey(server_key)
  const std::string cookie_name;  // "_JIMO_CONSENT" with the configured prefix
  FloodGuard guard;
};

// The visitor's own consent: GET /consent shows it, POST /consent {"functionality": bool}
// records a choice, DELETE /consent withdraws. Recording or withdrawing expires the
// functionality cookies in the same answer when they are not allowed.
void AddConsentRoutes(http::Router& router, ConsentContext& context);

// GET /api/v1/consents?format=json|csv: every record, as proof of consent, for the
// instance's owners. JSON is paged (limit, cursor); CSV streams them all.
void AddConsentExportRoute(access::ApiRouter& api, ConsentContext& context);

}  // namespace waymark::consent
