#include "ops/metrics_access.hpp"

#include <gtest/gtest.h>

namespace waymark::ops {
namespace {

TEST(MetricsAccess, WithoutATokenOnlyThisMachineDirectly) {
  EXPECT_TRUE(MetricsAllowed("127.0.0.1", "", "", ""));
  EXPECT_TRUE(MetricsAllowed("::1", "", "", ""));
  EXPECT_TRUE(MetricsAllowed("::ffff:127.0.0.1", "", "", ""));
  EXPECT_FALSE(MetricsAllowed("127.0.0.1", "203.0.113.9", "", ""));
  EXPECT_FALSE(MetricsAllowed("192.0.2.1", "", "", ""));
  EXPECT_FALSE(MetricsAllowed("not an address", "", "", ""));
}

TEST(MetricsAccess, WithATokenWhoeverPresentsIt) {
  EXPECT_TRUE(MetricsAllowed("192.0.2.1", "203.0.113.9", "Bearer s3cret", "s3cret"));
  EXPECT_FALSE(MetricsAllowed("127.0.0.1", "", "", "s3cret"));
  EXPECT_FALSE(MetricsAllowed("127.0.0.1", "", "Bearer wrong", "s3cret"));
  EXPECT_FALSE(MetricsAllowed("127.0.0.1", "", "s3cret", "s3cret"));
}

}  // namespace
}  // namespace waymark::ops
