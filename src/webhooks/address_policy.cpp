#include "webhooks/address_policy.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>

namespace waymark::webhooks {
namespace {

namespace ip = boost::asio::ip;

struct Range {
  std::uint32_t first;  // the network's address, host order
  int prefix;           // its length in bits
  std::string_view kind;
};

constexpr std::uint32_t V4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d) {
  return (std::uint32_t{a} << 24) | (std::uint32_t{b} << 16) | (std::uint32_t{c} << 8) | d;
}

constexpr std::string_view kPrivate = "an address inside a private network";
constexpr std::string_view kDocumentation = "an address reserved for documentation";

// The IPv4 ranges no webhook goes to (RFC 6890's special-purpose registry, the parts that
// are not globally reachable). The broadcast address comes before 240/4, which holds it.
constexpr std::array<Range, 14> kRefusedV4{{
    {V4(0, 0, 0, 0), 32, "an unspecified address"},
    {V4(0, 0, 0, 0), 8, "an address of \"this network\" (0.0.0.0/8)"},
    {V4(127, 0, 0, 0), 8, "a loopback address"},
    {V4(10, 0, 0, 0), 8, kPrivate},
    {V4(172, 16, 0, 0), 12, kPrivate},
    {V4(192, 168, 0, 0), 16, kPrivate},
    {V4(100, 64, 0, 0), 10, "a shared address of a carrier-grade NAT"},
    {V4(169, 254, 0, 0), 16, "a link-local address"},
    {V4(192, 0, 0, 0), 24, "an address reserved for protocol assignments"},
    {V4(192, 0, 2, 0), 24, kDocumentation},
    {V4(198, 51, 100, 0), 24, kDocumentation},
    {V4(203, 0, 113, 0), 24, kDocumentation},
    {V4(198, 18, 0, 0), 15, "an address reserved for benchmarking"},
    {V4(255, 255, 255, 255), 32, "the broadcast address"},
}};

std::optional<std::string_view> NonPublicKindV4(const ip::address_v4& address) {
  const std::uint32_t bits = address.to_uint();
  for (const Range& range : kRefusedV4) {
    const std::uint32_t mask = range.prefix == 0 ? 0 : ~std::uint32_t{0} << (32 - range.prefix);
    if ((bits & mask) == range.first) return range.kind;
  }
  if (address.is_multicast()) return "a multicast address";  // 224/4
  if ((bits >> 28) == 0xf) return "a reserved address (240.0.0.0/4)";
  return std::nullopt;
}

ip::address_v4 V4At(const ip::address_v6::bytes_type& bytes, int at, std::uint8_t flip = 0) {
  return ip::address_v4(
      ip::address_v4::bytes_type{static_cast<unsigned char>(bytes[at] ^ flip),
                                 static_cast<unsigned char>(bytes[at + 1] ^ flip),
                                 static_cast<unsigned char>(bytes[at + 2] ^ flip),
                                 static_cast<unsigned char>(bytes[at + 3] ^ flip)});
}

bool StartsWith(const ip::address_v6::bytes_type& bytes,
                std::initializer_list<std::uint8_t> prefix) {
  return std::equal(prefix.begin(), prefix.end(), bytes.begin());
}

// The IPv4 address an IPv6 one reaches through, where it embeds one: ::ffff:a.b.c.d
// (mapped), ::a.b.c.d (compatible, deprecated but still routed by some stacks),
// ::ffff:0:a.b.c.d (translated, RFC 2765), 64:ff9b::a.b.c.d (NAT64, RFC 6052),
// 2002:AABB:CCDD::/48 (6to4) and 2001:0::/32 (Teredo: the client's address, inverted, in
// the last 32 bits).
std::optional<ip::address_v4> EmbeddedV4(const ip::address_v6& address) {
  const ip::address_v6::bytes_type bytes = address.to_bytes();
  if (StartsWith(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff})) return V4At(bytes, 12);
  if (StartsWith(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})) return V4At(bytes, 12);
  if (StartsWith(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0})) return V4At(bytes, 12);
  if (StartsWith(bytes, {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0})) return V4At(bytes, 12);
  if (StartsWith(bytes, {0x20, 0x02})) return V4At(bytes, 2);
  if (StartsWith(bytes, {0x20, 0x01, 0, 0})) return V4At(bytes, 12, 0xff);
  return std::nullopt;
}

std::optional<std::string_view> NonPublicKindV6(const ip::address_v6& address) {
  if (address.is_loopback()) return "a loopback address";
  if (address.is_unspecified()) return "an unspecified address";
  if (std::optional<ip::address_v4> v4 = EmbeddedV4(address)) return NonPublicKindV4(*v4);
  const ip::address_v6::bytes_type bytes = address.to_bytes();
  // Unique local (fc00::/7) and local-use NAT64 (64:ff9b:1::/48): the network's own.
  if ((bytes[0] & 0xfe) == 0xfc) return kPrivate;
  if (StartsWith(bytes, {0, 0x64, 0xff, 0x9b, 0, 0x01})) return kPrivate;
  if (address.is_link_local()) return "a link-local address";
  if (address.is_site_local()) return "a site-local address";
  if (address.is_multicast()) return "a multicast address";
  if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == 0xb8) {
    return kDocumentation;  // 2001:db8::/32
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string_view> NonPublicKind(const ip::address& address) {
  if (address.is_v4()) return NonPublicKindV4(address.to_v4());
  return NonPublicKindV6(address.to_v6());
}

ScreenedEndpoints ScreenEndpoints(const std::vector<ip::tcp::endpoint>& resolved,
                                  bool allow_private_networks) {
  ScreenedEndpoints screened;
  for (const ip::tcp::endpoint& endpoint : resolved) {
    if (allow_private_networks || IsPublicAddress(endpoint.address())) {
      screened.allowed.push_back(endpoint);
    } else if (!screened.refused) {
      screened.refused = endpoint.address();
    }
  }
  return screened;
}

}  // namespace waymark::webhooks
