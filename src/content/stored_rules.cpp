#include "content/stored_rules.hpp"

#include <spdlog/spdlog.h>

#include <boost/json/parse.hpp>

namespace waymark::content {
namespace {

void Warn(std::string_view what, const std::vector<http::FieldError>& errors) {
  spdlog::warn("content.stored_rules_refused kind={} field=\"{}\" error=\"{}\"", what,
               errors.empty() ? "" : errors.front().field,
               errors.empty() ? "not JSON" : errors.front().message);
}

}  // namespace

std::optional<targeting::Rules> CompileStoredRules(const boost::json::value& json) {
  std::vector<http::FieldError> errors;
  auto rules = targeting::ParseRules(json, "targeting", errors);
  if (!rules) Warn("interaction", errors);
  return rules;
}

std::optional<targeting::Conditions> CompileStoredConditions(std::string_view text) {
  std::vector<http::FieldError> errors;
  boost::system::error_code ec;
  boost::json::value json = boost::json::parse(text, ec);
  std::optional<targeting::Conditions> conditions;
  if (!ec) conditions = targeting::ParseConditions(json, "conditions", errors);
  if (!conditions) Warn("segment", errors);
  return conditions;
}

}  // namespace waymark::content
