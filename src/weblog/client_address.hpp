#pragma once

#include <string_view>

#include "weblog/trusted_proxies.hpp"

namespace waymark::weblog {

// The address to log as the client. X-Forwarded-For is anyone's to write, so it counts
// only when the TCP peer is a trusted proxy; then the list is walked right to left, past
// the trusted proxies that appended to it, and the first address not trusted is the
// client. When every entry is trusted the leftmost is taken. A malformed entry met on the
// way (a port, a host name, a zone) means the chain cannot be believed: the peer is
// returned. Empty list elements are skipped, as RFC 9110 asks of list recipients.
//
// `forwarded_for` is every X-Forwarded-For field joined with ",". The result views `peer`
// or `forwarded_for`, so it must not outlive them; it allocates nothing.
std::string_view ClientAddress(std::string_view peer, std::string_view forwarded_for,
                               const TrustedProxies& proxies);

}  // namespace waymark::weblog
