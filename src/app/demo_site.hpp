#pragma once

#include <memory>
#include <string>
#include <thread>

#include "core/config.hpp"
#include "core/status.hpp"
#include "http/middleware.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "store/database.hpp"

namespace waymark::app {

// The demo product page of `make run`, on its own port (demo.port) so that it is another
// origin than the API, as a customer's site is. Seeds the demo project on first start.
class DemoSite {
 public:
  // Seeds the demo project, whose widget the demo page and this server's own site pages
  // embed; answers its public key. BLOCKING: call before serving.
  Result<std::string> Seed(const Config& config, store::Database& db);
  // Listens; answers the port. REQUIRES: Seed succeeded. BLOCKING: call before serving.
  Result<std::uint16_t> Start(const Config& config);
  // Stops serving and waits for the site's thread. Safe to call when never started.
  void Stop();
  ~DemoSite() { Stop(); }

 private:
  std::string page_;
  http::Router router_;
  http::Pipeline pipeline_;
  std::unique_ptr<http::Server> server_;
  std::thread thread_;
};

}  // namespace waymark::app
