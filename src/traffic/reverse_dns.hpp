#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/status.hpp"

namespace waymark::traffic {

struct ReverseDnsOptions {
  // "address[:port]" of the DNS servers to ask ("127.0.0.1:5353", "[::1]:53"); empty: the
  // system's, from /etc/resolv.conf.
  std::vector<std::string> servers;
  bool hosts_file = true;        // look in /etc/hosts before asking (127.0.0.1 -> localhost)
  std::size_t concurrency = 64;  // queries in flight at once
  std::chrono::milliseconds attempt_timeout{1000};  // per try, doubled on each retry
  int tries = 3;
  std::size_t cache_limit = 100'000;  // addresses remembered
  std::chrono::seconds cache_ttl{3600};
};

enum class Lookup {
  kNamed,         // the address has a name
  kNoName,        // the DNS says it has none
  kFailed,        // the DNS did not say: a server error, or no answer after every try
  kOutOfTime,     // still unanswered when the time allowed ran out
  kNotAnAddress,  // not an IP address, never asked
};

struct HostName {
  std::string address;  // as given
  Lookup outcome = Lookup::kNotAnAddress;
  std::string name;  // when kNamed
};

struct Resolution {
  std::vector<HostName> hosts;  // one for each address given, in the same order
  std::size_t queried = 0;      // distinct addresses asked of the DNS
  std::size_t cached = 0;       // addresses answered from the cache
};

// Names IPv4 and IPv6 addresses by their PTR records, many at once, within one deadline.
// Names and "no name" answers are remembered (bounded, for `cache_ttl`), so a long-lived
// server asks the DNS once an hour at most for each address. Resolve blocks its thread
// for up to `budget`: call it off any I/O thread. Safe to call from several threads.
class ReverseDns {
 public:
  // Fails when `options` are unusable (a server that is not an address).
  static Result<ReverseDns> Create(ReverseDnsOptions options = {});

  ReverseDns(ReverseDns&&) noexcept;
  ReverseDns& operator=(ReverseDns&&) noexcept;
  ~ReverseDns();

  // Asks for every address at once (at most `concurrency` in flight); whatever is not
  // answered within `budget` is cancelled and reported kOutOfTime.
  Resolution Resolve(const std::vector<std::string>& addresses, std::chrono::milliseconds budget);

 private:
  class Cache;
  ReverseDns(ReverseDnsOptions options, std::unique_ptr<Cache> cache);

  ReverseDnsOptions options_;
  std::unique_ptr<Cache> cache_;
};

}  // namespace waymark::traffic
