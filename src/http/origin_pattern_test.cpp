#include "http/origin_pattern.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace waymark::http {
namespace {

std::optional<std::string> Canonical(std::string_view pattern) {
  std::string error;
  return CanonicalOriginPattern(pattern, error);
}

TEST(OriginPattern, CanonicalFormIsLowerCaseWithoutDefaultPortOrSlash) {
  EXPECT_EQ(Canonical("HTTPS://App.Example.com/"), "https://app.example.com");
  EXPECT_EQ(Canonical("https://app.example.com:443"), "https://app.example.com");
  EXPECT_EQ(Canonical("http://localhost:8081"), "http://localhost:8081");
  EXPECT_EQ(Canonical("https://*.Example.com"), "https://*.example.com");
}

TEST(OriginPattern, RefusesWhatIsNotAnOrigin) {
  for (std::string_view bad :
       {"", "example.com", "ftp://example.com", "https://", "https://a.com/path",
        "https://user@a.com", "https://a.com:99999", "https://a.com:x", "https://*",
        "https://a.*.com", "https://a..com", "https://a.com?x=1", "https://*.*.a.com"}) {
    std::string error;
    EXPECT_FALSE(CanonicalOriginPattern(bad, error)) << bad;
    EXPECT_FALSE(error.empty()) << bad;
  }
}

TEST(OriginPattern, ExactOriginsMatchSchemeHostAndPort) {
  const std::vector<std::string> patterns{"https://app.example.com", "http://localhost:8081"};
  EXPECT_TRUE(OriginAllowed("https://app.example.com", patterns));
  EXPECT_TRUE(OriginAllowed("https://APP.example.com:443", patterns));
  EXPECT_TRUE(OriginAllowed("http://localhost:8081", patterns));
  EXPECT_FALSE(OriginAllowed("http://app.example.com", patterns));
  EXPECT_FALSE(OriginAllowed("https://app.example.com:8443", patterns));
  EXPECT_FALSE(OriginAllowed("http://localhost:8082", patterns));
  EXPECT_FALSE(OriginAllowed("https://app.example.com.evil.com", patterns));
  EXPECT_FALSE(OriginAllowed("null", patterns));
  EXPECT_FALSE(OriginAllowed("", patterns));
}

TEST(OriginPattern, WildcardsAllowSubdomainsAtAnyDepthButNotTheDomainItself) {
  const std::vector<std::string> patterns{"https://*.example.com"};
  EXPECT_TRUE(OriginAllowed("https://app.example.com", patterns));
  EXPECT_TRUE(OriginAllowed("https://eu.app.example.com", patterns));
  EXPECT_FALSE(OriginAllowed("https://example.com", patterns));
  EXPECT_FALSE(OriginAllowed("https://badexample.com", patterns));
  EXPECT_FALSE(OriginAllowed("http://app.example.com", patterns));
  EXPECT_FALSE(OriginAllowed("https://*.example.com", patterns));
}

TEST(OriginPattern, AnEmptyListAllowsNoOne) {
  EXPECT_FALSE(OriginAllowed("https://app.example.com", {}));
}

}  // namespace
}  // namespace waymark::http
