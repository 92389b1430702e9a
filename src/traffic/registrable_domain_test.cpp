#include "traffic/registrable_domain.hpp"

#include <gtest/gtest.h>

namespace waymark::traffic {
namespace {

TEST(RegistrableDomain, KeepsTheLabelBeforeThePublicSuffix) {
  EXPECT_EQ(RegistrableDomain("crawl-192-0-2-1.crawler.example.com"), "example.com");
  EXPECT_EQ(RegistrableDomain("example.com"), "example.com");
  EXPECT_EQ(RegistrableDomain("a.b.c.example.org"), "example.org");
}

TEST(RegistrableDomain, KnowsSuffixesOfMoreThanOneLabel) {
  EXPECT_EQ(RegistrableDomain("host.example.co.uk"), "example.co.uk");
  EXPECT_EQ(RegistrableDomain("dsl-1-2.pool.isp.com.au"), "isp.com.au");
}

TEST(RegistrableDomain, LowercasesAndDropsTheRootDot) {
  EXPECT_EQ(RegistrableDomain("Host1.Example.CO.UK."), "example.co.uk");
}

TEST(RegistrableDomain, CountsAProvidersCustomerZonesUnderTheProvider) {
  // The list's private section makes this host a registrable domain of its own.
  EXPECT_EQ(RegistrableDomain("ec2-1-2-3-4.compute-1.amazonaws.com"), "amazonaws.com");
}

TEST(RegistrableDomain, ReturnsANameWithNothingRegistrableWhole) {
  EXPECT_EQ(RegistrableDomain("localhost"), "localhost");
  EXPECT_EQ(RegistrableDomain("ROUTER"), "router");
  EXPECT_EQ(RegistrableDomain("co.uk"), "co.uk");
}

TEST(RegistrableDomain, RefusesIpLiteralsAndEmptyNames) {
  EXPECT_EQ(RegistrableDomain("192.0.2.1"), std::nullopt);
  EXPECT_EQ(RegistrableDomain("2001:db8::1"), std::nullopt);
  EXPECT_EQ(RegistrableDomain(""), std::nullopt);
  EXPECT_EQ(RegistrableDomain("."), std::nullopt);
  EXPECT_EQ(RegistrableDomain("a..example.com"), std::nullopt);
}

}  // namespace
}  // namespace waymark::traffic
