#include "markup/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace waymark::markup {
namespace {

TEST(DecodeUtf8Test, DecodesEachLength) {
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x9A\x80";  // a é € 🚀
  Utf8Char c = DecodeUtf8(text, 0);
  EXPECT_TRUE(c.valid);
  EXPECT_EQ(c.code_point, U'a');
  EXPECT_EQ(c.length, 1u);
  c = DecodeUtf8(text, 1);
  EXPECT_EQ(c.code_point, U'é');
  EXPECT_EQ(c.length, 2u);
  c = DecodeUtf8(text, 3);
  EXPECT_EQ(c.code_point, U'€');
  EXPECT_EQ(c.length, 3u);
  c = DecodeUtf8(text, 6);
  EXPECT_EQ(c.code_point, U'🚀');
  EXPECT_EQ(c.length, 4u);
}

TEST(DecodeUtf8Test, MalformedBytesAreInvalidAndOneByteLong) {
  for (const std::string& bad : {
           std::string("\x80"),  // a lone continuation byte
           std::string("\xC3"),  // cut short
           std::string("\xC3"
                       "a"),                 // not followed by a continuation
           std::string("\xC0\xAF"),          // overlong '/'
           std::string("\xE0\x80\xAF"),      // overlong again
           std::string("\xED\xA0\x80"),      // a surrogate
           std::string("\xF4\x90\x80\x80"),  // past U+10FFFF
           std::string("\xFF"),
       }) {
    const Utf8Char c = DecodeUtf8(bad, 0);
    EXPECT_FALSE(c.valid) << testing::PrintToString(bad);
    EXPECT_EQ(c.length, 1u);
  }
}

TEST(IsValidUtf8Test, ChecksTheWholeText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("Grüße, 世界 🚀"));
  EXPECT_TRUE(IsValidUtf8(std::string("a\0b", 3)));
  EXPECT_FALSE(IsValidUtf8("ok \xFF then"));
  EXPECT_FALSE(IsValidUtf8("cut \xE2\x82"));
}

}  // namespace
}  // namespace waymark::markup
