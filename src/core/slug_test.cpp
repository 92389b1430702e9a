#include "core/slug.hpp"

#include <gtest/gtest.h>

namespace waymark {
namespace {

TEST(SlugifyTest, KeepsLowercaseLettersAndDigits) {
  EXPECT_EQ(Slugify("Acme Web App"), "acme-web-app");
  EXPECT_EQ(Slugify("Release 2026"), "release-2026");
}

TEST(SlugifyTest, EveryOtherRunBecomesOneDash) {
  EXPECT_EQ(Slugify("a  --__!!b"), "a-b");
  EXPECT_EQ(Slugify("Café Crème"), "caf-cr-me");
}

TEST(SlugifyTest, TrimsDashesAtBothEnds) {
  EXPECT_EQ(Slugify("  --Hello, world!--  "), "hello-world");
}

TEST(SlugifyTest, NothingLeftIsProject) {
  EXPECT_EQ(Slugify(""), "project");
  EXPECT_EQ(Slugify("🚀✨"), "project");
  EXPECT_EQ(Slugify("变更日志"), "project");
  EXPECT_EQ(Slugify("---"), "project");
}

TEST(SlugifyTest, LongNamesAreCutAtAWordBoundary) {
  // 10 words of 9 letters: 99 characters with the dashes.
  std::string name;
  for (int i = 0; i < 10; ++i) name += "abcdefghi ";
  std::string slug = Slugify(name);
  EXPECT_EQ(slug, "abcdefghi-abcdefghi-abcdefghi-abcdefghi");
  EXPECT_LE(slug.size(), kSlugMaxLength);
}

TEST(SlugifyTest, AWordEndingExactlyAtTheLimitIsKept) {
  std::string word(kSlugMaxLength, 'a');
  EXPECT_EQ(Slugify(word + " b"), word);
}

TEST(SlugifyTest, OneLongWordIsCutWhereItMust) {
  EXPECT_EQ(Slugify(std::string(60, 'x')), std::string(kSlugMaxLength, 'x'));
}

TEST(SlugCandidateTest, NumbersFromTwo) {
  EXPECT_EQ(SlugCandidate("acme", 1), "acme");
  EXPECT_EQ(SlugCandidate("acme", 2), "acme-2");
  EXPECT_EQ(SlugCandidate("acme", 3), "acme-3");
}

TEST(FirstFreeSlugTest, TakesTheFirstCandidateNotTaken) {
  EXPECT_EQ(FirstFreeSlug("acme", {}), "acme");
  EXPECT_EQ(FirstFreeSlug("acme", {"acme", "acme-2", "acme-web"}), "acme-3");
  EXPECT_EQ(FirstFreeSlug("acme", {"acme", "acme-3"}), "acme-2");
}

}  // namespace
}  // namespace waymark
