#include "cookies/lifetime_text.hpp"

#include <gtest/gtest.h>

namespace waymark::cookies {
namespace {

using std::chrono::seconds;

TEST(DurationText, UsesTheLargestWholeUnit) {
  EXPECT_EQ(DurationText(seconds(365 * 24 * 3600)), "1 year");
  EXPECT_EQ(DurationText(seconds(2 * 365 * 24 * 3600)), "2 years");
  EXPECT_EQ(DurationText(seconds(180 * 24 * 3600)), "180 days");
  EXPECT_EQ(DurationText(seconds(24 * 3600)), "1 day");
  EXPECT_EQ(DurationText(seconds(36 * 3600)), "36 hours");
  EXPECT_EQ(DurationText(seconds(90 * 60)), "90 minutes");
  EXPECT_EQ(DurationText(seconds(1)), "1 second");
  EXPECT_EQ(DurationText(seconds(61)), "61 seconds");
  EXPECT_EQ(DurationText(seconds(0)), "0 seconds");
}

TEST(LifetimeText, SaysSessionPersistentAndTheRememberMeLife) {
  EXPECT_EQ(LifetimeText(Spec(CookieId::kToken)), "Session; 30 days with \u201Cremember me\u201D");
  EXPECT_EQ(LifetimeText(Spec(CookieId::kBoostedViewed)), "1 year");
  EXPECT_EQ(LifetimeText(Spec(CookieId::kConsent)), "180 days");
  EXPECT_EQ(LifetimeText(Spec(CookieId::kExtensionToken)), "30 days");
  EXPECT_EQ(LifetimeText(Spec(CookieId::kAnalyticsEvents)), "Session");
}

TEST(LifetimeText, APersistentCookieWithALongerLifeNamesBoth) {
  CookieSpec spec = Spec(CookieId::kBoostedViewed);
  spec.max_age = seconds(24 * 3600);
  spec.extended_max_age = seconds(365 * 24 * 3600);
  EXPECT_EQ(LifetimeText(spec), "1 day; 1 year with \u201Cremember me\u201D");
}

}  // namespace
}  // namespace waymark::cookies
