#include "consent/flood_guard.hpp"

#include <gtest/gtest.h>

namespace waymark::consent {
namespace {

TEST(FloodGuard, ABurstPassesThenTheClientWaitsForTheRefill) {
  FloodGuard guard({.burst = 3, .refill_ms = 10'000});
  for (int i = 0; i < 3; ++i) EXPECT_EQ(guard.Take("1.2.3.4", 0), 0) << i;
  EXPECT_EQ(guard.Take("1.2.3.4", 0), 10);
  EXPECT_EQ(guard.Take("1.2.3.4", 4'000), 6);
  EXPECT_EQ(guard.Take("1.2.3.4", 10'000), 0);  // one token earned
  EXPECT_GT(guard.Take("1.2.3.4", 10'000), 0);
}

TEST(FloodGuard, ClientsHaveBucketsOfTheirOwn) {
  FloodGuard guard({.burst = 1, .refill_ms = 60'000});
  EXPECT_EQ(guard.Take("a", 0), 0);
  EXPECT_GT(guard.Take("a", 0), 0);
  EXPECT_EQ(guard.Take("b", 0), 0);
}

TEST(FloodGuard, MemoryIsBoundedByForgettingFullBuckets) {
  FloodGuard guard({.burst = 1, .refill_ms = 1'000, .max_entries = 2});
  EXPECT_EQ(guard.Take("a", 0), 0);
  EXPECT_EQ(guard.Take("b", 0), 0);
  // Much later both buckets are full again: making room for "c" forgets them, which
  // changes nothing for them.
  EXPECT_EQ(guard.Take("c", 10'000), 0);
  EXPECT_EQ(guard.Take("a", 10'000), 0);
}

}  // namespace
}  // namespace waymark::consent
