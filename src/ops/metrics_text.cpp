#include "ops/metrics_text.hpp"

#include <fmt/format.h>

#include <string>

#include "ops/prometheus.hpp"

namespace waymark::ops {
namespace {

void RenderRequests(const http::Router& router, const http::HttpMetrics& metrics,
                    PrometheusText& text) {
  text.Family("waymark_http_requests_total", "counter",
              "HTTP requests answered, by route and status.");
  const auto& routes = router.routes();
  char scratch[4];
  for (std::size_t id = 0; id <= routes.size(); ++id) {
    std::string_view method =
        id < routes.size() ? boost::beast::http::to_string(routes[id].method) : "";
    std::string_view pattern =
        id < routes.size() ? std::string_view(routes[id].pattern) : "unmatched";
    for (std::size_t slot = 0; slot < http::HttpMetrics::kSlots; ++slot) {
      std::uint64_t count = metrics.Requests(id, slot);
      if (count == 0) continue;
      text.Sample("waymark_http_requests_total",
                  {{"method", method},
                   {"route", pattern},
                   {"code", http::HttpMetrics::SlotLabel(slot, scratch)}},
                  count);
    }
  }
}

void RenderLatency(const http::HttpMetrics& metrics, PrometheusText& text) {
  text.Family("waymark_http_request_duration_seconds", "histogram",
              "Time from a request's first byte to its response written.");
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < http::HttpMetrics::kLatencyBounds.size(); ++i) {
    cumulative += metrics.LatencyBucket(i);
    std::string bound = fmt::format("{}", http::HttpMetrics::kLatencyBounds[i]);
    text.Sample("waymark_http_request_duration_seconds_bucket", {{"le", bound}}, cumulative);
  }
  cumulative += metrics.LatencyBucket(http::HttpMetrics::kLatencyBounds.size());
  text.Sample("waymark_http_request_duration_seconds_bucket", {{"le", "+Inf"}}, cumulative);
  text.Sample("waymark_http_request_duration_seconds_sum", {}, metrics.LatencySumSeconds());
  text.Sample("waymark_http_request_duration_seconds_count", {}, cumulative);

  text.Family("waymark_http_open_connections", "gauge", "Client connections open now.");
  text.Sample("waymark_http_open_connections", {}, static_cast<double>(metrics.open_connections()));
  text.Family("waymark_http_refused_connections_total", "counter",
              "Connections refused because the connection limit was reached.");
  text.Sample("waymark_http_refused_connections_total", {}, metrics.refused_connections());
}

void RenderStore(const store::StoreStats& stats, PrometheusText& text) {
  text.Family("waymark_store_write_queue_depth", "gauge", "Writes waiting for the writer thread.");
  text.Sample("waymark_store_write_queue_depth", {}, stats.write_queue_depth);
  text.Family("waymark_store_writes_total", "counter", "Writes by outcome.");
  text.Sample("waymark_store_writes_total", {{"outcome", "committed"}}, stats.writes_committed);
  text.Sample("waymark_store_writes_total", {{"outcome", "failed"}}, stats.writes_failed);
  text.Sample("waymark_store_writes_total", {{"outcome", "rejected"}}, stats.writes_rejected);
  text.Family("waymark_store_write_group_size", "histogram",
              "Writes committed together in one transaction (group commit).");
  for (std::size_t i = 0; i < store::kGroupSizeBounds.size(); ++i) {
    text.Sample("waymark_store_write_group_size_bucket",
                {{"le", std::to_string(store::kGroupSizeBounds[i])}}, stats.group_size_le[i]);
  }
  text.Sample("waymark_store_write_group_size_bucket", {{"le", "+Inf"}},
              stats.group_size_le.back());
  text.Sample("waymark_store_write_group_size_sum", {}, stats.group_size_sum);
  text.Sample("waymark_store_write_group_size_count", {}, stats.groups_committed);
}

void RenderAccessLog(const weblog::AccessLogStats& stats, PrometheusText& text) {
  text.Family("waymark_access_log_lines_total", "counter", "Access log lines by outcome.");
  text.Sample("waymark_access_log_lines_total", {{"outcome", "written"}}, stats.lines_written);
  text.Sample("waymark_access_log_lines_total", {{"outcome", "dropped"}}, stats.lines_dropped);
  text.Family("waymark_access_log_rotations_total", "counter", "Access log rotations.");
  text.Sample("waymark_access_log_rotations_total", {}, stats.rotations);
}

}  // namespace

std::string RenderMetrics(const Observed& observed) {
  PrometheusText text;
  if (observed.router && observed.http) RenderRequests(*observed.router, *observed.http, text);
  if (observed.http) RenderLatency(*observed.http, text);
  if (observed.store) RenderStore(observed.store->Stats(), text);
  if (observed.access_log) RenderAccessLog(observed.access_log->Stats(), text);
  if (observed.analytics_pending) {
    text.Family("waymark_analytics_pending_events", "gauge",
                "Events acknowledged (durable in the journal) and not stored in the database yet.");
    text.Sample("waymark_analytics_pending_events", {}, observed.analytics_pending());
  }
  return text.Take();
}

}  // namespace waymark::ops
