#include "site/language_choice.hpp"

#include <gtest/gtest.h>

namespace waymark::site {
namespace {

TEST(ChooseLanguage, QueryThenAcceptLanguageThenFallback) {
  EXPECT_EQ(ChooseLanguage("de", "fr-CA,fr;q=0.9", "en"), "de");
  EXPECT_EQ(ChooseLanguage(std::nullopt, "fr-CA,fr;q=0.9", "en"), "fr-CA");
  EXPECT_EQ(ChooseLanguage(std::nullopt, " es ;q=1", "en"), "es");
  EXPECT_EQ(ChooseLanguage(std::nullopt, "", "en"), "en");
  EXPECT_EQ(ChooseLanguage("<script>", "*", "en"), "en");
}

}  // namespace
}  // namespace waymark::site
