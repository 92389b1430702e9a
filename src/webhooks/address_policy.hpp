#pragma once

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <optional>
#include <string_view>
#include <vector>

// Which addresses webhooks may be delivered to. A webhook's URL is written by a project's
// admin, not by whoever runs the server: left alone, it could make the server POST to
// services only the server can reach (a database on 127.0.0.1, a cloud's metadata at
// 169.254.169.254) and show their answers in the delivery log. So deliveries go to public
// addresses only, unless the operator allows private networks
// (webhooks.allow_private_networks).
namespace waymark::webhooks {

// What kind of non-public address `address` is, in words fit for a message ("a loopback
// address"), or nullopt for a public one. Refused: loopback, unspecified, 0.0.0.0/8,
// private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10),
// link-local (169.254/16, fe80::/10), site-local (fec0::/10), multicast, broadcast,
// reserved (240/4, 192.0.0/24), documentation (192.0.2/24, 198.51.100/24, 203.0.113/24,
// 2001:db8::/32) and benchmarking (198.18/15) ranges, local-use NAT64 (64:ff9b:1::/48),
// and IPv6 addresses that reach a refused IPv4 one they embed (mapped ::ffff:a.b.c.d,
// compatible ::a.b.c.d, translated ::ffff:0:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16,
// Teredo 2001::/32).
std::optional<std::string_view> NonPublicKind(const boost::asio::ip::address& address);

inline bool IsPublicAddress(const boost::asio::ip::address& address) {
  return !NonPublicKind(address);
}

// The resolved endpoints a delivery may connect to, and the first one it may not, when
// some are refused. With `allow_private_networks`, every endpoint is allowed.
struct ScreenedEndpoints {
  std::vector<boost::asio::ip::tcp::endpoint> allowed;
  std::optional<boost::asio::ip::address> refused;
};
ScreenedEndpoints ScreenEndpoints(const std::vector<boost::asio::ip::tcp::endpoint>& resolved,
                                  bool allow_private_networks);

}  // namespace waymark::webhooks
