#include "consent/flood_guard.hpp"

#include <algorithm>
#include <cmath>

namespace waymark::consent {

double FloodGuard::Refilled(const Bucket& bucket, std::int64_t now_ms) const {
  const double earned =
      static_cast<double>(std::max<std::int64_t>(0, now_ms - bucket.at_ms)) / policy_.refill_ms;
  return std::min<double>(policy_.burst, bucket.tokens + earned);
}

void FloodGuard::Evict(std::int64_t now_ms) {
  std::erase_if(buckets_,
                [&](const auto& entry) { return Refilled(entry.second, now_ms) >= policy_.burst; });
  if (buckets_.size() >= policy_.max_entries) buckets_.clear();
}

std::int64_t FloodGuard::Take(std::string_view key, std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  auto found = buckets_.find(std::string(key));
  if (found == buckets_.end()) {
    if (buckets_.size() >= policy_.max_entries) Evict(now_ms);
    found = buckets_.emplace(std::string(key), Bucket{static_cast<double>(policy_.burst), now_ms})
                .first;
  }
  Bucket& bucket = found->second;
  bucket.tokens = Refilled(bucket, now_ms);
  bucket.at_ms = now_ms;
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return 0;
  }
  const double wait_ms = (1 - bucket.tokens) * policy_.refill_ms;
  return static_cast<std::int64_t>(std::ceil(wait_ms / 1000));
}

}  // namespace waymark::consent
