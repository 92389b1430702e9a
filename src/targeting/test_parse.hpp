#pragma once

// Test helpers: targeting from JSON text, so that tests read like the documents makers write.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "targeting/conditions.hpp"
#include "targeting/rules.hpp"

namespace waymark::targeting::testing {

inline std::string Describe(const std::vector<http::FieldError>& errors) {
  std::string text;
  for (const http::FieldError& error : errors) text += error.field + ": " + error.message + "\n";
  return text;
}

// The fields at fault, in the order they were found.
inline std::vector<std::string> Fields(const std::vector<http::FieldError>& errors) {
  std::vector<std::string> fields;
  for (const http::FieldError& error : errors) fields.push_back(error.field);
  return fields;
}

// The only error of `errors`, as "field: message" (and a test failure if there are others).
inline std::string Only(const std::vector<http::FieldError>& errors) {
  EXPECT_EQ(errors.size(), 1u) << Describe(errors);
  if (errors.empty()) return "";
  std::string text = errors[0].field;
  text += ": ";
  text += errors[0].message;
  return text;
}

// `item` `times` times, comma-separated: the members of a JSON array.
inline std::string Repeated(std::string_view item, int times) {
  std::string list;
  for (int i = 0; i < times; ++i) {
    if (i > 0) list += ',';
    list += item;
  }
  return list;
}

// Rules that must parse; a failure of the test otherwise.
inline Rules RulesOf(std::string_view json) {
  std::vector<http::FieldError> errors;
  std::optional<Rules> rules = ParseRules(boost::json::parse(json), "targeting", errors);
  EXPECT_TRUE(rules.has_value()) << json << "\n" << Describe(errors);
  EXPECT_TRUE(errors.empty()) << Describe(errors);
  return rules ? std::move(*rules) : Rules{};
}

// The errors parsing `json` as rules gives (and that it gives no rules).
inline std::vector<http::FieldError> RulesErrors(std::string_view json) {
  std::vector<http::FieldError> errors;
  std::optional<Rules> rules = ParseRules(boost::json::parse(json), "targeting", errors);
  EXPECT_FALSE(rules.has_value()) << json;
  return errors;
}

// A group that must parse; one that matches nobody (and a test failure) otherwise.
inline Conditions ConditionsOf(std::string_view json) {
  std::vector<http::FieldError> errors;
  std::optional<Conditions> conditions = ParseConditions(boost::json::parse(json), "c", errors);
  EXPECT_TRUE(conditions.has_value()) << json << "\n" << Describe(errors);
  return conditions ? std::move(*conditions) : Conditions({}, {});
}

inline std::vector<http::FieldError> ConditionsErrors(std::string_view json) {
  std::vector<http::FieldError> errors;
  std::optional<Conditions> conditions = ParseConditions(boost::json::parse(json), "c", errors);
  EXPECT_FALSE(conditions.has_value()) << json;
  return errors;
}

// The errors of one condition, written alone: ConditionsErrors of {"all": [condition]}.
inline std::vector<http::FieldError> ConditionErrors(std::string_view condition) {
  return ConditionsErrors("{\"all\":[" + std::string(condition) + "]}");
}

}  // namespace waymark::targeting::testing
