#include "site/cookie_routes.hpp"

#include <memory>

#include "cookies/registry_json.hpp"
#include "http/static_assets.hpp"

namespace waymark::site {
namespace {

using boost::asio::awaitable;

awaitable<http::Response> ServeRegistry(const http::Asset& registry, http::Request& request) {
  co_return http::ServeAsset(registry, request);
}

}  // namespace

void AddCookieRoutes(access::ApiRouter& api, const cookies::CookieNames& names) {
  // Shared by the handler's copies: the response's body points into it while it is sent.
  auto registry = std::make_shared<const http::Asset>(http::MakeAsset(
      "/api/v1/cookies", "application/json", cookies::RegistryJson(names), "public, max-age=300"));
  api.Add(http::Verb::get, "/api/v1/cookies", {.scope = access::Scope::kPublic},
          [registry](http::Request& request, const access::Caller&) {
            return ServeRegistry(*registry, request);
          });
}

}  // namespace waymark::site
