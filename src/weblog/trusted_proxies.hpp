#pragma once

#include <array>
#include <boost/asio/ip/address.hpp>
#include <span>
#include <string>
#include <vector>

#include "core/status.hpp"

namespace waymark::weblog {

// The proxies and load balancers whose X-Forwarded-For we believe: a set of addresses and
// CIDR networks, IPv4 and IPv6. An IPv4 entry also matches the same address seen as
// IPv4-mapped IPv6 (a dual-stack socket reports "::ffff:10.0.0.1"); an IPv6 entry never
// matches a plain IPv4 peer, as in nginx's set_real_ip_from.
class TrustedProxies {
 public:
  TrustedProxies() = default;  // trusts nobody

  // Entries such as "10.0.0.0/8", "192.168.1.7", "fd00::/8". Host bits below the prefix
  // are ignored ("10.1.2.3/8" is 10.0.0.0/8). The error names the first bad entry.
  static Result<TrustedProxies> Parse(std::span<const std::string> entries);

  bool Contains(const boost::asio::ip::address& address) const;
  bool Empty() const { return networks_.empty(); }

 private:
  struct Network {
    std::array<unsigned char, 16> bytes;  // IPv4 stored IPv4-mapped
    unsigned prefix_bits;                 // over all 128 bits
    bool v4;
  };

  std::vector<Network> networks_;
};

}  // namespace waymark::weblog
