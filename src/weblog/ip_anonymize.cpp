#include "weblog/ip_anonymize.hpp"

#include <algorithm>

#include "weblog/ip_address.hpp"

namespace waymark::weblog {

std::string AnonymizeIp(std::string_view ip) {
  // Asio prints a link-local peer with its zone ("fe80::1%eth0"); the zone says which of
  // our interfaces, nothing about the client, and would stop ParseIp.
  const auto address = ParseIp(ip.substr(0, ip.find('%')));
  if (!address) return std::string(ip);

  if (address->is_v4()) {
    auto bytes = address->to_v4().to_bytes();
    bytes[3] = 0;
    return boost::asio::ip::address_v4(bytes).to_string();
  }
  const auto v6 = address->to_v6();
  auto bytes = v6.to_bytes();
  if (v6.is_v4_mapped()) {
    bytes[15] = 0;
  } else {
    std::fill(bytes.begin() + 6, bytes.end(), 0);  // keep 48 bits
  }
  return boost::asio::ip::address_v6(bytes).to_string();
}

}  // namespace waymark::weblog
