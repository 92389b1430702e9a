#include "weblog/client_address.hpp"

#include "weblog/ip_address.hpp"

namespace waymark::weblog {

std::string_view ClientAddress(std::string_view peer, std::string_view forwarded_for,
                               const TrustedProxies& proxies) {
  if (proxies.Empty() || forwarded_for.empty()) return peer;
  const auto peer_address = ParseIp(peer);
  if (!peer_address || !proxies.Contains(*peer_address)) return peer;

  std::string_view leftmost = peer;
  while (!forwarded_for.empty()) {
    const auto comma = forwarded_for.rfind(',');
    const auto start = comma == std::string_view::npos ? 0 : comma + 1;
    const std::string_view entry = TrimBlanks(forwarded_for.substr(start));
    forwarded_for = forwarded_for.substr(0, comma == std::string_view::npos ? 0 : comma);
    if (entry.empty()) continue;

    const auto address = ParseIp(entry);
    if (!address) return peer;
    if (!proxies.Contains(*address)) return entry;
    leftmost = entry;
  }
  return leftmost;
}

}  // namespace waymark::weblog
