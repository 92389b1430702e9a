#pragma once

#include <cstdint>
#include <span>

namespace waymark::targeting {

// How many interactions (not exempt) one user may see in a project per window: by default one
// every four hours, so that a user is not buried under announcements.
struct RateLimit {
  int max_shows = 1;
  std::int64_t window_s = 4 * 3600;
};

// How many more shows `limit` allows at `now`, given when the user saw interactions: shows in
// (now - window_s, now] count, so a show exactly window_s ago no longer does. Never negative.
std::int64_t RemainingShows(const RateLimit& limit, std::span<const std::int64_t> recent_shows,
                            std::int64_t now);

}  // namespace waymark::targeting
