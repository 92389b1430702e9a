#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

// Where a webhook POSTs: what the API accepts as a webhook's URL, and its parts as the
// sender needs them.
namespace waymark::webhooks {

inline constexpr std::size_t kMaxUrlBytes = 2048;

struct TargetUrl {
  bool tls = false;         // https
  std::string host;         // to resolve and, over TLS, to verify and send as SNI
  std::uint16_t port = 0;   // the scheme's default when the URL names none
  std::string host_header;  // the Host header: the URL's host and port as written
  std::string target;       // path and query, "/" at least
};

// An absolute http: or https: URL with a host, at most kMaxUrlBytes, without whitespace,
// control characters, credentials (user:password@) or a #fragment. Otherwise why not, in
// words fit for a problem+json answer.
std::variant<TargetUrl, std::string> ParseTargetUrl(std::string_view url);

// When the URL's host is an IP address that webhooks are not delivered to
// (address_policy.hpp), why not, in words fit for a problem+json answer; nullopt otherwise.
// A host name is not resolved here: what it resolves to may change, so the sender checks
// it at each delivery.
std::optional<std::string> NonPublicHostRefusal(const TargetUrl& url);

}  // namespace waymark::webhooks
