#include "markup/url_check.hpp"

#include <gtest/gtest.h>

#include <string>

namespace waymark::markup {
namespace {

TEST(IsSafeHttpUrlTest, AcceptsHttpAndHttpsWithAHost) {
  EXPECT_TRUE(IsSafeHttpUrl("https://example.com"));
  EXPECT_TRUE(IsSafeHttpUrl("http://example.com/"));
  EXPECT_TRUE(IsSafeHttpUrl("https://cdn.example.com/img/cover.png?w=800&h=400"));
  EXPECT_TRUE(IsSafeHttpUrl("https://example.com:8443/a/b"));
  EXPECT_TRUE(IsSafeHttpUrl("https://127.0.0.1/x"));
  EXPECT_TRUE(IsSafeHttpUrl("https://[::1]/x"));
  EXPECT_TRUE(IsSafeHttpUrl("HTTPS://EXAMPLE.COM/"));
  EXPECT_TRUE(IsSafeHttpUrl("https://docs.example.com/guide#install"));
  EXPECT_TRUE(IsSafeHttpUrl("https://example.com/caf%C3%A9"));
}

TEST(IsSafeHttpUrlTest, RefusesOtherSchemes) {
  EXPECT_FALSE(IsSafeHttpUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsSafeHttpUrl("JavaScript:alert(1)"));
  EXPECT_FALSE(IsSafeHttpUrl("data:text/html,<script>alert(1)</script>"));
  EXPECT_FALSE(IsSafeHttpUrl("data:image/png;base64,iVBORw0KGgo="));
  EXPECT_FALSE(IsSafeHttpUrl("vbscript:msgbox(1)"));
  EXPECT_FALSE(IsSafeHttpUrl("file:///etc/passwd"));
  EXPECT_FALSE(IsSafeHttpUrl("ftp://example.com/file"));
  EXPECT_FALSE(IsSafeHttpUrl("mailto:someone@example.com"));
  EXPECT_FALSE(IsSafeHttpUrl("https:example.com"));
}

TEST(IsSafeHttpUrlTest, RefusesRelativeAndHostlessUrls) {
  EXPECT_FALSE(IsSafeHttpUrl(""));
  EXPECT_FALSE(IsSafeHttpUrl("//evil.example.com/x"));
  EXPECT_FALSE(IsSafeHttpUrl("/changelog/acme"));
  EXPECT_FALSE(IsSafeHttpUrl("example.com"));
  EXPECT_FALSE(IsSafeHttpUrl("http:///path"));
  EXPECT_FALSE(IsSafeHttpUrl("https://"));
}

TEST(IsSafeHttpUrlTest, RefusesWhitespaceAndControlCharacters) {
  EXPECT_FALSE(IsSafeHttpUrl("java\tscript:alert(1)"));
  EXPECT_FALSE(IsSafeHttpUrl("https://example.com/a b"));
  EXPECT_FALSE(IsSafeHttpUrl(" https://example.com"));
  EXPECT_FALSE(IsSafeHttpUrl("https://example.com\n"));
  EXPECT_FALSE(IsSafeHttpUrl("https://exa\rmple.com"));
  EXPECT_FALSE(IsSafeHttpUrl(std::string("https://example.com/\0", 21)));
  EXPECT_FALSE(IsSafeHttpUrl("https://example.com/\x7f"));
}

TEST(IsSafeHttpUrlTest, RefusesWhatIsNotAUri) {
  EXPECT_FALSE(IsSafeHttpUrl("https://example.com/<script>"));
  EXPECT_FALSE(IsSafeHttpUrl("https://example.com/\"onerror=\"x"));
  EXPECT_FALSE(IsSafeHttpUrl("https://exam ple.com"));
  EXPECT_FALSE(IsSafeHttpUrl("https://example.com/café"));
}

TEST(IsSafeHttpUrlTest, RefusesUrlsLongerThanTheLimit) {
  const std::string head = "https://example.com/";
  const std::string at_limit = head + std::string(kMaxUrlBytes - head.size(), 'a');
  EXPECT_TRUE(IsSafeHttpUrl(at_limit));
  EXPECT_FALSE(IsSafeHttpUrl(at_limit + "a"));
}

}  // namespace
}  // namespace waymark::markup
