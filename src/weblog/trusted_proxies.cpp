#include "weblog/trusted_proxies.hpp"

#include <charconv>

#include "weblog/ip_address.hpp"

namespace waymark::weblog {
namespace {

using Bytes = std::array<unsigned char, 16>;

Bytes V6Bytes(const boost::asio::ip::address& address) {
  if (address.is_v4()) {
    return boost::asio::ip::make_address_v6(boost::asio::ip::v4_mapped, address.to_v4()).to_bytes();
  }
  return address.to_v6().to_bytes();
}

bool SamePrefix(const Bytes& a, const Bytes& b, unsigned bits) {
  unsigned i = 0;
  for (; bits >= 8; bits -= 8, ++i) {
    if (a[i] != b[i]) return false;
  }
  const auto mask = static_cast<unsigned char>(0xFF00 >> bits);
  return bits == 0 || (a[i] & mask) == (b[i] & mask);
}

Status BadEntry(std::string_view entry, std::string_view why) {
  return Status::Invalid("trusted proxy \"" + std::string(entry) + "\": " + std::string(why));
}

}  // namespace

Result<TrustedProxies> TrustedProxies::Parse(std::span<const std::string> entries) {
  TrustedProxies proxies;
  for (const std::string& entry : entries) {
    const std::string_view text = TrimBlanks(entry);
    const auto slash = text.find('/');
    const auto address = ParseIp(text.substr(0, slash));
    if (!address) return BadEntry(entry, "not an IP address or CIDR network");

    const unsigned max_bits = address->is_v4() ? 32 : 128;
    unsigned bits = max_bits;
    if (slash != std::string_view::npos) {
      const std::string_view digits = text.substr(slash + 1);
      const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), bits);
      if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() ||
          bits > max_bits) {
        return BadEntry(entry, "prefix length must be 0-" + std::to_string(max_bits));
      }
    }
    const bool v4 = address->is_v4();
    proxies.networks_.push_back({V6Bytes(*address), v4 ? 96 + bits : bits, v4});
  }
  return proxies;
}

bool TrustedProxies::Contains(const boost::asio::ip::address& address) const {
  const Bytes bytes = V6Bytes(address);
  for (const Network& network : networks_) {
    if (address.is_v4() && !network.v4) continue;
    if (SamePrefix(bytes, network.bytes, network.prefix_bits)) return true;
  }
  return false;
}

}  // namespace waymark::weblog
