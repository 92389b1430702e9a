#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string_view>

#include "targeting/json_reader.hpp"

namespace waymark::targeting {

inline constexpr std::int64_t kSecondsPerDay = 86400;
inline constexpr std::int64_t kMaxDaysAgo = 36500;  // a century either way

// A moment a rule names: an absolute time ("2026-11-24", "2026-11-24T09:30:00+05:30"), or
// {"daysAgo": N}, N days before the evaluation's `now` (negative N: after it), so that
// "signed up in the last 30 days" keeps its meaning as days pass.
struct DateValue {
  bool relative = false;
  std::int64_t value = 0;  // Unix seconds, or days before `now` when relative

  std::int64_t At(std::int64_t now) const {
    return relative ? now - value * kSecondsPerDay : value;
  }
  bool operator==(const DateValue&) const = default;
};

// An ISO 8601 date or date-time string (core's ParseIso8601: date-only is midnight UTC,
// offsets and Z honoured, fractions of a second dropped, years 1970..9999) or a
// {"daysAgo": N} object with N a whole number in [-36500, 36500].
std::optional<DateValue> ParseDateValue(const boost::json::value& json, std::string_view path,
                                        ErrorList& errors);

// Canonical: "2026-11-24T09:30:00Z" or {"daysAgo": N}.
boost::json::value ToJson(const DateValue& date);

// The moment a user's attribute holds: an ISO 8601 string as above, or a number of Unix
// seconds (fractions dropped). nullopt for anything else, which no date condition matches.
std::optional<std::int64_t> AttributeTime(const boost::json::value& attribute);

}  // namespace waymark::targeting
