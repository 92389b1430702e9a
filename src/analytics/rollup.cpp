#include "analytics/rollup.hpp"

#include <chrono>
#include <cstdio>

namespace waymark::analytics {

std::int64_t DayOf(std::int64_t ts_ms) {
  constexpr std::int64_t kDayMs = 86'400'000;
  return ts_ms >= 0 ? ts_ms / kDayMs : (ts_ms - kDayMs + 1) / kDayMs;
}

std::int64_t MonthOf(std::int64_t ts_ms) {
  const std::chrono::sys_days day{std::chrono::days{DayOf(ts_ms)}};
  const std::chrono::year_month_day date{day};
  return static_cast<int>(date.year()) * 100 + static_cast<int>(unsigned(date.month()));
}

std::string DayPeriod(std::int64_t day) {
  char text[16];
  std::snprintf(text, sizeof text, "d%06lld", static_cast<long long>(day));
  return text;
}

std::string MonthPeriod(std::int64_t month) {
  return "m" + std::to_string(month);
}

}  // namespace waymark::analytics
