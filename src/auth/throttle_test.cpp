#include "auth/throttle.hpp"

#include <gtest/gtest.h>

namespace waymark::auth {
namespace {

Throttle::Policy Small() {
  return {
      .free_failures = 3, .base_delay = 1, .max_delay = 8, .forget_after = 100, .max_entries = 2};
}

TEST(Throttle, FreeFailuresCostNothing) {
  Throttle throttle(Small());
  for (int i = 0; i < 3; ++i) throttle.Failure("a", 1000);
  EXPECT_EQ(throttle.RetryAfter("a", 1000), 0);
}

TEST(Throttle, DelaysGrowThenCap) {
  Throttle throttle(Small());
  EXPECT_EQ(throttle.DelayAfter(3), 0);
  EXPECT_EQ(throttle.DelayAfter(4), 1);
  EXPECT_EQ(throttle.DelayAfter(5), 2);
  EXPECT_EQ(throttle.DelayAfter(6), 4);
  EXPECT_EQ(throttle.DelayAfter(7), 8);
  EXPECT_EQ(throttle.DelayAfter(50), 8);
}

TEST(Throttle, WaitCountsFromTheLastFailure) {
  Throttle throttle(Small());
  for (int i = 0; i < 5; ++i) throttle.Failure("a", 1000);
  EXPECT_EQ(throttle.RetryAfter("a", 1000), 2);
  EXPECT_EQ(throttle.RetryAfter("a", 1001), 1);
  EXPECT_EQ(throttle.RetryAfter("a", 1002), 0);
  EXPECT_EQ(throttle.RetryAfter("b", 1000), 0);
}

TEST(Throttle, SuccessForgives) {
  Throttle throttle(Small());
  for (int i = 0; i < 6; ++i) throttle.Failure("a", 1000);
  throttle.Success("a");
  EXPECT_EQ(throttle.RetryAfter("a", 1000), 0);
}

TEST(Throttle, FailuresAreForgottenAfterAWhile) {
  Throttle throttle(Small());
  for (int i = 0; i < 6; ++i) throttle.Failure("a", 1000);
  throttle.Failure("a", 1100);
  EXPECT_EQ(throttle.RetryAfter("a", 1100), 0);  // a first failure again
}

TEST(Throttle, MemoryIsBoundedByDroppingTheStalest) {
  Throttle throttle(Small());
  for (int i = 0; i < 6; ++i) throttle.Failure("old", 1000);
  for (int i = 0; i < 6; ++i) throttle.Failure("new", 1001);
  throttle.Failure("newest", 1002);
  EXPECT_EQ(throttle.RetryAfter("old", 1002), 0);
  EXPECT_GT(throttle.RetryAfter("new", 1002), 0);
}

}  // namespace
}  // namespace waymark::auth
