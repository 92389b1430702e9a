#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string_view>

#include "targeting/decision.hpp"
#include "targeting/json_reader.hpp"

// When an interaction may show: {"start": <ISO 8601> | null, "end": <ISO 8601> | null}.
// It may from `start` (included) until `end` (excluded); a missing bound is open.
namespace waymark::targeting {

struct Schedule {
  std::optional<std::int64_t> start;  // Unix seconds
  std::optional<std::int64_t> end;
};

// kEligible, kNotStarted or kEnded.
Reason CheckSchedule(const Schedule& schedule, std::int64_t now);

// `end` must be after `start` when both are given.
std::optional<Schedule> ParseSchedule(const boost::json::value& json, std::string_view path,
                                      ErrorList& errors);
boost::json::value ToJson(const Schedule& schedule);

}  // namespace waymark::targeting
