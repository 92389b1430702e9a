#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// The periods of the rollups (event_rollups, migration 5): per UTC day, the count of each
// metric for the project as a whole and for the interaction or post an event concerns, with
// the unique users behind it; and the project's active users, daily and monthly.
namespace waymark::analytics {

// The metric of a project's active users, whatever they did.
inline constexpr std::string_view kAnyMetric = "";

// Days since 1970-01-01 (UTC) of an epoch-milliseconds time.
std::int64_t DayOf(std::int64_t ts_ms);
// The month of an epoch-milliseconds time as yyyymm (202611).
std::int64_t MonthOf(std::int64_t ts_ms);
// event_rollup_users.period: "d" and the day in six digits, or "m" and yyyymm, so that
// periods sort as text.
std::string DayPeriod(std::int64_t day);
std::string MonthPeriod(std::int64_t month);

}  // namespace waymark::analytics
