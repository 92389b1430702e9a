#include "weblog/trusted_proxies.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace waymark::weblog {
namespace {

boost::asio::ip::address Ip(const char* text) {
  return boost::asio::ip::make_address(text);
}

TrustedProxies Parse(std::vector<std::string> entries) {
  auto proxies = TrustedProxies::Parse(entries);
  EXPECT_TRUE(proxies.ok()) << proxies.status().message();
  return proxies.ok() ? *proxies : TrustedProxies();
}

TEST(TrustedProxies, MatchesAddressesAndNetworks) {
  const auto proxies = Parse({"10.0.0.0/8", " 192.168.1.7 ", "fd00::/8", "2001:db8::1"});
  EXPECT_TRUE(proxies.Contains(Ip("10.255.3.4")));
  EXPECT_TRUE(proxies.Contains(Ip("192.168.1.7")));
  EXPECT_TRUE(proxies.Contains(Ip("fd12:3456::1")));
  EXPECT_TRUE(proxies.Contains(Ip("2001:db8::1")));
  EXPECT_FALSE(proxies.Contains(Ip("11.0.0.1")));
  EXPECT_FALSE(proxies.Contains(Ip("192.168.1.8")));
  EXPECT_FALSE(proxies.Contains(Ip("fe00::1")));
  EXPECT_FALSE(proxies.Contains(Ip("2001:db8::2")));
}

TEST(TrustedProxies, PrefixesThatDoNotEndOnAByteBoundary) {
  const auto proxies = Parse({"172.16.0.0/12", "2001:db8:8000::/33"});
  EXPECT_TRUE(proxies.Contains(Ip("172.31.255.255")));
  EXPECT_FALSE(proxies.Contains(Ip("172.32.0.0")));
  EXPECT_FALSE(proxies.Contains(Ip("172.15.255.255")));
  EXPECT_TRUE(proxies.Contains(Ip("2001:db8:ffff::1")));
  EXPECT_FALSE(proxies.Contains(Ip("2001:db8:7fff::1")));
}

TEST(TrustedProxies, IgnoresHostBitsBelowThePrefix) {
  EXPECT_TRUE(Parse({"10.1.2.3/8"}).Contains(Ip("10.200.0.1")));
}

TEST(TrustedProxies, AnIpv4EntryMatchesTheSameAddressSeenOnADualStackSocket) {
  const auto proxies = Parse({"127.0.0.1"});
  EXPECT_TRUE(proxies.Contains(Ip("::ffff:127.0.0.1")));
  EXPECT_FALSE(proxies.Contains(Ip("::ffff:127.0.0.2")));
}

TEST(TrustedProxies, AnIpv6EntryNeverMatchesPlainIpv4) {
  const auto everything_v6 = Parse({"::/0"});
  EXPECT_TRUE(everything_v6.Contains(Ip("2001:db8::1")));
  EXPECT_FALSE(everything_v6.Contains(Ip("1.2.3.4")));
  EXPECT_TRUE(Parse({"0.0.0.0/0"}).Contains(Ip("1.2.3.4")));
}

TEST(TrustedProxies, EmptyListTrustsNobody) {
  const auto proxies = Parse({});
  EXPECT_TRUE(proxies.Empty());
  EXPECT_FALSE(proxies.Contains(Ip("127.0.0.1")));
}

TEST(TrustedProxies, ErrorsNameTheBadEntry) {
  struct Case {
    const char* entry;
    const char* why;
  };
  for (const Case& c :
       {Case{"10.0.0.0/33", "0-32"}, Case{"fd00::/129", "0-128"}, Case{"10.0.0.0/", "0-32"},
        Case{"10.0.0.0/8x", "0-32"}, Case{"10.0.0.0/-1", "0-32"},
        Case{"proxy.internal", "not an IP"}, Case{"10.0.0", "not an IP"}, Case{"", "not an IP"},
        Case{"fe80::1%eth0", "not an IP"}}) {
    const std::vector<std::string> entries = {"127.0.0.1", c.entry};
    const auto proxies = TrustedProxies::Parse(entries);
    ASSERT_FALSE(proxies.ok()) << c.entry;
    EXPECT_EQ(proxies.status().code(), Status::Code::kInvalid);
    EXPECT_NE(proxies.status().message().find("\"" + std::string(c.entry) + "\""),
              std::string::npos)
        << proxies.status().message();
    EXPECT_NE(proxies.status().message().find(c.why), std::string::npos)
        << proxies.status().message();
  }
}

}  // namespace
}  // namespace waymark::weblog
