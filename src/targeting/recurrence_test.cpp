#include "targeting/recurrence.hpp"

#include <gtest/gtest.h>

namespace waymark::targeting {
namespace {

constexpr std::int64_t kNow = 1795253400;
constexpr std::int64_t kDay = 86400;

const Exposure kNever;
Exposure Shown(std::int64_t times, std::int64_t last) {
  return {.times_shown = times, .last_shown = last};
}

TEST(RecurrenceTest, OnceShowsUntilShown) {
  const Recurrence once;
  EXPECT_EQ(CheckRecurrence(once, kNever, kNow), Reason::kEligible);
  EXPECT_EQ(CheckRecurrence(once, Shown(1, kNow - 365 * kDay), kNow), Reason::kAlreadyShown);
}

TEST(RecurrenceTest, AlwaysShowsEveryTime) {
  const Recurrence always{.kind = RecurrenceKind::kAlways};
  EXPECT_EQ(CheckRecurrence(always, kNever, kNow), Reason::kEligible);
  EXPECT_EQ(CheckRecurrence(always, Shown(500, kNow), kNow), Reason::kEligible);
}

TEST(RecurrenceTest, CustomStopsAtMaxTimes) {
  const Recurrence three{.kind = RecurrenceKind::kCustom, .max_times = 3};
  EXPECT_EQ(CheckRecurrence(three, kNever, kNow), Reason::kEligible);
  EXPECT_EQ(CheckRecurrence(three, Shown(2, kNow), kNow), Reason::kEligible);
  EXPECT_EQ(CheckRecurrence(three, Shown(3, kNow - 100 * kDay), kNow), Reason::kAlreadyShown);
}

TEST(RecurrenceTest, CustomWaitsMinDaysApartToTheSecond) {
  const Recurrence weekly{.kind = RecurrenceKind::kCustom, .max_times = 10, .min_days_apart = 7};
  EXPECT_EQ(CheckRecurrence(weekly, Shown(1, kNow - 7 * kDay), kNow), Reason::kEligible);
  EXPECT_EQ(CheckRecurrence(weekly, Shown(1, kNow - 7 * kDay + 1), kNow), Reason::kTooSoon);
  EXPECT_EQ(CheckRecurrence(weekly, kNever, kNow),
            Reason::kEligible);  // the first show waits for nothing
}

TEST(RecurrenceTest, MaxTimesComesBeforeTheWait) {
  const Recurrence twice{.kind = RecurrenceKind::kCustom, .max_times = 2, .min_days_apart = 7};
  EXPECT_EQ(CheckRecurrence(twice, Shown(2, kNow - kDay), kNow), Reason::kAlreadyShown);
}

TEST(RecurrenceTest, ZeroDaysApartAllowsBackToBack) {
  const Recurrence custom{.kind = RecurrenceKind::kCustom, .max_times = 5, .min_days_apart = 0};
  EXPECT_EQ(CheckRecurrence(custom, Shown(4, kNow), kNow), Reason::kEligible);
}

TEST(RecurrenceTest, DismissedNeverShowsAgainWhateverTheRecurrence) {
  const Exposure dismissed{.times_shown = 1, .last_shown = kNow - 30 * kDay, .dismissed = true};
  for (const Recurrence& recurrence :
       {Recurrence{}, Recurrence{.kind = RecurrenceKind::kAlways},
        Recurrence{.kind = RecurrenceKind::kCustom, .max_times = 10}}) {
    EXPECT_EQ(CheckRecurrence(recurrence, dismissed, kNow), Reason::kDismissed);
  }
}

}  // namespace
}  // namespace waymark::targeting
