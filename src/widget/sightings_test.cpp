#include "widget/sightings.hpp"

#include <gtest/gtest.h>

namespace waymark::widget {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;
constexpr std::string_view kSite = "https://app.acme.test";

TEST(Sightings, TheFirstBootOfAProjectIsToBeWrittenWithItsOrigin) {
  Sightings sightings;
  auto due = sightings.Note("p1", kSite, kNow);
  ASSERT_TRUE(due.has_value());
  EXPECT_EQ(due->at, kNow);
  EXPECT_EQ(due->origin, kSite);
}

TEST(Sightings, BootsWithinTheIntervalAreKeptInMemoryOnly) {
  Sightings sightings;
  ASSERT_TRUE(sightings.Note("p1", kSite, kNow));
  EXPECT_FALSE(sightings.Note("p1", kSite, kNow + 1));
  EXPECT_FALSE(sightings.Note("p1", "https://eu.acme.test", kNow + 59));
  auto due = sightings.Note("p1", kSite, kNow + 60);
  ASSERT_TRUE(due.has_value());
  EXPECT_EQ(due->at, kNow + 60);
}

TEST(Sightings, EachProjectHasItsOwnInterval) {
  Sightings sightings;
  ASSERT_TRUE(sightings.Note("p1", kSite, kNow));
  EXPECT_TRUE(sightings.Note("p2", "https://other.test", kNow + 1));
  EXPECT_FALSE(sightings.Note("p1", kSite, kNow + 2));
}

TEST(Sightings, ABootWithoutAnOriginIsNoSighting) {
  Sightings sightings;
  EXPECT_FALSE(sightings.Note("p1", "", kNow));
  EXPECT_TRUE(sightings.TakeUnsaved().empty());
  EXPECT_TRUE(sightings.Note("p1", kSite, kNow + 1)) << "still the first sighting";
}

TEST(Sightings, TheIntervalIsAParameter) {
  Sightings sightings(0);
  EXPECT_TRUE(sightings.Note("p1", kSite, kNow));
  EXPECT_TRUE(sightings.Note("p1", kSite, kNow));
}

TEST(Sightings, AFailedWriteIsRetriedByTheNextBoot) {
  Sightings sightings;
  ASSERT_TRUE(sightings.Note("p1", kSite, kNow));
  sightings.SaveFailed("p1");
  EXPECT_TRUE(sightings.Note("p1", kSite, kNow + 1));
  sightings.SaveFailed("unknown");  // harmless
}

TEST(Sightings, ShutdownTakesTheLatestUnwrittenSightingOfEachProjectOnce) {
  Sightings sightings;
  ASSERT_TRUE(sightings.Note("p1", kSite, kNow));
  ASSERT_TRUE(sightings.Note("p2", kSite, kNow));
  EXPECT_FALSE(sightings.Note("p1", "https://eu.acme.test", kNow + 5));
  EXPECT_FALSE(sightings.Note("p1", "https://us.acme.test", kNow + 7));

  auto unsaved = sightings.TakeUnsaved();
  ASSERT_EQ(unsaved.size(), 1u);  // p2's only sighting was written with its boot
  EXPECT_EQ(unsaved[0].first, "p1");
  EXPECT_EQ(unsaved[0].second.at, kNow + 7);
  EXPECT_EQ(unsaved[0].second.origin, "https://us.acme.test");
  EXPECT_TRUE(sightings.TakeUnsaved().empty());
}

TEST(Sightings, AFailedWriteIsAlsoWrittenAtShutdown) {
  Sightings sightings;
  ASSERT_TRUE(sightings.Note("p1", kSite, kNow));
  sightings.SaveFailed("p1");
  auto unsaved = sightings.TakeUnsaved();
  ASSERT_EQ(unsaved.size(), 1u);
  EXPECT_EQ(unsaved[0].second.at, kNow);
}

}  // namespace
}  // namespace waymark::widget
