#include "traffic/visitor_address.hpp"

#include <algorithm>

#include "weblog/ip_address.hpp"

namespace waymark::traffic {

namespace ip = boost::asio::ip;

std::optional<ip::address> VisitorAddress(std::string_view text) {
  auto address = weblog::ParseIp(text);
  if (address && address->is_v6() && address->to_v6().is_v4_mapped()) {
    return ip::make_address_v4(ip::v4_mapped, address->to_v6());
  }
  return address;
}

bool LooksAnonymized(const ip::address& address) {
  if (address.is_v4()) return address.to_v4().to_bytes()[3] == 0;
  const auto bytes = address.to_v6().to_bytes();
  return std::all_of(bytes.begin() + 6, bytes.end(), [](unsigned char b) { return b == 0; });
}

bool IsLocal(const ip::address& address) {
  if (address.is_unspecified() || address.is_loopback()) return true;
  if (address.is_v4()) {
    const auto b = address.to_v4().to_bytes();
    return b[0] == 10 || (b[0] == 172 && (b[1] & 0xf0) == 16) || (b[0] == 192 && b[1] == 168) ||
           (b[0] == 169 && b[1] == 254) || (b[0] == 100 && (b[1] & 0xc0) == 64);
  }
  const auto v6 = address.to_v6();
  return v6.is_link_local() || (v6.to_bytes()[0] & 0xfe) == 0xfc;
}

}  // namespace waymark::traffic
