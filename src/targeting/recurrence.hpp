#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string_view>

#include "targeting/decision.hpp"
#include "targeting/history.hpp"
#include "targeting/json_reader.hpp"

// How often one user may see an interaction:
//   {"type": "once"}    (the default) until it has been shown once;
//   {"type": "always"}  every time it is eligible;
//   {"type": "custom", "maxTimes": 1..1000, "minDaysApart": 0..3650 (default 0)}
//                       up to maxTimes times, each at least minDaysApart days after the last.
// A dismissed interaction never shows again, whatever its recurrence.
namespace waymark::targeting {

inline constexpr std::int64_t kMaxTimes = 1000;
inline constexpr std::int64_t kMaxDaysApart = 3650;

enum class RecurrenceKind : std::uint8_t { kOnce, kAlways, kCustom };

struct Recurrence {
  RecurrenceKind kind = RecurrenceKind::kOnce;
  std::int64_t max_times = 1;       // custom
  std::int64_t min_days_apart = 0;  // custom
};

// kEligible, kDismissed, kAlreadyShown or kTooSoon.
Reason CheckRecurrence(const Recurrence& recurrence, const Exposure& exposure, std::int64_t now);

std::optional<Recurrence> ParseRecurrence(const boost::json::value& json, std::string_view path,
                                          ErrorList& errors);
boost::json::value ToJson(const Recurrence& recurrence);

}  // namespace waymark::targeting
