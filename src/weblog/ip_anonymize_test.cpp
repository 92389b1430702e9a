#include "weblog/ip_anonymize.hpp"

#include <gtest/gtest.h>

namespace waymark::weblog {
namespace {

TEST(AnonymizeIp, ZeroesTheLastOctetOfIpv4) {
  EXPECT_EQ(AnonymizeIp("1.2.3.4"), "1.2.3.0");
  EXPECT_EQ(AnonymizeIp("203.0.113.255"), "203.0.113.0");
  EXPECT_EQ(AnonymizeIp("10.0.0.0"), "10.0.0.0");
}

TEST(AnonymizeIp, KeepsOnlyTheFirst48BitsOfIpv6) {
  EXPECT_EQ(AnonymizeIp("2001:db8:85a3:8d3:1319:8a2e:370:7348"), "2001:db8:85a3::");
  EXPECT_EQ(AnonymizeIp("2001:DB8:1:ffff::1"), "2001:db8:1::");
  EXPECT_EQ(AnonymizeIp("::1"), "::");
}

TEST(AnonymizeIp, TreatsIpv4MappedIpv6AsTheIpv4ItCarries) {
  EXPECT_EQ(AnonymizeIp("::ffff:1.2.3.4"), "::ffff:1.2.3.0");
  EXPECT_EQ(AnonymizeIp("::ffff:c000:0280"), "::ffff:192.0.2.0");
}

TEST(AnonymizeIp, DropsTheZoneOfALinkLocalPeer) {
  // Asio prints a link-local peer with its zone; the address must not leak through it.
  EXPECT_EQ(AnonymizeIp("fe80::1:2:3:4%eth0"), "fe80::");
}

TEST(AnonymizeIp, LeavesWhatIsNotAnAddressUnchanged) {
  EXPECT_EQ(AnonymizeIp(""), "");
  EXPECT_EQ(AnonymizeIp("-"), "-");
  EXPECT_EQ(AnonymizeIp("example.com"), "example.com");
  EXPECT_EQ(AnonymizeIp("1.2.3"), "1.2.3");
  EXPECT_EQ(AnonymizeIp("1.2.3.4.5"), "1.2.3.4.5");
  EXPECT_EQ(AnonymizeIp("256.1.1.1"), "256.1.1.1");
}

}  // namespace
}  // namespace waymark::weblog
