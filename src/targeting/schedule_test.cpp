#include "targeting/schedule.hpp"

#include <gtest/gtest.h>

namespace waymark::targeting {
namespace {

constexpr std::int64_t kStart = 1793491200;  // 2026-11-01T00:00:00Z
constexpr std::int64_t kEnd = 1796083200;    // 2026-12-01T00:00:00Z

TEST(ScheduleTest, StartsAtItsStartIncluded) {
  const Schedule schedule{.start = kStart};
  EXPECT_EQ(CheckSchedule(schedule, kStart - 1), Reason::kNotStarted);
  EXPECT_EQ(CheckSchedule(schedule, kStart), Reason::kEligible);
  EXPECT_EQ(CheckSchedule(schedule, kStart + 365 * 86400), Reason::kEligible);
}

TEST(ScheduleTest, EndsAtItsEndExcluded) {
  const Schedule schedule{.end = kEnd};
  EXPECT_EQ(CheckSchedule(schedule, 0), Reason::kEligible);
  EXPECT_EQ(CheckSchedule(schedule, kEnd - 1), Reason::kEligible);
  EXPECT_EQ(CheckSchedule(schedule, kEnd), Reason::kEnded);
}

TEST(ScheduleTest, BothBoundsAndNone) {
  const Schedule november{.start = kStart, .end = kEnd};
  EXPECT_EQ(CheckSchedule(november, kStart - 1), Reason::kNotStarted);
  EXPECT_EQ(CheckSchedule(november, kStart), Reason::kEligible);
  EXPECT_EQ(CheckSchedule(november, kEnd), Reason::kEnded);
  EXPECT_EQ(CheckSchedule(Schedule{}, -1), Reason::kEligible);
}

}  // namespace
}  // namespace waymark::targeting
