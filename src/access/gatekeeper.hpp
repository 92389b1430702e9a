#pragma once

#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <string>
#include <variant>

#include "access/access.hpp"
#include "access/credentials.hpp"
#include "cookies/registry.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "store/database.hpp"
#include "weblog/trusted_proxies.hpp"

namespace waymark::access {

struct GateOptions {
  cookies::CookieNames cookie_names{"_JIMO_"};
  std::chrono::seconds idle_timeout{14 * 24 * 3600};
  std::string public_origin = "http://localhost:8080";
  weblog::TrustedProxies proxies;
};

// The caller, admitted to the route, or the answer that turns them away.
using Admission = std::variant<Caller, http::Response>;

// Admits requests to management API routes according to their declared Access:
// authenticates the credential (401, expiring a dead session cookie), checks Origin and the
// CSRF token on cookie-authenticated changes (403), resolves the route's workspace or
// project and the caller's role in it (404 outside it, 403 short of the role).
class Gatekeeper {
 public:
  Gatekeeper(store::Database& db, GateOptions options)
      : db_(db),
        options_(std::move(options)),
        session_cookie_(options_.cookie_names.Name(cookies::CookieId::kToken)) {}

  boost::asio::awaitable<Admission> Admit(http::Request& request, const Access& access) const;

  const GateOptions& options() const { return options_; }
  const std::string& SessionCookieName() const { return session_cookie_; }

 private:
  struct Identity;
  boost::asio::awaitable<Result<Identity>> Authenticate(const PresentedCredential& credential,
                                                        std::int64_t now) const;
  boost::asio::awaitable<Admission> Resolve(http::Request& request, const Access& access,
                                            const Identity& identity, Caller caller) const;
  boost::asio::awaitable<void> Touch(const Identity& identity, std::int64_t now) const;

  store::Database& db_;
  GateOptions options_;
  std::string session_cookie_;  // "_JIMO_TOKEN" with the configured prefix
};

}  // namespace waymark::access
