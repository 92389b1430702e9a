#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <type_traits>

#include "targeting/condition.hpp"
#include "targeting/json_reader.hpp"

namespace waymark::targeting {
namespace {

std::string_view FactName(Subject subject) {
  switch (subject) {
    case Subject::kLanguage:
      return "language";
    case Subject::kFirstSeen:
      return "firstSeen";
    case Subject::kSessionCount:
      return "sessionCount";
    case Subject::kEvent:
      return "event";
    case Subject::kAttribute:
      break;
  }
  return {};
}

boost::json::value ScalarJson(const Scalar& scalar) {
  return std::visit(
      [](const auto& value) -> boost::json::value {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, double>) {
          return NumberJson(value);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return boost::json::string(value);
        } else {
          return value;  // a bool
        }
      },
      scalar);
}

boost::json::value OperandJson(const Operand& operand) {
  return std::visit(
      [](const auto& value) -> boost::json::value {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, NumberRange>) {
          return boost::json::array{NumberJson(value.low), NumberJson(value.high)};
        } else if constexpr (std::is_same_v<T, DateRange>) {
          return boost::json::array{ToJson(value.low), ToJson(value.high)};
        } else if constexpr (std::is_same_v<T, DateValue>) {
          return ToJson(value);
        } else if constexpr (std::is_same_v<T, std::vector<Scalar>>) {
          boost::json::array items;
          for (const Scalar& item : value) items.push_back(ScalarJson(item));
          return items;
        } else {
          return ScalarJson(value);
        }
      },
      operand);
}

}  // namespace

boost::json::value ToJson(const Condition& condition) {
  boost::json::object json;
  if (condition.subject == Subject::kAttribute) {
    json["attribute"] = condition.name;
  } else {
    json["fact"] = FactName(condition.subject);
    if (condition.subject == Subject::kEvent) json["event"] = condition.name;
  }
  json["op"] = OpName(condition.op);
  json["value"] = OperandJson(condition.operand);
  return json;
}

}  // namespace waymark::targeting
