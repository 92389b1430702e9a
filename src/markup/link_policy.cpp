#include "markup/link_policy.hpp"

#include <algorithm>
#include <array>

namespace waymark::markup {
namespace {

constexpr std::array<std::string_view, 3> kAllowedSchemes = {"http", "https", "mailto"};

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    return lower(x) == lower(y);
  });
}

bool HasControl(std::string_view url) {
  return std::any_of(url.begin(), url.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

}  // namespace

bool IsAllowedMarkdownUrl(std::string_view url) {
  if (HasControl(url)) return false;
  // RFC 3986: a ':' before any '/', '?' or '#' ends a scheme; without one the reference is
  // relative. Whatever precedes that ':' ("java\tscript", " javascript") must be allowed.
  const std::size_t end = url.find_first_of(":/?#");
  if (end == std::string_view::npos || url[end] != ':') return true;
  const std::string_view scheme = url.substr(0, end);
  return std::any_of(
      kAllowedSchemes.begin(), kAllowedSchemes.end(),
      [scheme](std::string_view allowed) { return EqualsIgnoringAsciiCase(scheme, allowed); });
}

}  // namespace waymark::markup
