#include "http/origin_pattern.hpp"

#include <algorithm>
#include <cctype>

namespace waymark::http {
namespace {

struct Origin {
  std::string scheme;
  std::string host;  // lower-case; may start with "*." in a pattern
  std::string port;  // empty for the scheme's default
};

bool IsHostChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '.';
}

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "scheme://host[:port]" with nothing after, except one trailing '/' in a pattern.
std::optional<Origin> Split(std::string_view text, bool pattern, std::string& error) {
  const std::size_t separator = text.find("://");
  if (separator == std::string_view::npos) {
    error = "must be an origin such as https://app.example.com";
    return std::nullopt;
  }
  Origin origin{Lower(text.substr(0, separator)), {}, {}};
  if (origin.scheme != "https" && origin.scheme != "http") {
    error = "must start with https:// or http://";
    return std::nullopt;
  }
  std::string_view rest = text.substr(separator + 3);
  if (pattern && rest.ends_with('/')) rest.remove_suffix(1);
  if (const std::size_t colon = rest.rfind(':'); colon != std::string_view::npos) {
    std::string_view port = rest.substr(colon + 1);
    const bool digits =
        !port.empty() && port.size() <= 5 && std::all_of(port.begin(), port.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) != 0;
        });
    if (!digits || std::stoi(std::string(port)) > 65535) {
      error = "has a port that is not a number up to 65535";
      return std::nullopt;
    }
    origin.port = std::string(port);
    rest = rest.substr(0, colon);
  }
  const bool wildcard = pattern && rest.starts_with("*.");
  std::string_view host = wildcard ? rest.substr(2) : rest;
  if (host.empty() || host.front() == '.' || host.back() == '.' ||
      !std::all_of(host.begin(), host.end(), IsHostChar) || host.find("..") != host.npos) {
    error = "must name a host, with nothing after it but a port (no path, query or user)";
    return std::nullopt;
  }
  origin.host = (wildcard ? "*." : "") + Lower(host);
  const bool default_port = (origin.scheme == "https" && origin.port == "443") ||
                            (origin.scheme == "http" && origin.port == "80");
  if (default_port) origin.port.clear();
  return origin;
}

std::string Join(const Origin& origin) {
  std::string out = origin.scheme + "://" + origin.host;
  if (!origin.port.empty()) out += ":" + origin.port;
  return out;
}

bool Allows(const Origin& pattern, const Origin& origin) {
  if (pattern.scheme != origin.scheme || pattern.port != origin.port) return false;
  if (!pattern.host.starts_with("*.")) return pattern.host == origin.host;
  std::string_view suffix = std::string_view(pattern.host).substr(1);  // ".example.com"
  return origin.host.size() > suffix.size() && origin.host.ends_with(suffix);
}

}  // namespace

std::optional<std::string> CanonicalOriginPattern(std::string_view pattern, std::string& error) {
  auto origin = Split(pattern, true, error);
  if (!origin) return std::nullopt;
  return Join(*origin);
}

bool OriginAllowed(std::string_view origin, std::span<const std::string> patterns) {
  std::string ignored;
  auto caller = Split(origin, false, ignored);
  if (!caller || caller->host.starts_with("*.")) return false;
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& text) {
    auto pattern = Split(text, true, ignored);
    return pattern && Allows(*pattern, *caller);
  });
}

}  // namespace waymark::http
