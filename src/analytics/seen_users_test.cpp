#include "analytics/seen_users.hpp"

#include <gtest/gtest.h>

namespace waymark::analytics {
namespace {

TEST(SeenUsers, ARowsSeedDependsOnWhereItsPartsEnd) {
  EXPECT_EQ(SeenUsers::RowSeed("p_1", "d020550", "i:int_1", "view"),
            SeenUsers::RowSeed("p_1", "d020550", "i:int_1", "view"));
  EXPECT_NE(SeenUsers::RowSeed("p_1", "d020550", "i:int_1", "view"),
            SeenUsers::RowSeed("p_1", "d020550", "i:int_", "1view"));
  EXPECT_NE(SeenUsers::RowSeed("p_1", "d020550", "", "view"),
            SeenUsers::RowSeed("p_2", "d020550", "", "view"));
}

TEST(SeenUsers, AUsersKeyDiffersFromRowToRow) {
  const std::uint64_t day = SeenUsers::RowSeed("p_1", "d020550", "", "view");
  const std::uint64_t month = SeenUsers::RowSeed("p_1", "m202604", "", "*");
  EXPECT_EQ(SeenUsers::KeyOf(day, "a:anna"), SeenUsers::KeyOf(day, "a:anna"));
  EXPECT_NE(SeenUsers::KeyOf(day, "a:anna"), SeenUsers::KeyOf(month, "a:anna"));
  EXPECT_NE(SeenUsers::KeyOf(day, "a:anna"), SeenUsers::KeyOf(day, "a:bob"));
}

TEST(SeenUsers, TheOlderGenerationIsDroppedWhenTheNewerFills) {
  SeenUsers seen(2);
  const std::uint64_t row = SeenUsers::RowSeed("p_1", "d020550", "", "view");
  const auto key = [row](std::string_view user) { return SeenUsers::KeyOf(row, user); };
  seen.Add(key("a:1"));
  seen.Add(key("a:2"));
  seen.Add(key("a:3"));  // the newer was full: "a:1" and "a:2" are now the older
  EXPECT_TRUE(seen.Contains(key("a:1")));
  EXPECT_TRUE(seen.Contains(key("a:3")));
  EXPECT_FALSE(seen.Contains(key("a:4")));
  seen.Add(key("a:4"));
  seen.Add(key("a:5"));  // full again: the first two are forgotten
  EXPECT_FALSE(seen.Contains(key("a:1")));
  EXPECT_FALSE(seen.Contains(key("a:2")));
  EXPECT_TRUE(seen.Contains(key("a:3")));
  EXPECT_TRUE(seen.Contains(key("a:5")));
  EXPECT_EQ(seen.size(), 3u);
}

}  // namespace
}  // namespace waymark::analytics
