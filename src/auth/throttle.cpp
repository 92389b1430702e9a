#include "auth/throttle.hpp"

#include <algorithm>

namespace waymark::auth {

std::int64_t Throttle::DelayAfter(int failures) const {
  if (failures <= policy_.free_failures) return 0;
  const int doublings = std::min(failures - policy_.free_failures - 1, 30);
  return std::min(policy_.base_delay << doublings, policy_.max_delay);
}

std::int64_t Throttle::RetryAfter(std::string_view key, std::int64_t now) const {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(std::string(key));
  if (it == entries_.end()) return 0;
  const Entry& entry = it->second;
  if (now - entry.last_failure >= policy_.forget_after) return 0;
  return std::max<std::int64_t>(0, entry.last_failure + DelayAfter(entry.failures) - now);
}

void Throttle::Failure(std::string_view key, std::int64_t now) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(std::string(key));
  if (it == entries_.end()) {
    if (entries_.size() >= policy_.max_entries) EvictStalest(now);
    it = entries_.emplace(std::string(key), Entry{}).first;
  }
  Entry& entry = it->second;
  if (now - entry.last_failure >= policy_.forget_after) entry.failures = 0;
  entry.failures += 1;
  entry.last_failure = now;
}

void Throttle::Success(std::string_view key) {
  std::lock_guard lock(mutex_);
  entries_.erase(std::string(key));
}

void Throttle::EvictStalest(std::int64_t now) {
  std::erase_if(entries_, [&](const auto& item) {
    return now - item.second.last_failure >= policy_.forget_after;
  });
  if (entries_.size() < policy_.max_entries) return;
  auto stalest = std::min_element(
      entries_.begin(), entries_.end(),
      [](const auto& a, const auto& b) { return a.second.last_failure < b.second.last_failure; });
  entries_.erase(stalest);
}

}  // namespace waymark::auth
