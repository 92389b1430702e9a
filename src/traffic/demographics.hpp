#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "core/status.hpp"
#include "traffic/geoip.hpp"
#include "traffic/report.hpp"
#include "traffic/reverse_dns.hpp"

namespace waymark::traffic {

// The broad demographics the cookie policy promises: the domains visitors come from and
// their countries. Both are off by default: reverse DNS sends the visitors' addresses to a
// DNS server and takes time, and countries need a database the operator provides.
struct DemographicsOptions {
  bool reverse_dns = false;
  std::string geoip_database;                  // an .mmdb country database; empty: no countries
  std::chrono::milliseconds dns_budget{5000};  // for all lookups together
  std::size_t top = 20;                        // rows in each table
  std::size_t max_lookups = 1000;  // reverse DNS for this many addresses, those with most hits
};

// What a caller may keep from one report to the next: a resolver and its cache, an opened
// database. Either may be null, which leaves its table empty.
struct Locators {
  ReverseDns* dns = nullptr;
  const GeoIp* geoip = nullptr;
};

// Domains and countries of `addresses` (an address and what it counted, as in the log),
// ranked by hits, with notes that say plainly what limited them: anonymized addresses,
// the time allowed, addresses not looked up, addresses with no name or no country.
// Countries are looked up for every address; reverse DNS for the `max_lookups` with most
// hits, within `dns_budget`.
Demographics Locate(const std::vector<Ranked>& addresses, const DemographicsOptions& options,
                    const Locators& locators);

// The same with what `options` ask for: a fresh resolver of the system's DNS servers when
// `reverse_dns`, the database at `geoip_database` when one is named. Fails when that
// database cannot be opened (see GeoIp::Open).
Result<Demographics> Locate(const std::vector<Ranked>& addresses,
                            const DemographicsOptions& options);

}  // namespace waymark::traffic
