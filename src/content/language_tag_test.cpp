#include "content/language_tag.hpp"

#include <gtest/gtest.h>

namespace waymark::content {
namespace {

TEST(LanguageTag, AcceptsWhatBrowsersSend) {
  for (std::string_view tag : {"en", "fr-CA", "zh-Hant-TW", "es-419", "gsw"}) {
    EXPECT_TRUE(IsLanguageTag(tag)) << tag;
  }
}

TEST(LanguageTag, RefusesJunk) {
  for (std::string_view tag : {"", "e", "english", "en-", "-en", "en--US", "en_US", "en-US\"",
                               "fr-<script>", "en-123456789"}) {
    EXPECT_FALSE(IsLanguageTag(tag)) << tag;
  }
}

TEST(LanguageTag, PrimaryLanguageDropsTheRegion) {
  EXPECT_EQ(PrimaryLanguage("fr-CA"), "fr");
  EXPECT_EQ(PrimaryLanguage("de"), "de");
}

}  // namespace
}  // namespace waymark::content
