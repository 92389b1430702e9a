#include "targeting/date_value.hpp"

#include <cmath>

#include "core/time_format.hpp"

namespace waymark::targeting {
namespace {

constexpr std::string_view kDateMessage =
    "must be an ISO 8601 date (2026-11-24) or date-time with its offset "
    "(2026-11-24T09:30:00Z), between the years 1970 and 9999, or {\"daysAgo\": N}";

std::optional<DateValue> ParseDaysAgo(const boost::json::object& object, std::string_view path,
                                      ErrorList& errors) {
  Members members(object, std::string(path), errors);
  std::optional<std::int64_t> days;
  if (members.Required("daysAgo") != nullptr) {
    days = members.Integer("daysAgo", -kMaxDaysAgo, kMaxDaysAgo, 0);
  }
  members.RejectOthers();
  if (!days || !members.clean()) return std::nullopt;
  return DateValue{.relative = true, .value = *days};
}

}  // namespace

std::optional<DateValue> ParseDateValue(const boost::json::value& json, std::string_view path,
                                        ErrorList& errors) {
  if (json.is_object()) return ParseDaysAgo(json.get_object(), path, errors);
  if (json.is_string()) {
    if (std::optional<std::int64_t> time = ParseIso8601(json.get_string())) {
      return DateValue{.relative = false, .value = *time};
    }
  }
  errors.Fail(std::string(path), std::string(kDateMessage));
  return std::nullopt;
}

boost::json::value ToJson(const DateValue& date) {
  if (date.relative) return boost::json::object{{"daysAgo", date.value}};
  return boost::json::string(Iso8601(date.value));
}

std::optional<std::int64_t> AttributeTime(const boost::json::value& attribute) {
  if (attribute.is_string()) return ParseIso8601(attribute.get_string());
  std::optional<double> seconds = NumberOf(attribute);
  // Up to the year 9999, like the strings; beyond, a number is not a time but a mistake.
  constexpr double kLimit = 253402300800.0;
  if (!seconds || std::fabs(*seconds) >= kLimit) return std::nullopt;
  return std::int64_t(std::floor(*seconds));
}

}  // namespace waymark::targeting
