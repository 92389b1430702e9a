#include "widget/sighting.hpp"

#include <gtest/gtest.h>

namespace waymark::widget {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;

TEST(SightingDue, TheFirstSightingIsWrittenAtOnce) {
  EXPECT_TRUE(SightingDue(std::nullopt, kNow));
}

TEST(SightingDue, LaterSightingsWaitForTheInterval) {
  EXPECT_FALSE(SightingDue(kNow, kNow));
  EXPECT_FALSE(SightingDue(kNow, kNow + 59));
  EXPECT_TRUE(SightingDue(kNow, kNow + 60));
  EXPECT_TRUE(SightingDue(kNow, kNow + 3600));
}

TEST(SightingDue, TheIntervalIsAParameter) {
  EXPECT_FALSE(SightingDue(kNow, kNow + 9, 10));
  EXPECT_TRUE(SightingDue(kNow, kNow + 10, 10));
  EXPECT_TRUE(SightingDue(kNow, kNow, 0));
}

TEST(SightingDue, AClockSetBackDoesNotSilenceTheProject) {
  EXPECT_TRUE(SightingDue(kNow, kNow - 1));
}

}  // namespace
}  // namespace waymark::widget
