#pragma once

#include <boost/asio/ip/address.hpp>
#include <optional>
#include <string_view>

namespace waymark::traffic {

// A visitor's address from a log line, or nothing when it is not an IP address. An
// IPv4-mapped IPv6 address ("::ffff:192.0.2.1", what a dual-stack socket reports) is
// returned as the IPv4 address it carries, so that both spellings count as one visitor.
std::optional<boost::asio::ip::address> VisitorAddress(std::string_view text);

// Whether the address has the host part that IP anonymization zeroes (see
// weblog/ip_anonymize.hpp): the last octet of an IPv4 address, the last 80 bits of IPv6.
// One real address in 256 ends in .0 too, so only a whole log's share of them says much.
bool LooksAnonymized(const boost::asio::ip::address& address);

// Whether the address belongs to no place on the public Internet: loopback, private
// (10/8, 172.16/12, 192.168/16, fc00::/7), link-local, carrier-grade NAT, unspecified.
bool IsLocal(const boost::asio::ip::address& address);

}  // namespace waymark::traffic
