#include "markup/slow_input_guard.hpp"

#include <gtest/gtest.h>

#include <string>

namespace waymark::markup {
namespace {

std::string Repeat(std::string_view unit, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

TEST(GuardSlowInputTest, OrdinaryPostsPassUnchanged) {
  const std::string post =
      "# Release\n\n![cover](https://x.com/c.png) <!-- draft -->\n\n| a | b |\n|---|---|\n"
      "| 1 | 2 |\n\nMail team@example.com.\n";
  const GuardedInput guarded = GuardSlowInput(post);
  EXPECT_EQ(guarded.markdown, post);
  EXPECT_TRUE(guarded.tables);
  EXPECT_TRUE(guarded.autolinks);
}

TEST(GuardSlowInputTest, ManyUnclosedOpenersInOneParagraphAreNeutralized) {
  const GuardedInput guarded = GuardSlowInput(Repeat("a<?x <!y ![z ", 100'000));
  EXPECT_EQ(guarded.markdown.substr(0, 30), "a&lt;?x &lt;!y &#33;[z a&lt;?x");
}

TEST(GuardSlowInputTest, TheSameOpenersSpreadOverParagraphsPass) {
  const std::string input = Repeat("a<?x <!y ![z\n\n", 10'000);
  EXPECT_EQ(GuardSlowInput(input).markdown, input);
}

TEST(GuardSlowInputTest, WideTablesTurnTablesOff) {
  const std::string narrow = "a|b\n-|-\n" + Repeat("|", kMaxTableColumns) + "\n";
  const std::string wide = "a|b\n-|-\n" + Repeat("|", kMaxTableColumns + 1) + "\n";
  EXPECT_TRUE(GuardSlowInput(narrow).tables);
  EXPECT_FALSE(GuardSlowInput(wide).tables);
}

TEST(GuardSlowInputTest, TablesOfTooManyCellsTurnTablesOff) {
  // 100 columns: 1,000 lines are 100,000 cells, one more line is over.
  const std::string head = Repeat("a|", 99) + "a\n" + Repeat("-|", 99) + "-\n";
  EXPECT_TRUE(GuardSlowInput(head + Repeat("x\n", 998)).tables);
  EXPECT_FALSE(GuardSlowInput(head + Repeat("x\n", 999)).tables);
  EXPECT_FALSE(GuardSlowInput("> " + head + Repeat("> x\r\n", 999)).tables);
}

TEST(GuardSlowInputTest, WideLinesOutsideTablesDoNotMatter) {
  EXPECT_TRUE(GuardSlowInput("a|b\n-|-\n\n" + Repeat("|", 10'000)).tables);
}

TEST(GuardSlowInputTest, ManyAtSignsInOneParagraphTurnAutolinksOff) {
  EXPECT_FALSE(GuardSlowInput(Repeat("a@b.c ", 100'000)).autolinks);
  EXPECT_TRUE(GuardSlowInput(Repeat("a@b.c\n\n", 100'000)).autolinks);
}

}  // namespace
}  // namespace waymark::markup
