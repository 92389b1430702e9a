#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "http/problem.hpp"
#include "store/value.hpp"

// The analytics report (GET /api/v1/projects/{id}/analytics), made from rollups only: its
// cost depends on the days asked for, never on how many events there were.
namespace waymark::analytics {

enum class Granularity { kDay, kWeek, kMonth };

struct ReportRange {
  std::int64_t from_day = 0;  // days since 1970-01-01, both ends included
  std::int64_t to_day = 0;
  Granularity granularity = Granularity::kDay;
};

// ?from=YYYY-MM-DD&to=YYYY-MM-DD&granularity=day|week|month; the last 30 days by day when
// absent. At most kMaxReportDays. Field errors name the parameter.
inline constexpr std::int64_t kMaxReportDays = 3 * 366;
std::variant<ReportRange, http::Problem> ReadReportRange(std::optional<std::string> from,
                                                         std::optional<std::string> to,
                                                         std::optional<std::string> granularity,
                                                         std::int64_t today);

// What the report is made of, as the store answers it.
struct ReportRows {
  store::Rows project;   // day, metric, events, users: the project-wide rollups
  store::Rows subjects;  // subject, metric, events, users: summed over the range
  store::Rows months;    // month (yyyymm), users
  std::map<std::string, std::string> names;  // "i:<id>" / "p:<id>" -> name or title
  std::int64_t pending_events = 0;  // acknowledged, not in the rollups yet (Ingestor::pending)
};

// The report as JSON text: range, totals per metric, the series by period, and the
// interactions' and posts' breakdowns (see docs/openapi.yaml, AnalyticsReport).
std::string ReportJson(const ReportRange& range, const ReportRows& rows);

}  // namespace waymark::analytics
