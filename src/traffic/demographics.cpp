#include "traffic/demographics.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "traffic/number_format.hpp"
#include "traffic/registrable_domain.hpp"
#include "traffic/visitor_address.hpp"

namespace waymark::traffic {
namespace {

// One distinct address of the log and what it counted.
struct Visitor {
  std::string address;  // as printed by VisitorAddress, one spelling for each
  Count count;
  bool local = false;
  bool anonymized = false;
};

// Addresses set aside for one reason, to be told in a note.
struct Aside {
  std::size_t addresses = 0;
  Count count;

  void Add(const Count& more) {
    ++addresses;
    count += more;
  }
};

std::string Addresses(std::uint64_t n) {
  return Thousands(n) + (n == 1 ? " address" : " addresses");
}

std::string Hits(std::uint64_t n) {
  return Thousands(n) + (n == 1 ? " hit" : " hits");
}

// "1,234 addresses (5,678 hits)"
std::string Described(const Aside& aside) {
  return Addresses(aside.addresses) + " (" + Hits(aside.count.hits) + ")";
}

// "5 s", "1.5 s", "300 ms": the time allowed, as a note gives it.
std::string Duration(std::chrono::milliseconds budget) {
  const auto ms = budget.count();
  if (ms % 1000 == 0) return std::to_string(ms / 1000) + " s";
  if (ms < 1000 || ms % 100 != 0) return std::to_string(ms) + " ms";
  return std::to_string(ms / 1000) + "." + std::to_string(ms % 1000 / 100) + " s";
}

// The log's addresses merged by spelling ("::ffff:192.0.2.1" is 192.0.2.1), those with
// most hits first; what is not an IP address goes to `not_addresses`.
std::vector<Visitor> Visitors(const std::vector<Ranked>& rows, Aside& not_addresses) {
  std::vector<Visitor> visitors;
  std::unordered_map<std::string, std::size_t> index;
  for (const Ranked& row : rows) {
    const Count count{row.hits, row.bytes, row.visitors};
    const auto address = VisitorAddress(row.name);
    if (!address) {
      not_addresses.Add(count);
      continue;
    }
    const auto [slot, fresh] = index.try_emplace(address->to_string(), visitors.size());
    if (fresh) {
      visitors.push_back({slot->first, {}, IsLocal(*address), LooksAnonymized(*address)});
    }
    visitors[slot->second].count += count;
  }
  std::sort(visitors.begin(), visitors.end(), [](const Visitor& a, const Visitor& b) {
    return a.count.hits != b.count.hits ? a.count.hits > b.count.hits : a.address < b.address;
  });
  return visitors;
}

RankedTable Table(const std::unordered_map<std::string, Count>& counts, std::size_t top) {
  std::vector<Ranked> rows;
  rows.reserve(counts.size());
  for (const auto& [name, count] : counts) {
    rows.push_back({name, count.hits, count.bytes, count.visitors});
  }
  return Rank(std::move(rows), top);
}

// When most addresses end in zeros, the log was written with IP anonymization on, and
// both tables describe networks rather than visitors. Reverse DNS is still asked: the
// name of a network's zero address, when it has one, is its owner's (an ISP, a company),
// which is the broad "domain a visitor comes from" and no more; the time budget bounds
// what asking costs when, as is usual, there is no name.
void NoteAnonymization(const std::vector<Visitor>& visitors, const Locators& locators,
                       std::vector<std::string>& notes) {
  const auto anonymized = static_cast<std::size_t>(std::count_if(
      visitors.begin(), visitors.end(), [](const Visitor& v) { return v.anonymized; }));
  if (anonymized == 0 || anonymized * 2 <= visitors.size()) return;
  std::string note = "The log's addresses are anonymized (" + Thousands(anonymized) + " of " +
                     Addresses(visitors.size()) +
                     " end in zeros, as IP anonymization leaves them), which limits what follows.";
  if (locators.dns != nullptr) {
    note +=
        " Reverse DNS can only ask for each network's zero address (a.b.c.0, or the start of an "
        "IPv6 /48), not for the visitor's own: most such addresses have no name, and a name "
        "found is that of the network's owner, such as an ISP or a company, not the visitor's.";
  }
  if (locators.geoip != nullptr) {
    note +=
        " Countries are those of the networks (/24 for IPv4, /48 for IPv6) and remain right in "
        "most cases, since networks that small seldom span a border.";
  }
  notes.push_back(std::move(note));
}

// A country as its table shows it: "Germany (DE)", or the code alone without a name.
std::string CountryLabel(const CountryName& country) {
  return country.english.empty() ? country.iso_code
                                 : country.english + " (" + country.iso_code + ")";
}

void LocateCountries(const std::vector<Visitor>& visitors, const GeoIp& geoip, std::size_t top,
                     Demographics& found) {
  std::unordered_map<std::string, Count> countries;
  Aside local, unknown;
  for (const Visitor& visitor : visitors) {
    if (visitor.local) {
      local.Add(visitor.count);
    } else if (const auto country = geoip.CountryOf(visitor.address)) {
      countries[CountryLabel(*country)] += visitor.count;
    } else {
      unknown.Add(visitor.count);
    }
  }
  found.countries = Table(countries, top);
  if (local.addresses > 0) {
    found.notes.push_back(Described(local) +
                          (local.addresses == 1 ? " is a loopback or local network address"
                                                : " are loopback or local network addresses") +
                          ", with no country.");
  }
  if (unknown.addresses > 0) {
    found.notes.push_back(Described(unknown) + (unknown.addresses == 1 ? " is" : " are") +
                          " not in the country database.");
  }
}

void LocateDomains(const std::vector<Visitor>& visitors, ReverseDns& dns,
                   const DemographicsOptions& options, Demographics& found) {
  const std::size_t asked = std::min(options.max_lookups, visitors.size());
  std::vector<std::string> addresses;
  addresses.reserve(asked);
  for (std::size_t i = 0; i < asked; ++i) addresses.push_back(visitors[i].address);
  const Resolution resolution = dns.Resolve(addresses, options.dns_budget);

  std::unordered_map<std::string, Count> domains;
  Aside nameless, failed, late, beyond;
  for (std::size_t i = 0; i < asked; ++i) {
    const HostName& host = resolution.hosts[i];
    const auto domain =
        host.outcome == Lookup::kNamed ? RegistrableDomain(host.name) : std::nullopt;
    if (domain) {
      domains[*domain] += visitors[i].count;
    } else if (host.outcome == Lookup::kOutOfTime) {
      late.Add(visitors[i].count);
    } else if (host.outcome == Lookup::kFailed) {
      failed.Add(visitors[i].count);
    } else {
      nameless.Add(visitors[i].count);  // no PTR record, or one that names no host
    }
  }
  for (std::size_t i = asked; i < visitors.size(); ++i) beyond.Add(visitors[i].count);
  found.domains = Table(domains, options.top);

  if (beyond.addresses > 0) {
    found.notes.push_back("Reverse DNS asked only for the " + Addresses(asked) +
                          " with most hits: " + Described(beyond) + " were not looked up.");
  }
  if (late.addresses > 0) {
    found.notes.push_back(Thousands(late.addresses) + " of " + Addresses(asked) + " (" +
                          Hits(late.count.hits) + ") not resolved within " +
                          Duration(options.dns_budget) +
                          ", the time allowed for reverse DNS: their domains are missing.");
  }
  if (failed.addresses > 0) {
    found.notes.push_back(Described(failed) +
                          " could not be resolved: the DNS server failed or did not answer.");
  }
  if (nameless.addresses > 0) {
    found.notes.push_back(Described(nameless) + (nameless.addresses == 1 ? " has" : " have") +
                          " no name in reverse DNS.");
  }
}

}  // namespace

Demographics Locate(const std::vector<Ranked>& addresses, const DemographicsOptions& options,
                    const Locators& locators) {
  Demographics found;
  if (locators.dns == nullptr && locators.geoip == nullptr) return found;  // nothing asked
  Aside not_addresses;
  const std::vector<Visitor> visitors = Visitors(addresses, not_addresses);
  NoteAnonymization(visitors, locators, found.notes);
  if (locators.dns != nullptr) LocateDomains(visitors, *locators.dns, options, found);
  if (locators.geoip != nullptr) LocateCountries(visitors, *locators.geoip, options.top, found);
  if (not_addresses.addresses > 0) {
    const bool one = not_addresses.addresses == 1;
    found.notes.push_back(Thousands(not_addresses.addresses) +
                          (one ? " client name (" : " client names (") +
                          Hits(not_addresses.count.hits) +
                          (one ? ") is not an IP address" : ") are not IP addresses") +
                          ": neither resolved nor located.");
  }
  return found;
}

Result<Demographics> Locate(const std::vector<Ranked>& addresses,
                            const DemographicsOptions& options) {
  std::optional<GeoIp> geoip;
  if (!options.geoip_database.empty()) {
    auto opened = GeoIp::Open(options.geoip_database);
    if (!opened.ok()) return opened.status();
    geoip.emplace(std::move(opened).value());
  }
  std::optional<ReverseDns> dns;
  if (options.reverse_dns) {
    auto created = ReverseDns::Create();
    if (!created.ok()) return created.status();
    dns.emplace(std::move(created).value());
  }
  return Locate(addresses, options, {dns ? &*dns : nullptr, geoip ? &*geoip : nullptr});
}

}  // namespace waymark::traffic
