#pragma once

#include <boost/asio/ip/address.hpp>
#include <optional>
#include <string_view>

namespace waymark::weblog {

// `text` as an IPv4 or IPv6 address, or nothing. Stricter than inet_pton alone: a zone
// ("fe80::1%eth0") is refused, since no client on the far side of a proxy has one and
// Boost would turn an unknown zone name into 0 rather than fail.
std::optional<boost::asio::ip::address> ParseIp(std::string_view text);

// `text` without the spaces and tabs that pad list elements in headers and settings.
std::string_view TrimBlanks(std::string_view text);

}  // namespace waymark::weblog
