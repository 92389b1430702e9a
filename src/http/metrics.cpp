#include "http/metrics.hpp"

#include <algorithm>

namespace waymark::http {

HttpMetrics::HttpMetrics(std::size_t routes)
    : routes_(routes), requests_(new std::atomic<std::uint64_t>[(routes + 1) * kSlots]) {
  for (std::size_t i = 0; i < (routes + 1) * kSlots; ++i) requests_[i] = 0;
}

std::size_t HttpMetrics::SlotOf(StatusCode status) {
  unsigned code = static_cast<unsigned>(status);
  auto it = std::find(kCodes.begin(), kCodes.end(), code);
  if (it != kCodes.end()) return static_cast<std::size_t>(it - kCodes.begin());
  unsigned klass = std::clamp(code / 100, 1u, 5u);
  return kCodes.size() + klass - 1;
}

std::string_view HttpMetrics::SlotLabel(std::size_t slot, char (&scratch)[4]) {
  unsigned code = slot < kCodes.size() ? kCodes[slot] : 0;
  if (code != 0) {
    scratch[0] = static_cast<char>('0' + code / 100);
    scratch[1] = static_cast<char>('0' + code / 10 % 10);
    scratch[2] = static_cast<char>('0' + code % 10);
  } else {
    scratch[0] = static_cast<char>('1' + (slot - kCodes.size()));
    scratch[1] = scratch[2] = 'x';
  }
  return {scratch, 3};
}

void HttpMetrics::Record(std::size_t route_id, StatusCode status,
                         std::chrono::nanoseconds latency) {
  requests_[std::min(route_id, routes_) * kSlots + SlotOf(status)].fetch_add(
      1, std::memory_order_relaxed);
  double seconds = std::chrono::duration<double>(latency).count();
  std::size_t bucket = static_cast<std::size_t>(
      std::lower_bound(kLatencyBounds.begin(), kLatencyBounds.end(), seconds) -
      kLatencyBounds.begin());
  latency_buckets_[bucket].fetch_add(1, std::memory_order_relaxed);
  latency_sum_ns_.fetch_add(static_cast<std::uint64_t>(latency.count()), std::memory_order_relaxed);
}

std::uint64_t HttpMetrics::Requests(std::size_t route_id, std::size_t slot) const {
  return requests_[route_id * kSlots + slot].load(std::memory_order_relaxed);
}

std::uint64_t HttpMetrics::LatencyBucket(std::size_t bound_index) const {
  return latency_buckets_[bound_index].load(std::memory_order_relaxed);
}

double HttpMetrics::LatencySumSeconds() const {
  return static_cast<double>(latency_sum_ns_.load(std::memory_order_relaxed)) / 1e9;
}

}  // namespace waymark::http
