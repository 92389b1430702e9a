#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace waymark::consent {

// A token bucket per client address, so one client cannot fill the consent records: each
// address may record `burst` choices at once, then one every `refill_ms`. Memory is
// bounded: past `max_entries` addresses, the ones whose buckets are full again are
// forgotten (they would start full anyway), and if none is, the whole table is.
//
// Thread-safe. It lives in the process; several nodes would share it through Redis.
class FloodGuard {
 public:
  struct Policy {
    int burst = 20;
    std::int64_t refill_ms = 30'000;
    std::size_t max_entries = 100'000;
  };

  explicit FloodGuard(Policy policy) : policy_(policy) {}

  // Takes a token for `key`: 0 when the request may go on, otherwise the seconds to wait.
  std::int64_t Take(std::string_view key, std::int64_t now_ms);

 private:
  struct Bucket {
    double tokens = 0;
    std::int64_t at_ms = 0;
  };
  double Refilled(const Bucket& bucket, std::int64_t now_ms) const;
  void Evict(std::int64_t now_ms);  // REQUIRES: mutex_ held

  const Policy policy_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;  // GUARDED_BY(mutex_)
};

}  // namespace waymark::consent
