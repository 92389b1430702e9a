#include "app/demo_site.hpp"

#include "access/csrf.hpp"
#include "demo/page.hpp"
#include "demo/seed.hpp"
#include "http/middlewares/recover.hpp"
#include "http/middlewares/request_id.hpp"
#include "http/middlewares/security_headers.hpp"

namespace waymark::app {

Result<std::string> DemoSite::Seed(const Config& config, store::Database& db) {
  const std::string port = std::to_string(config.demo_port);
  auto demo = demo::SeedDemo(db, {"http://localhost:" + port, "http://127.0.0.1:" + port,
                                  access::OriginOf(config.public_url)});
  if (!demo.ok()) return demo.status();
  std::string api_url = config.public_url;
  while (!api_url.empty() && api_url.back() == '/') api_url.pop_back();
  page_ = demo::DemoPage(api_url, *demo);
  demo::AddDemoRoutes(router_, page_, api_url);
  return demo->public_key;
}

Result<std::uint16_t> DemoSite::Start(const Config& config) {
  pipeline_.Add(std::make_unique<http::RequestIdMiddleware>());
  pipeline_.Add(std::make_unique<http::RecoverMiddleware>());
  pipeline_.Add(std::make_unique<http::SecurityHeadersMiddleware>());

  http::ServerOptions options;
  options.bind = config.bind;
  options.port = static_cast<std::uint16_t>(config.demo_port);
  options.threads = 1;
  server_ = std::make_unique<http::Server>(options, router_, pipeline_);
  auto listening = server_->Listen();
  if (!listening.ok()) return listening.status();
  thread_ = std::thread([this] { server_->Run(); });
  return listening;
}

void DemoSite::Stop() {
  if (server_ != nullptr) server_->Shutdown();
  if (thread_.joinable()) thread_.join();
}

}  // namespace waymark::app
