#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace waymark::auth {

// Slows down password guessing: after `free_failures` failed attempts on a key (an
// account's email, a client's address), each further attempt must wait twice as long as
// the last, from `base_delay` up to `max_delay` seconds. Failures are forgotten
// `forget_after` seconds after the last one, or at once on success.
//
// Thread-safe. Memory is bounded: past `max_entries` keys, the stalest are dropped first.
// It lives in the process; several nodes would share it through Redis.
class Throttle {
 public:
  struct Policy {
    int free_failures = 5;
    std::int64_t base_delay = 1;
    std::int64_t max_delay = 15 * 60;
    std::int64_t forget_after = 60 * 60;
    std::size_t max_entries = 100'000;
  };

  explicit Throttle(Policy policy) : policy_(policy) {}

  // Seconds to wait before `key` may try again; 0 when it may now.
  std::int64_t RetryAfter(std::string_view key, std::int64_t now) const;
  void Failure(std::string_view key, std::int64_t now);
  void Success(std::string_view key);

  // The delay that `failures` consecutive failures impose (pure, for tests and docs).
  std::int64_t DelayAfter(int failures) const;

 private:
  struct Entry {
    int failures = 0;
    std::int64_t last_failure = 0;
  };
  void EvictStalest(std::int64_t now);  // REQUIRES: mutex_ held

  const Policy policy_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;  // GUARDED_BY(mutex_)
};

}  // namespace waymark::auth
