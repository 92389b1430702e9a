#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

// Which web origins may call an API from a browser, as a list of patterns:
//   "https://app.example.com"    that origin exactly (scheme, host and port)
//   "https://*.example.com"      any subdomain of example.com, at any depth, over https,
//                                but not example.com itself (list it too when it should)
//   "http://localhost:8081"      a port is part of the origin
// Hosts compare case-insensitively; a default port may be written or not.
namespace waymark::http {

// The pattern in its canonical form (lower-case, no default port, no trailing slash), or
// nullopt with `error` set when it is not an origin pattern.
std::optional<std::string> CanonicalOriginPattern(std::string_view pattern, std::string& error);

// Whether the Origin header `origin` is one `patterns` (canonical) allow. "null" and
// malformed origins never are.
bool OriginAllowed(std::string_view origin, std::span<const std::string> patterns);

}  // namespace waymark::http
