#include <re2/re2.h>

#include <algorithm>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "targeting/url_rules.hpp"

namespace waymark::targeting {
namespace {

constexpr std::string_view kOpNames[] = {"equals", "starts_with", "contains", "regex"};

// The pattern compiled once, for every later match; nullptr after recording why it cannot be.
std::unique_ptr<const re2::RE2> Compile(std::string_view pattern, Members& members) {
  RE2::Options options;
  options.set_max_mem(kRegexMaxMemory);
  options.set_log_errors(false);  // a maker's typo is their error, not the server's log
  auto regex =
      std::make_unique<const RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
  if (regex->ok()) return regex;
  members.Fail("value", "is not a usable regular expression: " + regex->error());
  return nullptr;
}

std::optional<UrlRule> ParseRule(const boost::json::value& json, const std::string& path,
                                 ErrorList& errors) {
  const boost::json::object* object = ObjectAt(json, path, errors);
  if (object == nullptr) return std::nullopt;
  Members members(*object, path, errors);
  auto op = members.Choice("op", {"equals", "starts_with", "contains", "regex"});
  std::optional<std::string_view> value = members.Text("value", 1, kMaxUrlValueBytes);
  members.RejectOthers();
  if (!op || !value || !members.clean()) return std::nullopt;
  UrlRule rule;
  rule.op = UrlOp(std::find(std::begin(kOpNames), std::end(kOpNames), *op) - kOpNames);
  rule.value = *value;
  if (rule.op == UrlOp::kRegex) {
    rule.regex = Compile(rule.value, members);
    if (rule.regex == nullptr) return std::nullopt;
  }
  return rule;
}

}  // namespace

std::optional<std::vector<UrlRule>> ParseWhere(const boost::json::value& json,
                                               std::string_view path, ErrorList& errors) {
  const boost::json::object* object = ObjectAt(json, path, errors);
  if (object == nullptr) return std::nullopt;
  Members members(*object, std::string(path), errors);
  // Absent rules are no rules: everywhere.
  const boost::json::array* items =
      members.Optional("rules") == nullptr ? nullptr : members.Array("rules", 0, kMaxUrlRules);
  members.RejectOthers();
  std::vector<UrlRule> rules;
  const std::string rules_path = members.Path("rules");
  for (std::size_t i = 0; items != nullptr && i < items->size() && !errors.full(); ++i) {
    std::optional<UrlRule> rule = ParseRule((*items)[i], ItemPath(rules_path, i), errors);
    if (rule) rules.push_back(std::move(*rule));
  }
  if (!members.clean()) return std::nullopt;
  return rules;
}

boost::json::value WhereJson(std::span<const UrlRule> rules) {
  boost::json::array items;
  for (const UrlRule& rule : rules) {
    items.push_back(
        boost::json::object{{"op", kOpNames[std::size_t(rule.op)]}, {"value", rule.value}});
  }
  return boost::json::object{{"rules", std::move(items)}};
}

}  // namespace waymark::targeting
