#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace waymark::traffic {

// The domain a host name was registered under, by the Public Suffix List:
//   "crawl-192-0-2-1.crawler.example.com" -> "example.com",
//   "Host.Example.co.uk." -> "example.co.uk".
// Only the list's ICANN section counts: a cloud provider's customer zones (its private
// section) would otherwise give one row per customer host instead of one per provider.
// A name with nothing registrable in it (a single label such as "localhost", or a public
// suffix itself) is returned whole, lowercased. Nothing for an empty name or an IP literal.
std::optional<std::string> RegistrableDomain(std::string_view host);

}  // namespace waymark::traffic
