#pragma once

#include <string>
#include <string_view>

namespace waymark::weblog {

// The address with its host part zeroed, for logs that must not hold a full IP:
//   IPv4: the last octet ("1.2.3.4" -> "1.2.3.0"), the usual /24 that Google Analytics and
//         Matomo use;
//   IPv6: the last 80 bits, keeping the /48 a site is typically given ("2001:db8:1::/48");
//   IPv4-mapped IPv6 ("::ffff:1.2.3.4"): treated as the IPv4 it carries ("::ffff:1.2.3.0"),
//         since zeroing 80 bits would erase the address and its marker alike.
// A zone ("%eth0") is dropped. Anything that is not an IP address is returned unchanged.
std::string AnonymizeIp(std::string_view ip);

}  // namespace waymark::weblog
