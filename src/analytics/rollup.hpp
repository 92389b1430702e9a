#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analytics/event.hpp"

// What an event adds to the rollups (event_rollups, migration 5): per UTC day, the count
// of each metric for the project as a whole and for the interaction or post it concerns,
// with the unique users behind it; and the project's active users, daily and monthly.
namespace waymark::analytics {

// The metric of a project's active users, whatever they did.
inline constexpr std::string_view kAnyMetric = "";

struct RollupKey {
  std::string subject;  // "" for the project, "i:<id>" an interaction, "p:<id>" a post
  std::string metric;   // Event::Metric(), or kAnyMetric

  friend bool operator<(const RollupKey& a, const RollupKey& b) {
    return a.subject != b.subject ? a.subject < b.subject : a.metric < b.metric;
  }
};

// Days since 1970-01-01 (UTC) of an epoch-milliseconds time.
std::int64_t DayOf(std::int64_t ts_ms);
// The month of an epoch-milliseconds time as yyyymm (202611).
std::int64_t MonthOf(std::int64_t ts_ms);
// event_rollup_users.period: "d" and the day in six digits, or "m" and yyyymm, so that
// periods sort as text.
std::string DayPeriod(std::int64_t day);
std::string MonthPeriod(std::int64_t month);

// The subject an event concerns: its interaction, else its post, else "" (the project).
std::string SubjectOf(const Event& event);

// The rollup rows an event counts in: ("", metric), ("", kAnyMetric), and (subject, metric)
// when it concerns an interaction or post.
std::vector<RollupKey> RollupKeysOf(const Event& event);

}  // namespace waymark::analytics
