#include "webhooks/address_policy.hpp"

#include <gtest/gtest.h>

#include <string>

namespace waymark::webhooks {
namespace {

namespace ip = boost::asio::ip;

struct Case {
  const char* address;
  const char* kind;  // nullptr: public
};

std::string KindOf(const char* text) {
  std::optional<std::string_view> kind = NonPublicKind(ip::make_address(text));
  return kind ? std::string(*kind) : "(public)";
}

void ExpectKinds(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(KindOf(c.address), c.kind ? c.kind : "(public)") << c.address;
  }
}

constexpr char kPrivate[] = "an address inside a private network";
constexpr char kLoopback[] = "a loopback address";
constexpr char kLinkLocal[] = "a link-local address";
constexpr char kDocumentation[] = "an address reserved for documentation";

TEST(AddressPolicy, RefusesTheIpv4RangesInsideAServersNetwork) {
  ExpectKinds({
      {"127.0.0.1", kLoopback},
      {"127.255.255.254", kLoopback},
      {"0.0.0.0", "an unspecified address"},
      {"0.1.2.3", "an address of \"this network\" (0.0.0.0/8)"},
      {"10.0.0.5", kPrivate},
      {"10.255.255.255", kPrivate},
      {"172.16.0.1", kPrivate},
      {"172.31.255.255", kPrivate},
      {"192.168.1.1", kPrivate},
      {"100.64.0.1", "a shared address of a carrier-grade NAT"},
      {"100.127.255.255", "a shared address of a carrier-grade NAT"},
      {"169.254.169.254", kLinkLocal},
      {"192.0.0.8", "an address reserved for protocol assignments"},
      {"192.0.2.10", kDocumentation},
      {"198.51.100.7", kDocumentation},
      {"203.0.113.9", kDocumentation},
      {"198.18.0.1", "an address reserved for benchmarking"},
      {"198.19.255.255", "an address reserved for benchmarking"},
      {"224.0.0.1", "a multicast address"},
      {"239.255.255.250", "a multicast address"},
      {"240.0.0.1", "a reserved address (240.0.0.0/4)"},
      {"255.255.255.255", "the broadcast address"},
  });
}

TEST(AddressPolicy, AcceptsPublicIpv4AddressesEvenNextToRefusedRanges) {
  ExpectKinds({
      {"93.184.216.34", nullptr},
      {"8.8.8.8", nullptr},
      {"1.0.0.1", nullptr},
      {"9.255.255.255", nullptr},    // below 10/8
      {"11.0.0.0", nullptr},         // above 10/8
      {"172.15.255.255", nullptr},   // below 172.16/12
      {"172.32.0.0", nullptr},       // above it
      {"192.167.255.255", nullptr},  // below 192.168/16
      {"192.169.0.0", nullptr},
      {"100.63.255.255", nullptr},  // below 100.64/10
      {"100.128.0.0", nullptr},     // above it
      {"169.253.255.255", nullptr},
      {"198.17.255.255", nullptr},  // below 198.18/15
      {"198.20.0.0", nullptr},      // above it
      {"223.255.255.255", nullptr},
  });
}

TEST(AddressPolicy, RefusesTheIpv6RangesInsideAServersNetwork) {
  ExpectKinds({
      {"::1", kLoopback},
      {"::", "an unspecified address"},
      {"fc00::1", kPrivate},
      {"fd12:3456:789a::1", kPrivate},
      {"fe80::1", kLinkLocal},
      {"febf:ffff::1", kLinkLocal},
      {"fec0::1", "a site-local address"},
      {"ff02::1", "a multicast address"},
      {"2001:db8::1", kDocumentation},
  });
}

TEST(AddressPolicy, JudgesAnIpv6AddressThatEmbedsAnIpv4OneByIt) {
  ExpectKinds({
      {"::ffff:127.0.0.1", kLoopback},
      {"::ffff:7f00:1", kLoopback},
      {"::ffff:10.0.0.5", kPrivate},
      {"::ffff:169.254.169.254", kLinkLocal},
      {"::ffff:0.0.0.0", "an unspecified address"},
      {"::127.0.0.1", kLoopback},  // IPv4-compatible
      {"::192.168.0.1", kPrivate},
      {"::ffff:93.184.216.34", nullptr},
      {"::8.8.8.8", nullptr},
      {"::ffff:0:10.0.0.5", kPrivate},  // translated (SIIT)
      {"::ffff:0:93.184.216.34", nullptr},
      {"64:ff9b::10.0.0.5", kPrivate},  // NAT64
      {"64:ff9b::7f00:1", kLoopback},
      {"64:ff9b::93.184.216.34", nullptr},
      {"64:ff9b:1::5db8:d822", kPrivate},  // local-use NAT64: the network's own
      {"2002:7f00:1::1", kLoopback},       // 6to4 of 127.0.0.1
      {"2002:a9fe:a9fe::1", kLinkLocal},   // 6to4 of 169.254.169.254
      {"2002:5db8:d822::1", nullptr},
      // Teredo: the client's IPv4 address inverted in the last 32 bits
      {"2001:0:4136:e378:8000:63bf:f5ff:fffa", kPrivate},  // 10.0.0.5
      {"2001:0:4136:e378:8000:63bf:a247:27dd", nullptr},   // 93.184.216.34
  });
}

TEST(AddressPolicy, AcceptsPublicIpv6Addresses) {
  ExpectKinds({
      {"2606:2800:220:1:248:1893:25c8:1946", nullptr},
      {"2001:4860:4860::8888", nullptr},
      {"2001:db9::1", nullptr},  // beside the documentation range
      {"fbff::1", nullptr},      // below fc00::/7
      {"fe00::1", nullptr},      // below fe80::/10
  });
  EXPECT_TRUE(IsPublicAddress(ip::make_address("2001:4860:4860::8888")));
  EXPECT_FALSE(IsPublicAddress(ip::make_address("::1")));
}

ip::tcp::endpoint At(const char* address) {
  return {ip::make_address(address), 443};
}

TEST(ScreenEndpoints, KeepsThePublicEndpointsAndNamesTheFirstRefusedOne) {
  ScreenedEndpoints screened = ScreenEndpoints(
      {At("10.0.0.5"), At("93.184.216.34"), At("::1"), At("2001:4860:4860::8888")}, false);
  EXPECT_EQ(screened.allowed, (std::vector{At("93.184.216.34"), At("2001:4860:4860::8888")}));
  EXPECT_EQ(screened.refused, ip::make_address("10.0.0.5"));

  ScreenedEndpoints inside = ScreenEndpoints({At("127.0.0.1")}, false);
  EXPECT_TRUE(inside.allowed.empty());
  EXPECT_EQ(inside.refused, ip::make_address("127.0.0.1"));
}

TEST(ScreenEndpoints, AllowsEverythingWhenPrivateNetworksAreAllowed) {
  ScreenedEndpoints screened = ScreenEndpoints({At("10.0.0.5"), At("::1")}, true);
  EXPECT_EQ(screened.allowed, (std::vector{At("10.0.0.5"), At("::1")}));
  EXPECT_FALSE(screened.refused.has_value());
}

}  // namespace
}  // namespace waymark::webhooks
