#include "traffic/reverse_dns.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "traffic/dns_test_server.hpp"

namespace waymark::traffic {
namespace {

using std::chrono::milliseconds;
using Mode = DnsTestServer::Mode;

const std::map<std::string, std::string> kNames = {
    {"10.2.0.192.in-addr.arpa", "host1.example.co.uk"},
    {"11.2.0.192.in-addr.arpa", "crawl-192-0-2-11.crawler.example.com"},
    {"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa", "v6.example.org"},
};

ReverseDns Resolver(const DnsTestServer& server, ReverseDnsOptions options = {}) {
  options.servers = {server.Address()};
  options.hosts_file = false;
  auto dns = ReverseDns::Create(std::move(options));
  EXPECT_TRUE(dns.ok()) << dns.status().message();
  return std::move(dns).value();
}

TEST(ReverseDns, NamesIpv4AndIpv6AddressesThroughTheDnsServer) {
  DnsTestServer server(kNames);
  ReverseDns dns = Resolver(server);
  const Resolution found = dns.Resolve(
      {"192.0.2.10", "2001:db8::1", "192.0.2.99", "crawler.example.net", "::ffff:192.0.2.11"},
      milliseconds(5000));

  ASSERT_EQ(found.hosts.size(), 5u);
  EXPECT_EQ(found.hosts[0].outcome, Lookup::kNamed);
  EXPECT_EQ(found.hosts[0].name, "host1.example.co.uk");
  EXPECT_EQ(found.hosts[1].outcome, Lookup::kNamed);
  EXPECT_EQ(found.hosts[1].name, "v6.example.org");
  EXPECT_EQ(found.hosts[2].outcome, Lookup::kNoName);  // NXDOMAIN
  EXPECT_EQ(found.hosts[3].outcome, Lookup::kNotAnAddress);
  EXPECT_EQ(found.hosts[3].address, "crawler.example.net");
  EXPECT_EQ(found.hosts[4].outcome, Lookup::kNamed);  // the IPv4 address inside
  EXPECT_EQ(found.hosts[4].name, "crawl-192-0-2-11.crawler.example.com");
  EXPECT_EQ(found.queried, 4u);
  EXPECT_EQ(server.Queries(), 4u);
}

TEST(ReverseDns, AsksOnceForAnAddressGivenTwice) {
  DnsTestServer server(kNames);
  ReverseDns dns = Resolver(server);
  const Resolution found = dns.Resolve({"192.0.2.10", "::ffff:192.0.2.10"}, milliseconds(5000));
  EXPECT_EQ(found.hosts[1].name, "host1.example.co.uk");
  EXPECT_EQ(server.Queries(), 1u);
}

TEST(ReverseDns, AnswersTheSecondCallFromItsCache) {
  DnsTestServer server(kNames);
  ReverseDns dns = Resolver(server);
  const std::vector<std::string> addresses = {"192.0.2.10", "192.0.2.99", "2001:db8::1"};
  dns.Resolve(addresses, milliseconds(5000));
  ASSERT_EQ(server.Queries(), 3u);

  const Resolution again = dns.Resolve(addresses, milliseconds(5000));
  EXPECT_EQ(server.Queries(), 3u);
  EXPECT_EQ(again.queried, 0u);
  EXPECT_EQ(again.cached, 3u);
  EXPECT_EQ(again.hosts[0].name, "host1.example.co.uk");
  EXPECT_EQ(again.hosts[1].outcome, Lookup::kNoName);  // "no name" is remembered too
  EXPECT_EQ(again.hosts[2].name, "v6.example.org");
}

TEST(ReverseDns, AsksAgainOnceTheCacheHasForgotten) {
  DnsTestServer server(kNames);
  ReverseDns expiring = Resolver(server, {.cache_ttl = std::chrono::seconds(0)});
  expiring.Resolve({"192.0.2.10"}, milliseconds(5000));
  expiring.Resolve({"192.0.2.10"}, milliseconds(5000));
  EXPECT_EQ(server.Queries(), 2u);

  // A cache of one address keeps the latest answer only.
  ReverseDns small = Resolver(server, {.cache_limit = 1});
  small.Resolve({"192.0.2.10", "192.0.2.11"}, milliseconds(5000));
  EXPECT_EQ(small.Resolve({"192.0.2.11"}, milliseconds(5000)).cached, 1u);
  const Resolution evicted = small.Resolve({"192.0.2.10"}, milliseconds(5000));
  EXPECT_EQ(evicted.cached, 0u);
  EXPECT_EQ(evicted.queried, 1u);
  EXPECT_EQ(evicted.hosts[0].name, "host1.example.co.uk");
}

std::string NumberedHost(int i) {
  std::string host = "h";
  host += std::to_string(i);
  return host + ".example.com";
}

TEST(ReverseDns, ResolvesManyMoreAddressesThanItKeepsInFlight) {
  std::map<std::string, std::string> names;
  std::vector<std::string> addresses;
  for (int i = 0; i < 250; ++i) {
    const std::string third = std::to_string(i % 2 == 0 ? 2 : 3);
    addresses.push_back("192.0." + third + "." + std::to_string(i));
    names[std::to_string(i) + "." + third + ".0.192.in-addr.arpa"] = NumberedHost(i);
  }
  DnsTestServer server(names);
  ReverseDns dns = Resolver(server, {.concurrency = 8});
  const Resolution found = dns.Resolve(addresses, milliseconds(10000));
  for (int i = 0; i < 250; ++i) {
    EXPECT_EQ(found.hosts[i].outcome, Lookup::kNamed) << addresses[i];
    EXPECT_EQ(found.hosts[i].name, NumberedHost(i));
  }
  EXPECT_EQ(server.Queries(), 250u);
}

TEST(ReverseDns, StopsAtItsDeadlineWhenTheServerNeverAnswers) {
  DnsTestServer server({}, Mode::kSilent);
  ReverseDns dns = Resolver(server);
  std::vector<std::string> addresses;
  for (int i = 1; i <= 100; ++i) addresses.push_back("198.51.100." + std::to_string(i));

  const auto start = std::chrono::steady_clock::now();
  const Resolution found = dns.Resolve(addresses, milliseconds(300));
  const auto took = std::chrono::steady_clock::now() - start;

  EXPECT_GE(took, milliseconds(300));
  EXPECT_LT(took, milliseconds(300 + 400));
  for (const HostName& host : found.hosts) EXPECT_EQ(host.outcome, Lookup::kOutOfTime);
  EXPECT_EQ(found.queried, 64u);  // the default concurrency: none came back to make room

  // What ran out of time is not remembered: the next call asks again.
  const Resolution again = dns.Resolve({"198.51.100.1"}, milliseconds(100));
  EXPECT_EQ(again.cached, 0u);
  EXPECT_EQ(again.queried, 1u);
}

TEST(ReverseDns, ReportsServerFailuresWithoutRememberingThem) {
  DnsTestServer server(kNames, Mode::kServerFailure);
  ReverseDns dns = Resolver(server);
  const auto start = std::chrono::steady_clock::now();
  const Resolution found = dns.Resolve({"192.0.2.10"}, milliseconds(5000));
  EXPECT_LT(std::chrono::steady_clock::now() - start, milliseconds(2000));
  EXPECT_EQ(found.hosts[0].outcome, Lookup::kFailed);
  EXPECT_EQ(dns.Resolve({"192.0.2.10"}, milliseconds(5000)).cached, 0u);
}

// The first name /etc/hosts gives 127.0.0.1, as the resolver reads it.
std::string HostsFileName() {
  std::ifstream hosts("/etc/hosts");
  for (std::string line; std::getline(hosts, line);) {
    std::istringstream fields(line.substr(0, line.find('#')));
    std::string address, name;
    if (fields >> address >> name && address == "127.0.0.1") return name;
  }
  return {};
}

TEST(ReverseDns, ReadsTheHostsFileBeforeAskingTheServer) {
  const std::string expected = HostsFileName();
  ASSERT_FALSE(expected.empty()) << "/etc/hosts names no 127.0.0.1";
  DnsTestServer server(kNames);
  auto dns = ReverseDns::Create({.servers = {server.Address()}, .hosts_file = true});
  ASSERT_TRUE(dns.ok());
  const Resolution found = dns->Resolve({"127.0.0.1", "192.0.2.10"}, milliseconds(5000));
  EXPECT_EQ(found.hosts[0].outcome, Lookup::kNamed);
  EXPECT_EQ(found.hosts[0].name, expected);
  EXPECT_EQ(found.hosts[1].name, "host1.example.co.uk");  // not in the file: asked
  EXPECT_EQ(server.Queries(), 1u);

  // Without the file, the server is asked, and knows no name for it.
  ReverseDns dns_only = Resolver(server);
  EXPECT_EQ(dns_only.Resolve({"127.0.0.1"}, milliseconds(5000)).hosts[0].outcome, Lookup::kNoName);
  EXPECT_EQ(server.Queries(), 2u);
}

TEST(ReverseDns, RefusesAServerThatIsNotAnAddress) {
  const auto dns = ReverseDns::Create({.servers = {"dns.example.com:53"}});
  ASSERT_FALSE(dns.ok());
  EXPECT_EQ(dns.status().code(), Status::Code::kInvalid);
  EXPECT_NE(dns.status().message().find("dns.example.com"), std::string::npos);
}

}  // namespace
}  // namespace waymark::traffic
