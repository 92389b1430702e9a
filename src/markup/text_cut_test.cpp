#include "markup/text_cut.hpp"

#include <gtest/gtest.h>

namespace waymark::markup {
namespace {

TEST(CollapseWhitespaceTest, OneSpaceBetweenWordsNoneAtTheEnds) {
  EXPECT_EQ(CollapseWhitespace("  Hello,\n\n\tworld  \r\n again "), "Hello, world again");
  EXPECT_EQ(CollapseWhitespace(" \n\t "), "");
  EXPECT_EQ(CollapseWhitespace("word"), "word");
}

TEST(CutAtWordTest, TextThatFitsIsKeptWhole) {
  EXPECT_EQ(CutAtWord("Hello world", 11), "Hello world");
  EXPECT_EQ(CutAtWord("", 0), "");
}

TEST(CutAtWordTest, CutsAfterTheLastWholeWordAndAddsAnEllipsis) {
  // "Hello world again" is 17 bytes; 14 leave 11 for the words before "…".
  EXPECT_EQ(CutAtWord("Hello world again", 14), "Hello world…");
  EXPECT_EQ(CutAtWord("Hello world again", 13), "Hello…");
  EXPECT_EQ(CutAtWord("Hello world again", 16), "Hello world…");
}

TEST(CutAtWordTest, AWordTooLongIsCutBetweenCharacters) {
  EXPECT_EQ(CutAtWord("abcdefghij", 8), "abcde…");
  // "é" is two bytes; a budget ending inside one keeps the character out.
  EXPECT_EQ(CutAtWord("éééééé", 8), "éé…");
  EXPECT_EQ(CutAtWord("🚀🚀🚀", 9), "🚀…");
}

TEST(CutAtWordTest, NeverLongerThanTheLimit) {
  const std::string text = "Les mises à jour de décembre arrivent très bientôt — restez à l'écoute";
  for (std::size_t limit = 0; limit <= text.size(); ++limit) {
    std::string cut = CutAtWord(text, limit);
    EXPECT_LE(cut.size(), limit);
    EXPECT_EQ(cut.find(' ') == 0, false);
  }
}

TEST(CutAtWordTest, NoRoomForTheEllipsisGivesNothing) {
  EXPECT_EQ(CutAtWord("Hello", 2), "");
  EXPECT_EQ(CutAtWord("Hello", 3), "…");
}

}  // namespace
}  // namespace waymark::markup
