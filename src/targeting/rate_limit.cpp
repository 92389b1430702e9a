#include "targeting/rate_limit.hpp"

#include <algorithm>

namespace waymark::targeting {

std::int64_t RemainingShows(const RateLimit& limit, std::span<const std::int64_t> recent_shows,
                            std::int64_t now) {
  const std::int64_t counted = std::count_if(
      recent_shows.begin(), recent_shows.end(),
      [&](std::int64_t shown) { return shown > now - limit.window_s && shown <= now; });
  return std::max<std::int64_t>(0, limit.max_shows - counted);
}

}  // namespace waymark::targeting
