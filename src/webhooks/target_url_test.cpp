#include "webhooks/target_url.hpp"

#include <gtest/gtest.h>

namespace waymark::webhooks {
namespace {

TargetUrl Accepted(std::string_view url) {
  auto parsed = ParseTargetUrl(url);
  if (const auto* why = std::get_if<std::string>(&parsed)) {
    ADD_FAILURE() << url << " refused: " << *why;
    return {};
  }
  return std::get<TargetUrl>(parsed);
}

std::string Refusal(std::string_view url) {
  auto parsed = ParseTargetUrl(url);
  const auto* why = std::get_if<std::string>(&parsed);
  return why ? *why : "(accepted)";
}

TEST(TargetUrl, SplitsAnHttpsUrlForTheSender) {
  TargetUrl url = Accepted("https://hooks.example.com/waymark/in?token=abc&x=1");
  EXPECT_TRUE(url.tls);
  EXPECT_EQ(url.host, "hooks.example.com");
  EXPECT_EQ(url.port, 443);
  EXPECT_EQ(url.host_header, "hooks.example.com");
  EXPECT_EQ(url.target, "/waymark/in?token=abc&x=1");
}

TEST(TargetUrl, KeepsAPortAndDefaultsThePath) {
  TargetUrl url = Accepted("http://127.0.0.1:8089");
  EXPECT_FALSE(url.tls);
  EXPECT_EQ(url.host, "127.0.0.1");
  EXPECT_EQ(url.port, 8089);
  EXPECT_EQ(url.host_header, "127.0.0.1:8089");
  EXPECT_EQ(url.target, "/");
  EXPECT_EQ(Accepted("http://example.com").port, 80);
}

TEST(TargetUrl, ResolvesAnIpv6AddressWithoutItsBrackets) {
  TargetUrl url = Accepted("http://[::1]:9000/in");
  EXPECT_EQ(url.host, "::1");
  EXPECT_EQ(url.host_header, "[::1]:9000");
}

TEST(TargetUrl, RefusesWhatIsNoPlainHttpUrl) {
  EXPECT_EQ(Refusal("ftp://example.com/"), "must be an http or https URL");
  EXPECT_EQ(Refusal("javascript:alert(1)"), "must be an http or https URL");
  EXPECT_EQ(Refusal("/relative/path"),
            "must be an absolute http or https URL, without a #fragment");
  EXPECT_EQ(Refusal("https://example.com/#part"),
            "must be an absolute http or https URL, without a #fragment");
  EXPECT_EQ(Refusal("https://user:pass@example.com/"),
            "must not hold credentials (user:password@)");
  EXPECT_EQ(Refusal("https:///path"), "must name a host");
  EXPECT_EQ(Refusal("https://exa%6Dple.com/"), "must name a plain host");
  EXPECT_EQ(Refusal("https://example.com:0/"), "must name a port from 1 to 65535");
  EXPECT_EQ(Refusal("https://example.com:70000/"), "must name a port from 1 to 65535");
  EXPECT_EQ(Refusal("https://example.com:/"), "must name a port from 1 to 65535");
  EXPECT_EQ(Refusal("https://exa mple.com/"), "must be an absolute http or https URL");
  EXPECT_EQ(Refusal("https://example.com/\n"), "must be an absolute http or https URL");
  EXPECT_EQ(Refusal(""), "must be an absolute http or https URL");
}

TEST(TargetUrl, AcceptsUpTo2048Characters) {
  const std::string base = "https://example.com/";
  EXPECT_EQ(Accepted(base + std::string(2048 - base.size(), 'a')).target.size(), 2048 - 19u);
  EXPECT_EQ(Refusal(base + std::string(2049 - base.size(), 'a')),
            "must be at most 2048 characters");
}

}  // namespace
}  // namespace waymark::webhooks
