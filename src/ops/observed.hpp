#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "http/metrics.hpp"
#include "http/router.hpp"
#include "store/database.hpp"
#include "weblog/access_log.hpp"

namespace waymark::ops {

// The parts of a running server that /readyz and /metrics look at. Filled in by main
// before the server starts serving; the pointed-to objects outlive the server.
struct Observed {
  const http::Router* router = nullptr;
  const http::HttpMetrics* http = nullptr;
  store::Database* store = nullptr;
  const weblog::AccessLog* access_log = nullptr;  // null when access logging is off
  std::string metrics_token;                      // empty: /metrics for this machine only
  // Analytics events acknowledged and not stored in the database yet; empty when the
  // server does not ingest.
  std::function<std::uint64_t()> analytics_pending;
};

}  // namespace waymark::ops
