#include "webhooks/backoff.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace waymark::webhooks {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr milliseconds kBase = seconds(10);

TEST(RetryDelay, WithoutJitterWaitsTenSecondsThenLongerUpToTwelveHours) {
  std::vector<milliseconds> waits;
  for (int attempts = 1; attempts < kMaxAttempts; ++attempts) {
    waits.push_back(RetryDelay(attempts, kBase, 0.5).value());  // 0.5: the middle, no stretch
  }
  EXPECT_EQ(waits,
            (std::vector<milliseconds>{seconds(10), seconds(30), seconds(120), seconds(600),
                                       seconds(3600), seconds(4 * 3600), seconds(12 * 3600)}));
}

TEST(RetryDelay, GivesUpAfterTheLastAttempt) {
  EXPECT_TRUE(RetryDelay(kMaxAttempts - 1, kBase, 0.5).has_value());
  EXPECT_FALSE(RetryDelay(kMaxAttempts, kBase, 0.5).has_value());
  EXPECT_FALSE(RetryDelay(kMaxAttempts + 5, kBase, 0.5).has_value());
}

TEST(RetryDelay, JitterStretchesOrShrinksByAtMostAFifth) {
  EXPECT_EQ(RetryDelay(1, kBase, 0.0), milliseconds(8000));
  EXPECT_EQ(RetryDelay(1, kBase, 1.0), milliseconds(12000));
  EXPECT_EQ(RetryDelay(2, kBase, 0.25), milliseconds(27000));
  EXPECT_EQ(RetryDelay(1, kBase, 7.0), milliseconds(12000));  // out of range: clamped
}

TEST(RetryDelay, ScalesWithTheBase) {
  EXPECT_EQ(RetryDelay(1, milliseconds(50), 0.5), milliseconds(50));
  EXPECT_EQ(RetryDelay(2, milliseconds(50), 0.5), milliseconds(150));
  EXPECT_EQ(RetryDelay(1, milliseconds(1), 0.0), milliseconds(1));  // never zero
}

TEST(AfterAttempt, SucceedsRetriesOrGivesUp) {
  const NextStep done = AfterAttempt(Outcome::kSucceeded, 3, 1000, kBase, 0.5);
  EXPECT_EQ(done.status, "succeeded");
  EXPECT_FALSE(done.next_attempt_at.has_value());

  const NextStep again = AfterAttempt(Outcome::kFailed, 2, 1000, kBase, 0.5);
  EXPECT_EQ(again.status, "pending");
  EXPECT_EQ(again.next_attempt_at, 1000 + 30'000);

  const NextStep given_up = AfterAttempt(Outcome::kFailed, kMaxAttempts, 1000, kBase, 0.5);
  EXPECT_EQ(given_up.status, "failed");
  EXPECT_FALSE(given_up.next_attempt_at.has_value());
}

TEST(AfterAttempt, GivesUpAtOnceOnAFutileAttempt) {
  const NextStep futile = AfterAttempt(Outcome::kFutile, 1, 1000, kBase, 0.5);
  EXPECT_EQ(futile.status, "failed");
  EXPECT_FALSE(futile.next_attempt_at.has_value());
}

}  // namespace
}  // namespace waymark::webhooks
