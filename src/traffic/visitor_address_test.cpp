#include "traffic/visitor_address.hpp"

#include <gtest/gtest.h>

#include "weblog/ip_anonymize.hpp"

namespace waymark::traffic {
namespace {

bool Anonymized(std::string_view text) {
  return LooksAnonymized(*VisitorAddress(text));
}
bool Local(std::string_view text) {
  return IsLocal(*VisitorAddress(text));
}

TEST(VisitorAddress, ReadsBothFamiliesAndUnwrapsMappedIpv4) {
  EXPECT_EQ(VisitorAddress("192.0.2.7")->to_string(), "192.0.2.7");
  EXPECT_EQ(VisitorAddress("2001:DB8::1")->to_string(), "2001:db8::1");
  const auto mapped = VisitorAddress("::ffff:192.0.2.7");
  ASSERT_TRUE(mapped);
  EXPECT_TRUE(mapped->is_v4());
  EXPECT_EQ(mapped->to_string(), "192.0.2.7");
  EXPECT_FALSE(VisitorAddress("crawler.example.com"));
  EXPECT_FALSE(VisitorAddress("-"));
  EXPECT_FALSE(VisitorAddress(""));
}

TEST(VisitorAddress, RecognizesWhatAnonymizationLeaves) {
  for (const char* ip : {"198.51.100.23", "2001:db8:1:2:3:4:5:6", "::ffff:203.0.113.9"}) {
    EXPECT_FALSE(Anonymized(ip)) << ip;
    EXPECT_TRUE(Anonymized(weblog::AnonymizeIp(ip))) << weblog::AnonymizeIp(ip);
  }
  EXPECT_FALSE(Anonymized("2001:db8:1:8000::"));  // a /49: more than anonymization keeps
}

TEST(VisitorAddress, TellsLocalAddressesFromPublicOnes) {
  for (const char* ip :
       {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.0.1",
        "100.64.0.1", "0.0.0.0", "::1", "::", "fe80::1", "fd00::1"}) {
    EXPECT_TRUE(Local(ip)) << ip;
  }
  for (const char* ip : {"192.0.2.1", "172.32.0.1", "100.128.0.1", "8.8.8.8", "2001:db8::1"}) {
    EXPECT_FALSE(Local(ip)) << ip;
  }
}

}  // namespace
}  // namespace waymark::traffic
