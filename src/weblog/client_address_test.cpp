#include "weblog/client_address.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace waymark::weblog {
namespace {

class ClientAddressTest : public testing::Test {
 protected:
  ClientAddressTest() {
    const std::vector<std::string> entries = {"10.0.0.0/8", "2001:db8:ffff::/48"};
    proxies_ = *TrustedProxies::Parse(entries);
  }

  std::string_view Client(std::string_view peer, std::string_view forwarded_for) {
    return ClientAddress(peer, forwarded_for, proxies_);
  }

  TrustedProxies proxies_;
};

TEST_F(ClientAddressTest, AnUntrustedPeerIsTheClientWhateverItClaims) {
  EXPECT_EQ(Client("203.0.113.9", "1.2.3.4"), "203.0.113.9");
  EXPECT_EQ(ClientAddress("10.0.0.1", "1.2.3.4", TrustedProxies()), "10.0.0.1");
}

TEST_F(ClientAddressTest, ATrustedPeerWithoutTheHeaderIsTheClient) {
  EXPECT_EQ(Client("10.0.0.1", ""), "10.0.0.1");
}

TEST_F(ClientAddressTest, ATrustedPeerNamesTheClient) {
  EXPECT_EQ(Client("10.0.0.1", "198.51.100.7"), "198.51.100.7");
  EXPECT_EQ(Client("2001:db8:ffff::2", "2001:db8:1::99"), "2001:db8:1::99");
  EXPECT_EQ(Client("::ffff:10.0.0.1", "198.51.100.7"), "198.51.100.7");
}

TEST_F(ClientAddressTest, WalksRightToLeftPastTrustedProxies) {
  // The client forged the first entry; our proxies appended the last three.
  EXPECT_EQ(Client("10.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.1.1,10.2.2.2"), "198.51.100.7");
}

TEST_F(ClientAddressTest, WhenEveryEntryIsTrustedTheLeftmostIsTheClient) {
  EXPECT_EQ(Client("10.0.0.1", "10.9.9.9, 10.1.1.1"), "10.9.9.9");
}

TEST_F(ClientAddressTest, MalformedEntriesOnTheWayMeanThePeer) {
  EXPECT_EQ(Client("10.0.0.1", "198.51.100.7:4711"), "10.0.0.1");
  EXPECT_EQ(Client("10.0.0.1", "[2001:db8::1]"), "10.0.0.1");
  EXPECT_EQ(Client("10.0.0.1", "unknown, 10.1.1.1"), "10.0.0.1");
  EXPECT_EQ(Client("10.0.0.1", "fe80::1%eth0"), "10.0.0.1");
  EXPECT_EQ(Client("10.0.0.1", "1.2.3.4 5.6.7.8"), "10.0.0.1");
}

TEST_F(ClientAddressTest, GarbageLeftOfTheClientIsNeverRead) {
  EXPECT_EQ(Client("10.0.0.1", "<script>, 198.51.100.7"), "198.51.100.7");
}

TEST_F(ClientAddressTest, EmptyListElementsAreSkipped) {
  EXPECT_EQ(Client("10.0.0.1", " , 198.51.100.7,, "), "198.51.100.7");
  EXPECT_EQ(Client("10.0.0.1", " , "), "10.0.0.1");
}

TEST_F(ClientAddressTest, AnUnparsablePeerIsReturnedAsIs) {
  EXPECT_EQ(Client("not-an-ip", "198.51.100.7"), "not-an-ip");
}

}  // namespace
}  // namespace waymark::weblog
