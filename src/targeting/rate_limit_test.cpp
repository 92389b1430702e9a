#include "targeting/rate_limit.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace waymark::targeting {
namespace {

constexpr std::int64_t kNow = 1795253400;
constexpr std::int64_t kHour = 3600;

TEST(RateLimitTest, ByDefaultOneShowEveryFourHours) {
  const RateLimit limit;
  EXPECT_EQ(RemainingShows(limit, {}, kNow), 1);
  const std::vector<std::int64_t> an_hour_ago{kNow - kHour};
  EXPECT_EQ(RemainingShows(limit, an_hour_ago, kNow), 0);
}

TEST(RateLimitTest, AShowExactlyAWindowAgoNoLongerCounts) {
  const RateLimit limit;
  const std::vector<std::int64_t> exactly{kNow - 4 * kHour};
  const std::vector<std::int64_t> a_second_less{kNow - 4 * kHour + 1};
  EXPECT_EQ(RemainingShows(limit, exactly, kNow), 1);
  EXPECT_EQ(RemainingShows(limit, a_second_less, kNow), 0);
}

TEST(RateLimitTest, ShowsNowCountButNotFutureOnes) {
  const std::vector<std::int64_t> now{kNow};
  const std::vector<std::int64_t> clock_skew{kNow + 10};
  EXPECT_EQ(RemainingShows(RateLimit{}, now, kNow), 0);
  EXPECT_EQ(RemainingShows(RateLimit{}, clock_skew, kNow), 1);
}

TEST(RateLimitTest, CountsEveryShowWithinTheWindow) {
  const RateLimit two_a_day{.max_shows = 2, .window_s = 24 * kHour};
  const std::vector<std::int64_t> shows{kNow - 30 * kHour, kNow - 20 * kHour};
  EXPECT_EQ(RemainingShows(two_a_day, shows, kNow), 1);
  const std::vector<std::int64_t> more{kNow - 20 * kHour, kNow - kHour, kNow - 60};
  EXPECT_EQ(RemainingShows(two_a_day, more, kNow), 0);  // never negative
}

}  // namespace
}  // namespace waymark::targeting
