#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "targeting/json_reader.hpp"

namespace re2 {
class RE2;
}

// Where an interaction may show: {"rules": [{"op": ..., "value": ...}, ...]}, 0 to 20 rules,
// matched against the page's full URL. No rule means everywhere; otherwise a URL must
// match at least one rule:
//   equals       the same URL, ignoring the fragment and one trailing slash of the path
//                ("https://a.com/pricing/#faq" equals "https://a.com/pricing");
//   starts_with  the URL begins with the value;
//   contains     the URL holds the value;
//   regex        RE2 finds the pattern anywhere in the URL (anchor it with ^ and $ to match
//                the whole). RE2 runs in linear time, so no pattern can hang the server.
// All comparisons are byte for byte (so case-sensitive).
namespace waymark::targeting {

inline constexpr std::size_t kMaxUrlRules = 20;
inline constexpr std::size_t kMaxUrlValueBytes = 1000;
// What one pattern may take to compile; the longest sensible URL pattern needs far less.
inline constexpr std::int64_t kRegexMaxMemory = 256 * 1024;

enum class UrlOp : std::uint8_t { kEquals, kStartsWith, kContains, kRegex };

// One compiled rule. Move-only, since it owns its compiled pattern; safe to match from many
// threads at once (RE2 is).
struct UrlRule {
  UrlOp op = UrlOp::kEquals;
  std::string value;
  std::unique_ptr<const re2::RE2> regex;  // for UrlOp::kRegex only

  UrlRule();
  UrlRule(UrlRule&&) noexcept;
  UrlRule& operator=(UrlRule&&) noexcept;
  ~UrlRule();
};

bool Matches(const UrlRule& rule, std::string_view url);
// Whether `url` passes `rules`: true when there are none.
bool MatchesAny(std::span<const UrlRule> rules, std::string_view url);

// The "where" object at `path`; its patterns are compiled here, once.
std::optional<std::vector<UrlRule>> ParseWhere(const boost::json::value& json,
                                               std::string_view path, ErrorList& errors);
// {"rules": [...]}, as ParseWhere reads it.
boost::json::value WhereJson(std::span<const UrlRule> rules);

}  // namespace waymark::targeting
