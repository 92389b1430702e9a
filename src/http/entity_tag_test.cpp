#include "http/entity_tag.hpp"

#include <gtest/gtest.h>

namespace waymark::http {
namespace {

TEST(EntityTag, IsTheQuotedVersion) {
  EXPECT_EQ(EntityTag(7), "\"7\"");
}

TEST(IfMatch, AbsentOrStarOverwrites) {
  EXPECT_TRUE(IfMatchAllows("", 3));
  EXPECT_TRUE(IfMatchAllows("*", 3));
}

TEST(IfMatch, NamesTheCurrentVersionOrRefuses) {
  EXPECT_TRUE(IfMatchAllows("\"3\"", 3));
  EXPECT_TRUE(IfMatchAllows("W/\"3\"", 3));
  EXPECT_TRUE(IfMatchAllows("\"1\", \"3\"", 3));
  EXPECT_FALSE(IfMatchAllows("\"2\"", 3));
  EXPECT_FALSE(IfMatchAllows("\"2\", W/\"4\"", 3));
}

TEST(IfMatch, MalformedRefuses) {
  for (std::string_view header : {"3", "\"3", "\"\"", "\"3x\"", "W/3", ",", "\"-\""}) {
    EXPECT_FALSE(IfMatchAllows(header, 3)) << header;
  }
}

}  // namespace
}  // namespace waymark::http
