#include "http/page.hpp"

#include <gtest/gtest.h>

namespace waymark::http {
namespace {

TEST(Cursor, RoundTrips) {
  auto parsed = ParseCursor(FormatCursor({1700000000, "abc-_D.e"}));
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->at, 1700000000);
  EXPECT_EQ(parsed->id, "abc-_D.e");
}

TEST(Cursor, RefusesJunk) {
  EXPECT_FALSE(ParseCursor(""));
  EXPECT_FALSE(ParseCursor("123"));
  EXPECT_FALSE(ParseCursor("123."));
  EXPECT_FALSE(ParseCursor("x.abc"));
  EXPECT_FALSE(ParseCursor("12x.abc"));
}

TEST(Limit, DefaultsAndBounds) {
  EXPECT_EQ(ParseLimit(std::nullopt), 50);
  EXPECT_EQ(ParseLimit("1"), 1);
  EXPECT_EQ(ParseLimit("200"), 200);
  EXPECT_EQ(ParseLimit("0"), std::nullopt);
  EXPECT_EQ(ParseLimit("201"), std::nullopt);
  EXPECT_EQ(ParseLimit("ten"), std::nullopt);
}

}  // namespace
}  // namespace waymark::http
