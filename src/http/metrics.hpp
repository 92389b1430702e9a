#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <vector>

#include "http/response.hpp"

namespace waymark::http {

// Counters the HTTP layer keeps for /metrics. Updated with relaxed atomics from every I/O
// thread; read by the exporter, which tolerates a torn view across counters.
class HttpMetrics {
 public:
  // Status codes counted one by one; anything else falls into its class ("2xx", ...).
  static constexpr std::array<unsigned, 18> kCodes = {200, 201, 204, 301, 302, 304, 400, 401, 403,
                                                      404, 405, 408, 409, 413, 422, 429, 431, 500};
  static constexpr std::size_t kSlots = kCodes.size() + 5;  // + 1xx..5xx classes
  static constexpr std::array<double, 13> kLatencyBounds = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

  // `routes` route ids are counted, plus one slot for requests that matched none.
  explicit HttpMetrics(std::size_t routes);

  void Record(std::size_t route_id, StatusCode status, std::chrono::nanoseconds latency);
  void ConnectionOpened() { open_connections_.fetch_add(1, std::memory_order_relaxed); }
  void ConnectionClosed() { open_connections_.fetch_sub(1, std::memory_order_relaxed); }
  void ConnectionRefused() { refused_connections_.fetch_add(1, std::memory_order_relaxed); }

  std::size_t unmatched_route() const { return routes_; }
  std::uint64_t Requests(std::size_t route_id, std::size_t slot) const;
  static std::string_view SlotLabel(std::size_t slot, char (&scratch)[4]);
  std::uint64_t LatencyBucket(std::size_t bound_index) const;  // not cumulative: the reader sums
  double LatencySumSeconds() const;
  std::int64_t open_connections() const {
    return open_connections_.load(std::memory_order_relaxed);
  }
  std::uint64_t refused_connections() const {
    return refused_connections_.load(std::memory_order_relaxed);
  }

 private:
  static std::size_t SlotOf(StatusCode status);

  std::size_t routes_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> requests_;  // (routes_ + 1) x kSlots
  std::array<std::atomic<std::uint64_t>, kLatencyBounds.size() + 1> latency_buckets_{};
  std::atomic<std::uint64_t> latency_sum_ns_{0};
  std::atomic<std::int64_t> open_connections_{0};
  std::atomic<std::uint64_t> refused_connections_{0};
};

}  // namespace waymark::http
