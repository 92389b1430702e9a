#include <spdlog/spdlog.h>

#include <cstdio>

#include "analytics/ingestor.hpp"
#include "analytics/retention.hpp"
#include "analytics/routes.hpp"
#include "app/commands.hpp"
#include "app/demo_site.hpp"
#include "app/management_api.hpp"
#include "app/server_key.hpp"
#include "app/signals.hpp"
#include "app/store.hpp"
#include "core/log.hpp"
#include "http/middlewares/cors.hpp"
#include "http/middlewares/recover.hpp"
#include "http/middlewares/request_id.hpp"
#include "http/middlewares/security_headers.hpp"
#include "http/server.hpp"
#include "http/static_assets.hpp"
#include "ops/routes.hpp"
#include "site/changelog_routes.hpp"
#include "site/site_routes.hpp"
#include "site/site_script.hpp"
#include "webhooks/dispatcher.hpp"
#include "weblog/access_log_middleware.hpp"
#include "widget/routes.hpp"
#include "widget/sdk_script.hpp"
#include "widget/sighting_store.hpp"

namespace waymark::app {
namespace {

int Fail(std::string_view what, const Status& status) {
  spdlog::critical("serve.failed step=\"{}\" error=\"{}\"", what, status.message());
  std::fprintf(stderr, "waymark serve: %.*s: %s\n", static_cast<int>(what.size()), what.data(),
               status.message().c_str());
  return 1;
}

http::ServerOptions ServerOptionsFrom(const Config& config) {
  http::ServerOptions options;
  options.bind = config.bind;
  options.port = static_cast<std::uint16_t>(config.port);
  options.threads = static_cast<unsigned>(config.threads);
  options.max_connections = static_cast<std::size_t>(config.max_connections);
  options.shutdown_grace = config.shutdown_grace;
  options.limits.header_bytes = static_cast<std::size_t>(config.header_limit_bytes);
  options.limits.body_bytes = static_cast<std::size_t>(config.body_limit_bytes);
  options.limits.header_timeout = config.header_timeout;
  options.limits.body_timeout = config.body_timeout;
  options.limits.idle_timeout = config.idle_timeout;
  return options;
}

Result<std::unique_ptr<weblog::AccessLog>> OpenAccessLog(const Config& config) {
  if (!config.access_log) return std::unique_ptr<weblog::AccessLog>();
  weblog::AccessLogOptions options;
  options.dir = config.data_dir / "logs";
  options.rotate_bytes = static_cast<std::uint64_t>(config.rotate_bytes);
  options.retention_days = config.retention_days;
  options.anonymize_ip = config.anonymize_ip;
  return weblog::AccessLog::Open(std::move(options));
}

// The chain every request runs through, outermost first. The access log sits outside
// Recover so that requests whose handler failed are logged with their 500.
http::Pipeline BuildPipeline(weblog::AccessLog* access_log, const weblog::TrustedProxies& proxies) {
  http::Pipeline pipeline;
  pipeline.Add(std::make_unique<http::RequestIdMiddleware>());
  if (access_log != nullptr) {
    pipeline.Add(std::make_unique<weblog::AccessLogMiddleware>(*access_log, proxies));
  }
  pipeline.Add(std::make_unique<http::RecoverMiddleware>());
  pipeline.Add(std::make_unique<http::SecurityHeadersMiddleware>());
  pipeline.Add(std::make_unique<http::CorsMiddleware>());
  return pipeline;
}

// Where the build leaves a bundled script (sdk.js, site.js, the dashboard's folder app):
// beside the executable.
std::filesystem::path BesideExecutable(std::string_view file) {
  std::error_code ec;
  const auto executable = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path("web") / file : executable.parent_path() / "web" / file;
}

}  // namespace

int Serve(const Config& config) {
  InitLogging(config.log_level);

  auto db = OpenMigratedStore(config);
  if (!db.ok()) return Fail("open store", db.status());
  auto access_log = OpenAccessLog(config);
  if (!access_log.ok()) return Fail("open access log", access_log.status());
  auto proxies = weblog::TrustedProxies::Parse(config.trusted_proxies);
  if (!proxies.ok()) return Fail("access_log.trusted_proxies", proxies.status());
  auto assets = http::StaticAssets::Load(config.static_dir);
  if (!assets.ok()) return Fail("load static assets", assets.status());
  auto server_key = LoadServerKey(config);
  if (!server_key.ok()) return Fail("server key", server_key.status());
  Config keyed = config;
  keyed.server_key = *server_key;
  auto sdk =
      widget::LoadSdkScript(config.sdk_path.empty() ? BesideExecutable("sdk.js") : config.sdk_path,
                            cookies::CookieNames(config.cookie_prefix));
  if (!sdk.ok()) return Fail("load the widget script", sdk.status());
  DemoSite demo;
  site::SiteSettings site_settings = site::SiteSettingsOf(config);
  if (config.demo_port > 0) {
    auto demo_key = demo.Seed(keyed, **db);
    if (!demo_key.ok()) return Fail("demo project", demo_key.status());
    // `make run`: the site pages show the demo project's changelog, behind their consent.
    if (site_settings.widget_key.empty()) site_settings.widget_key = *demo_key;
  }
  auto app_bundle = site::LoadAppBundle(BesideExecutable("app"));
  if (!app_bundle.ok()) return Fail("load the dashboard", app_bundle.status());
  const site::SitePages site_pages(site_settings, std::move(*app_bundle));
  auto site_script = site::LoadSiteScript(BesideExecutable("site.js"));
  if (!site_script.ok()) return Fail("load the site script", site_script.status());

  ops::Observed observed{
      .store = db->get(), .access_log = access_log->get(), .metrics_token = config.metrics_token};
  http::Router router;
  ops::AddRoutes(router, observed);
  auto ingestor =
      analytics::Ingestor::Open(**db, config.data_dir / "journal",
                                static_cast<std::size_t>(config.analytics_max_pending_events));
  if (!ingestor.ok()) return Fail("open the analytics journal", ingestor.status());
  observed.analytics_pending = [ingestion = ingestor->get()] { return ingestion->pending(); };
  ManagementApi api(keyed, **db, router, *proxies, access_log->get(), ingestor->get());
  webhooks::Dispatcher webhook_dispatcher(
      **db, {.server_key = *server_key,
             .timeout = config.webhooks_timeout,
             .retry_base = config.webhooks_retry_base,
             .allow_private_networks = config.webhooks_allow_private_networks});
  content::Snapshots& snapshots = api.publishing().snapshots();
  site::AddChangelogRoutes(router, snapshots, config.public_url);
  site_pages.AddRoutes(router);
  consent::AddConsentRoutes(router, api.consent());
  widget::WidgetContext widget_context{**db, snapshots, *server_key, config.public_url};
  widget::WidgetCorsPolicy widget_cors(snapshots);
  widget::AddRoutes(router, widget_context, widget_cors);
  http::AddAssetRoute(router, *sdk);
  http::AddAssetRoute(router, *site_script);
  analytics::IngestContext ingest{**ingestor, snapshots};
  analytics::Retention retention(**db, config.analytics_retention_days);
  analytics::AddIngestRoutes(router, ingest, widget_cors);
  assets->AddRoutes(router);
  http::Pipeline pipeline = BuildPipeline(access_log->get(), *proxies);

  http::Server server(ServerOptionsFrom(config), router, pipeline);
  observed.router = &router;
  observed.http = &server.metrics();
  auto port = server.Listen();
  if (!port.ok()) return Fail("listen", port.status());

  if (config.demo_port > 0) {
    auto demo_port = demo.Start(keyed);
    if (!demo_port.ok()) return Fail("demo site", demo_port.status());
    std::printf("demo product page with the widget on http://localhost:%u\n", *demo_port);
  }

  weblog::AccessLog* log = access_log->get();
  SignalWatcher signals([&server] { server.Shutdown(); },
                        [log] {
                          if (log != nullptr) log->Reopen();
                        });
  spdlog::info("serve.listening address={} port={} assets={}", config.bind, *port,
               assets->assets().size());
  std::printf("waymark listening on http://%s:%u\n", config.bind.c_str(), *port);
  std::fflush(stdout);
  server.Run();
  demo.Stop();
  // The widget's last sightings that the once-a-minute rule held back (widget/sightings.hpp).
  Status seen = widget::SaveUnsavedSightings(**db, widget_context.sightings);
  if (!seen.ok()) spdlog::warn("serve.sightings_not_saved error=\"{}\"", seen.message());

  if (log != nullptr) log->Flush();
  spdlog::info("serve.stopped");
  return 0;
}

}  // namespace waymark::app
