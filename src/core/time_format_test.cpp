#include "core/time_format.hpp"

#include <gtest/gtest.h>

namespace waymark {
namespace {

TEST(Iso8601, WritesUtcWithSecondPrecision) {
  EXPECT_EQ(Iso8601(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(Iso8601(1795253400), "2026-11-21T09:30:00Z");
}

}  // namespace
}  // namespace waymark
