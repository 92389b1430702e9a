#include "targeting/url_rules.hpp"

#include <re2/re2.h>

namespace waymark::targeting {
namespace {

// A URL in the parts `equals` compares: the fragment dropped, the path without one
// trailing slash, and the query.
struct UrlParts {
  std::string_view path;
  std::string_view query;
};

UrlParts Split(std::string_view url) {
  url = url.substr(0, url.find('#'));
  const std::size_t query_at = std::min(url.find('?'), url.size());
  UrlParts parts{url.substr(0, query_at), url.substr(query_at)};
  if (parts.path.ends_with('/')) parts.path.remove_suffix(1);
  return parts;
}

bool SameUrl(std::string_view a, std::string_view b) {
  const UrlParts left = Split(a);
  const UrlParts right = Split(b);
  return left.path == right.path && left.query == right.query;
}

}  // namespace

UrlRule::UrlRule() = default;
UrlRule::UrlRule(UrlRule&&) noexcept = default;
UrlRule& UrlRule::operator=(UrlRule&&) noexcept = default;
UrlRule::~UrlRule() = default;

bool Matches(const UrlRule& rule, std::string_view url) {
  switch (rule.op) {
    case UrlOp::kEquals:
      return SameUrl(url, rule.value);
    case UrlOp::kStartsWith:
      return url.starts_with(rule.value);
    case UrlOp::kContains:
      return url.find(rule.value) != std::string_view::npos;
    case UrlOp::kRegex:
      return rule.regex != nullptr &&
             RE2::PartialMatch(re2::StringPiece(url.data(), url.size()), *rule.regex);
  }
  return false;
}

bool MatchesAny(std::span<const UrlRule> rules, std::string_view url) {
  if (rules.empty()) return true;
  for (const UrlRule& rule : rules) {
    if (Matches(rule, url)) return true;
  }
  return false;
}

}  // namespace waymark::targeting
