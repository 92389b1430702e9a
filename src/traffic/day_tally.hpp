#pragma once

#include <array>
#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>
#include <cstdint>
#include <map>

#include "traffic/counter.hpp"
#include "traffic/log_line.hpp"

namespace waymark::traffic {

// How many distinct names one day keeps per table (see Counter).
struct TallyLimits {
  std::size_t urls = 50'000;
  std::size_t referrers = 10'000;
  std::size_t agents = 10'000;
  std::size_t addresses = 0;  // 0: addresses are not kept (demographics are off)
};

// One day of traffic: everything a report needs, none of the lines. Days add up: a
// visitor is an address and a user agent on one day (as GoAccess counts them), so the
// visitors of a range are the sum of its days'.
class DayTally {
 public:
  explicit DayTally(const TallyLimits& limits);

  void Add(const LogLine& line);
  // Forgets which visitors were seen (the largest part), once no more lines are expected
  // for this day. Lines added later still count, but every visitor in them counts as new.
  void Seal();

  std::uint64_t requests = 0;
  std::uint64_t bytes = 0;
  std::uint64_t visitors = 0;
  std::array<std::uint64_t, 24> hours{};
  std::map<unsigned, std::uint64_t> status;
  Counter pages;      // paths without their query (a query can carry a token) ...
  Counter files;      // ... and static files (by extension), apart as log readers show them
  Counter failures;   // "404 /path": the paths behind every 4xx and 5xx
  Counter referrers;  // the referring host
  Counter agents;     // the whole User-Agent; classified when a report is built
  Counter addresses;  // for demographics only

 private:
  bool CountsAsVisit(const LogLine& line);

  boost::unordered_flat_set<std::uint64_t> seen_;  // hashes of address + user agent
  bool keep_addresses_;
};

// Whether the path names a static file (a script, a style sheet, an image, a font ...).
bool IsStaticFile(std::string_view path);

// The path of a request target: no query, no fragment.
std::string_view PathOf(std::string_view target);

// The host of a referrer URL ("https://www.Example.com:8443/a?b" -> "www.example.com"),
// lower case, without port or user; empty for "-" and for what is not an absolute URL.
// `buffer` holds the lower-case copy when one is needed.
std::string_view ReferringHost(std::string_view referrer, std::string& buffer);

}  // namespace waymark::traffic
