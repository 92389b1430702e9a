#include "access/csrf.hpp"

#include <gtest/gtest.h>

namespace waymark::access {
namespace {

TEST(Csrf, TokenIsStablePerSessionAndDiffersBetweenSessions) {
  EXPECT_EQ(CsrfToken("session-a"), CsrfToken("session-a"));
  EXPECT_NE(CsrfToken("session-a"), CsrfToken("session-b"));
  EXPECT_EQ(CsrfToken("session-a").size(), 64u);
}

TEST(Csrf, MatchesOnlyTheSessionsOwnToken) {
  EXPECT_TRUE(CsrfMatches(CsrfToken("s"), "s"));
  EXPECT_FALSE(CsrfMatches(CsrfToken("t"), "s"));
  EXPECT_FALSE(CsrfMatches("", "s"));
  EXPECT_FALSE(CsrfMatches(CsrfToken("s").substr(1), "s"));
}

TEST(Csrf, MutationsAreTheUnsafeMethods) {
  EXPECT_TRUE(IsMutation(http::Verb::post));
  EXPECT_TRUE(IsMutation(http::Verb::put));
  EXPECT_TRUE(IsMutation(http::Verb::patch));
  EXPECT_TRUE(IsMutation(http::Verb::delete_));
  EXPECT_FALSE(IsMutation(http::Verb::get));
  EXPECT_FALSE(IsMutation(http::Verb::head));
  EXPECT_FALSE(IsMutation(http::Verb::options));
}

TEST(Origin, AbsentPublicOrSameHostIsAllowed) {
  EXPECT_TRUE(OriginAllowed("", "example.com", "https://example.com"));
  EXPECT_TRUE(OriginAllowed("https://example.com", "internal:8080", "https://example.com"));
  EXPECT_TRUE(OriginAllowed("http://127.0.0.1:9000", "127.0.0.1:9000", "https://example.com"));
}

TEST(Origin, OtherSitesAndNullAreRefused) {
  EXPECT_FALSE(OriginAllowed("https://evil.example", "example.com", "https://example.com"));
  EXPECT_FALSE(OriginAllowed("null", "example.com", "https://example.com"));
  EXPECT_FALSE(OriginAllowed("https://example.com.evil", "example.com", "https://other"));
  EXPECT_FALSE(OriginAllowed("ftp://example.com", "example.com", "https://other"));
  EXPECT_FALSE(OriginAllowed("http://x", "", "https://other"));
}

TEST(Origin, OfAUrlDropsThePath) {
  EXPECT_EQ(OriginOf("https://example.com:8443/waymark"), "https://example.com:8443");
  EXPECT_EQ(OriginOf("http://localhost:8080"), "http://localhost:8080");
}

}  // namespace
}  // namespace waymark::access
