#include "traffic/demographics.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "traffic/country_db_fixture.hpp"
#include "traffic/dns_test_server.hpp"

namespace waymark::traffic {
namespace {

using std::chrono::milliseconds;
using testing::ElementsAre;
using testing::HasSubstr;
using testing::IsEmpty;

MATCHER_P2(Row, name, hits, "") {
  return arg.name == name && arg.hits == hits;
}

// What an ending-in-zero address and three plain ones are called.
const std::map<std::string, std::string> kNames = {
    {"0.2.0.192.in-addr.arpa", "net-192-0-2.isp.example.co.uk"},
    {"0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
     "customer-1.example.net"},
    {"10.2.0.192.in-addr.arpa", "host1.example.co.uk"},
    {"11.2.0.192.in-addr.arpa", "crawl-192-0-2-11.crawler.example.com"},
    {"12.2.0.192.in-addr.arpa", "mail.example.org"},
};

ReverseDns Resolver(const DnsTestServer& server) {
  auto dns = ReverseDns::Create({.servers = {server.Address()}, .hosts_file = false});
  EXPECT_TRUE(dns.ok()) << dns.status().message();
  return std::move(dns).value();
}

GeoIp Countries() {
  EXPECT_FALSE(CountryDb().empty()) << "the test country database could not be written";
  auto geoip = GeoIp::Open(CountryDb().string());
  EXPECT_TRUE(geoip.ok()) << geoip.status().message();
  return std::move(geoip).value();
}

TEST(Demographics, NamesTheDomainsAndCountriesOfVisitors) {
  DnsTestServer server(kNames);
  ReverseDns dns = Resolver(server);
  const GeoIp geoip = Countries();
  const Demographics found = Locate({{"192.0.2.10", 50, 5000, 4},
                                     {"192.0.2.11", 30, 3000, 1},
                                     {"::ffff:192.0.2.10", 20, 2000, 2},  // the same visitor host
                                     {"198.51.100.7", 5, 500, 1},
                                     {"10.0.0.1", 3, 300, 1},
                                     {"-", 2, 0, 0}},
                                    {}, {&dns, &geoip});

  EXPECT_THAT(found.domains.rows, ElementsAre(Row("example.co.uk", 70u), Row("example.com", 30u)));
  EXPECT_EQ(found.domains.rows[0].bytes, 7000u);
  EXPECT_EQ(found.domains.rows[0].visitors, 6u);
  EXPECT_THAT(found.countries.rows, ElementsAre(Row("Germany (DE)", 100u), Row("France (FR)", 5u)));
  EXPECT_THAT(found.notes,
              ElementsAre("2 addresses (8 hits) have no name in reverse DNS.",
                          "1 address (3 hits) is a loopback or local network address, with no "
                          "country.",
                          "1 client name (2 hits) is not an IP address: neither resolved nor "
                          "located."));
  EXPECT_EQ(server.Queries(), 4u);
}

TEST(Demographics, SaysWhatAnonymizedAddressesLimit) {
  DnsTestServer server(kNames);
  ReverseDns dns = Resolver(server);
  const GeoIp geoip = Countries();
  // As weblog::AnonymizeIp leaves them: an IPv4 /24 and an IPv6 /48, zero beyond.
  const Demographics found = Locate({{"192.0.2.0", 40, 0, 0},
                                     {"198.51.100.0", 30, 0, 0},
                                     {"2001:db8:1::", 20, 0, 0},
                                     {"203.0.113.7", 10, 0, 0}},
                                    {}, {&dns, &geoip});

  ASSERT_FALSE(found.notes.empty());
  const std::string& note = found.notes.front();
  EXPECT_THAT(note, HasSubstr("anonymized (3 of 4 addresses end in zeros"));
  EXPECT_THAT(note, HasSubstr("network's zero address"));
  EXPECT_THAT(note, HasSubstr("not the visitor's"));
  EXPECT_THAT(note, HasSubstr("Countries are those of the networks"));
  // Still asked: the names found are the networks' owners'.
  EXPECT_THAT(found.domains.rows, ElementsAre(Row("example.co.uk", 40u), Row("example.net", 20u)));
  EXPECT_THAT(found.countries.rows, ElementsAre(Row("Germany (DE)", 40u), Row("France (FR)", 30u),
                                                Row("Canada (CA)", 20u), Row("Japan (JP)", 10u)));
}

TEST(Demographics, TellsOfAnonymizationOnlyForWhatWasAsked) {
  const GeoIp geoip = Countries();
  const Demographics found =
      Locate({{"192.0.2.0", 1, 0, 0}, {"198.51.100.0", 1, 0, 0}}, {}, {nullptr, &geoip});
  ASSERT_EQ(found.notes.size(), 1u);
  EXPECT_THAT(found.notes[0], HasSubstr("Countries are those of the networks"));
  EXPECT_THAT(found.notes[0], testing::Not(HasSubstr("Reverse DNS")));
  EXPECT_THAT(found.domains.rows, IsEmpty());
}

TEST(Demographics, TakesAFewAddressesEndingInZeroForWhatTheyAre) {
  const GeoIp geoip = Countries();
  // One address in 256 ends in .0 without any anonymization.
  const Demographics found =
      Locate({{"192.0.2.0", 1, 0, 0}, {"192.0.2.1", 1, 0, 0}, {"192.0.2.2", 1, 0, 0}}, {},
             {nullptr, &geoip});
  EXPECT_THAT(found.notes, IsEmpty());
}

TEST(Demographics, SaysHowManyAddressesRanOutOfTime) {
  DnsTestServer server({}, DnsTestServer::Mode::kSilent);
  ReverseDns dns = Resolver(server);
  std::vector<Ranked> addresses;
  for (int i = 1; i <= 20; ++i) addresses.push_back({"192.0.2." + std::to_string(i), 1, 0, 0});

  const auto start = std::chrono::steady_clock::now();
  const Demographics found = Locate(addresses, {.dns_budget = milliseconds(250)}, {&dns, nullptr});
  EXPECT_LT(std::chrono::steady_clock::now() - start, milliseconds(250 + 400));

  EXPECT_THAT(found.domains.rows, IsEmpty());
  EXPECT_THAT(found.notes,
              ElementsAre("20 of 20 addresses (20 hits) not resolved within 250 ms, the time "
                          "allowed for reverse DNS: their domains are missing."));
}

TEST(Demographics, LooksUpTheAddressesWithMostHitsOnly) {
  DnsTestServer server(kNames);
  ReverseDns dns = Resolver(server);
  const Demographics found = Locate({{"192.0.2.12", 1, 0, 0},
                                     {"192.0.2.10", 9, 0, 0},
                                     {"192.0.2.11", 5, 0, 0},
                                     {"198.51.100.1", 2, 0, 0}},
                                    {.max_lookups = 2}, {&dns, nullptr});
  EXPECT_THAT(found.domains.rows, ElementsAre(Row("example.co.uk", 9u), Row("example.com", 5u)));
  EXPECT_THAT(found.notes, ElementsAre("Reverse DNS asked only for the 2 addresses with most "
                                       "hits: 2 addresses (3 hits) were not looked up."));
  EXPECT_EQ(server.Queries(), 2u);
}

TEST(Demographics, CutsEachTableToItsTopRows) {
  DnsTestServer server(kNames);
  ReverseDns dns = Resolver(server);
  const GeoIp geoip = Countries();
  const Demographics found = Locate({{"192.0.2.10", 9, 0, 0},
                                     {"192.0.2.11", 5, 0, 0},
                                     {"192.0.2.12", 2, 0, 0},
                                     {"198.51.100.1", 1, 0, 0}},
                                    {.top = 1}, {&dns, &geoip});
  EXPECT_THAT(found.domains.rows, ElementsAre(Row("example.co.uk", 9u)));
  EXPECT_EQ(found.domains.distinct, 3u);
  EXPECT_EQ(found.domains.more.hits, 7u);
  EXPECT_THAT(found.countries.rows, ElementsAre(Row("Germany (DE)", 16u)));
  EXPECT_EQ(found.countries.more.hits, 1u);
}

TEST(Demographics, IsEmptyWhenNothingIsAsked) {
  const auto found = Locate({{"192.0.2.0", 4, 0, 0}, {"-", 1, 0, 0}}, {});
  ASSERT_TRUE(found.ok());
  EXPECT_THAT(found->domains.rows, IsEmpty());
  EXPECT_THAT(found->countries.rows, IsEmpty());
  EXPECT_THAT(found->notes, IsEmpty());
}

TEST(Demographics, OpensTheDatabaseItIsGiven) {
  const auto found = Locate({{"203.0.113.9", 4, 0, 0}}, {.geoip_database = CountryDb().string()});
  ASSERT_TRUE(found.ok()) << found.status().message();
  EXPECT_THAT(found->countries.rows, ElementsAre(Row("Japan (JP)", 4u)));
  EXPECT_THAT(found->domains.rows, IsEmpty());  // reverse DNS is off by default
  EXPECT_THAT(found->notes, IsEmpty());

  const auto missing = Locate({{"203.0.113.9", 4, 0, 0}}, {.geoip_database = "/nonexistent.mmdb"});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_THAT(missing.status().message(), HasSubstr("/nonexistent.mmdb"));
}

}  // namespace
}  // namespace waymark::traffic
