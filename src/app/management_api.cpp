#include "app/management_api.hpp"

#include "access/csrf.hpp"
#include "audit/routes.hpp"
#include "auth/routes.hpp"
#include "content/routes.hpp"
#include "projects/routes.hpp"
#include "site/cookie_routes.hpp"
#include "webhooks/routes.hpp"
#include "workspaces/routes.hpp"

namespace waymark::app {
namespace {

access::GateOptions GateOptionsFrom(const Config& config, weblog::TrustedProxies proxies) {
  return {cookies::CookieNames(config.cookie_prefix), config.session_idle_timeout,
          access::OriginOf(config.public_url), std::move(proxies)};
}

auth::AuthOptions AuthOptionsFrom(const Config& config) {
  auth::AuthOptions options;
  options.open_signup = config.open_signup;
  options.session_lifetime = config.session_lifetime;
  options.public_url = config.public_url;
  options.cookie_names = cookies::CookieNames(config.cookie_prefix);
  options.smtp = {config.smtp_url, config.smtp_from, config.smtp_username, config.smtp_password};
  return options;
}

consent::ConsentOptions ConsentOptionsFrom(const Config& config, weblog::TrustedProxies proxies) {
  return {.server_key = config.server_key,
          .cookie_names = cookies::CookieNames(config.cookie_prefix),
          .proxies = std::move(proxies),
          .public_origin = access::OriginOf(config.public_url)};
}

traffic::TrafficIndexOptions TrafficOptionsFrom(const Config& config,
                                                weblog::AccessLog* access_log) {
  traffic::TrafficIndexOptions options{.dir = config.data_dir / "logs",
                                       .retention_days = config.retention_days};
  if (access_log != nullptr) options.flush = [access_log] { access_log->Flush(); };
  return options;
}

}  // namespace

ManagementApi::ManagementApi(const Config& config, store::Database& db, http::Router& router,
                             weblog::TrustedProxies proxies, weblog::AccessLog* access_log,
                             analytics::Ingestor* ingestor)
    : gate_(db, GateOptionsFrom(config, proxies)),
      api_(router, gate_),
      auth_(db, AuthOptionsFrom(config)),
      publishing_(db),
      projects_{db,
                [this](std::string project_id) {
                  return publishing_.context().Changed(std::move(project_id));
                },
                config.server_key},
      webhooks_{db, config.server_key, config.webhooks_allow_private_networks},
      reports_{db, ingestor},
      consent_(db, ConsentOptionsFrom(config, std::move(proxies))),
      traffic_(TrafficOptionsFrom(config, access_log)) {
  auth::AddRoutes(api_, auth_);
  workspaces::AddRoutes(api_, db, {config.public_url});
  projects::AddRoutes(api_, projects_);
  audit::AddRoutes(api_, db);
  content::AddRoutes(api_, publishing_.context());
  webhooks::AddRoutes(api_, webhooks_);
  analytics::AddReportRoutes(api_, reports_);
  site::AddCookieRoutes(api_, cookies::CookieNames(config.cookie_prefix));
  consent::AddConsentExportRoute(api_, consent_);
  traffic::AddTrafficRoutes(api_, traffic_);
}

}  // namespace waymark::app
