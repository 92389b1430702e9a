#include "markup/link_policy.hpp"

#include <gtest/gtest.h>

namespace waymark::markup {
namespace {

TEST(IsAllowedMarkdownUrlTest, AllowsWebAndMailSchemesInAnyCase) {
  EXPECT_TRUE(IsAllowedMarkdownUrl("https://example.com/a?b#c"));
  EXPECT_TRUE(IsAllowedMarkdownUrl("http://example.com"));
  EXPECT_TRUE(IsAllowedMarkdownUrl("HTTPS://example.com"));
  EXPECT_TRUE(IsAllowedMarkdownUrl("mailto:team@example.com"));
  EXPECT_TRUE(IsAllowedMarkdownUrl("MailTo:team@example.com"));
}

TEST(IsAllowedMarkdownUrlTest, AllowsRelativeReferences) {
  EXPECT_TRUE(IsAllowedMarkdownUrl(""));
  EXPECT_TRUE(IsAllowedMarkdownUrl("/docs/setup"));
  EXPECT_TRUE(IsAllowedMarkdownUrl("setup.html"));
  EXPECT_TRUE(IsAllowedMarkdownUrl("#install"));
  EXPECT_TRUE(IsAllowedMarkdownUrl("?page=2"));
  EXPECT_TRUE(IsAllowedMarkdownUrl("docs/a:b"));
  EXPECT_TRUE(IsAllowedMarkdownUrl("//cdn.example.com/x.png"));
}

TEST(IsAllowedMarkdownUrlTest, RefusesEveryOtherScheme) {
  EXPECT_FALSE(IsAllowedMarkdownUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsAllowedMarkdownUrl("JAVASCRIPT:alert(1)"));
  EXPECT_FALSE(IsAllowedMarkdownUrl("vbscript:msgbox(1)"));
  EXPECT_FALSE(IsAllowedMarkdownUrl("data:image/png;base64,iVBORw0KGgo="));
  EXPECT_FALSE(IsAllowedMarkdownUrl("file:///etc/passwd"));
  EXPECT_FALSE(IsAllowedMarkdownUrl("ftp://example.com"));
  EXPECT_FALSE(IsAllowedMarkdownUrl("httpx://example.com"));
}

TEST(IsAllowedMarkdownUrlTest, RefusesSchemesHiddenBehindSpacesOrControls) {
  EXPECT_FALSE(IsAllowedMarkdownUrl("java\tscript:alert(1)"));
  EXPECT_FALSE(IsAllowedMarkdownUrl(" javascript:alert(1)"));
  EXPECT_FALSE(IsAllowedMarkdownUrl("\x01javascript:alert(1)"));
  EXPECT_FALSE(IsAllowedMarkdownUrl("/ok\nbut-not"));
}

}  // namespace
}  // namespace waymark::markup
