#include "analytics/report.hpp"

#include <boost/json/serialize.hpp>
#include <chrono>
#include <cstdio>

#include "analytics/rollup.hpp"
#include "core/time_format.hpp"

namespace waymark::analytics {
namespace {

namespace json = boost::json;
using store::IntOf;
using store::TextOf;

http::Problem BadParam(std::string field, std::string message) {
  return {http::StatusCode::bad_request,
          "Bad Request",
          "The report's parameters are not valid.",
          {{std::move(field), std::move(message)}}};
}

std::optional<std::int64_t> DayOfDate(const std::string& text) {
  if (text.size() != 10) return std::nullopt;
  std::optional<std::int64_t> seconds = ParseIso8601(text);
  if (!seconds) return std::nullopt;
  return *seconds / 86'400;
}

std::chrono::year_month_day DateOf(std::int64_t day) {
  return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{day}}};
}

std::string DateText(std::int64_t day) {
  return Iso8601(day * 86'400).substr(0, 10);  // "2026-11-24"
}

// The first day of the period `day` falls in: itself, its week's Monday, its month's 1st.
std::int64_t PeriodStart(std::int64_t day, Granularity granularity) {
  switch (granularity) {
    case Granularity::kDay:
      return day;
    case Granularity::kWeek: {
      const std::int64_t weekday = (day + 3) % 7;  // 1970-01-01 was a Thursday; Monday = 0
      return day - (weekday < 0 ? weekday + 7 : weekday);
    }
    case Granularity::kMonth: {
      const auto date = DateOf(day);
      const std::chrono::sys_days first{date.year() / date.month() / 1};
      return first.time_since_epoch().count();
    }
  }
  return day;
}

double Ratio(std::int64_t part, std::int64_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

struct SubjectFigures {
  std::map<std::string, std::int64_t> events;  // metric -> events
  std::map<std::string, std::int64_t> users;   // metric -> daily unique users, summed
};

json::object Breakdown(const std::string& subject, const SubjectFigures& figures,
                       const ReportRows& rows) {
  auto count = [&figures](const char* metric) {
    auto it = figures.events.find(metric);
    return it == figures.events.end() ? std::int64_t{0} : it->second;
  };
  auto viewers = [&figures](const char* metric) {
    auto it = figures.users.find(metric);
    return it == figures.users.end() ? std::int64_t{0} : it->second;
  };
  auto name = rows.names.find(subject);
  json::object row{
      {"id", subject.substr(2)},
      {"name", name == rows.names.end() ? json::value(nullptr) : json::value(name->second)}};
  if (subject.starts_with("i:")) {
    row["views"] = count("view");
    row["dailyUsers"] = viewers("view");
    row["clicks"] = count("click");
    row["dismissals"] = count("dismiss");
    row["completions"] = count("complete");
    row["ctr"] = Ratio(count("click"), count("view"));
  } else {
    row["views"] = count("post_view");
    row["dailyUsers"] = viewers("post_view");
    row["reactions"] = count("reaction");
  }
  return row;
}

}  // namespace

std::variant<ReportRange, http::Problem> ReadReportRange(std::optional<std::string> from,
                                                         std::optional<std::string> to,
                                                         std::optional<std::string> granularity,
                                                         std::int64_t today) {
  ReportRange range;
  range.to_day = today;
  if (to) {
    auto day = DayOfDate(*to);
    if (!day) return BadParam("to", "must be a date such as 2026-11-24");
    range.to_day = *day;
  }
  range.from_day = range.to_day - 29;
  if (from) {
    auto day = DayOfDate(*from);
    if (!day) return BadParam("from", "must be a date such as 2026-11-01");
    range.from_day = *day;
  }
  if (range.from_day > range.to_day) return BadParam("from", "must not be after to");
  if (range.to_day - range.from_day >= kMaxReportDays) {
    return BadParam("from",
                    "must be at most " + std::to_string(kMaxReportDays) + " days before to");
  }
  if (granularity && *granularity != "day") {
    if (*granularity == "week") {
      range.granularity = Granularity::kWeek;
    } else if (*granularity == "month") {
      range.granularity = Granularity::kMonth;
    } else {
      return BadParam("granularity", "must be one of: day, week, month");
    }
  }
  return range;
}

std::string ReportJson(const ReportRange& range, const ReportRows& rows) {
  json::object totals;
  std::map<std::int64_t, json::object> series;  // period start -> counts
  std::map<std::int64_t, std::int64_t> daily_users;
  for (std::int64_t day = PeriodStart(range.from_day, range.granularity); day <= range.to_day;
       ++day) {
    series.try_emplace(PeriodStart(day, range.granularity));
  }
  for (const auto& row : rows.project.rows) {
    const std::int64_t day = IntOf(row[0]);
    const std::string metric = TextOf(row[1]);
    const std::int64_t events = IntOf(row[2]);
    if (metric == kAnyMetric) {
      daily_users[day] = IntOf(row[3]);
      continue;
    }
    totals[metric] = (totals.contains(metric) ? totals[metric].as_int64() : 0) + events;
    json::object& counts = series[PeriodStart(day, range.granularity)];
    counts[metric] = (counts.contains(metric) ? counts[metric].as_int64() : 0) + events;
  }
  std::map<std::int64_t, std::int64_t> monthly;
  for (const auto& row : rows.months.rows) monthly[IntOf(row[0])] = IntOf(row[1]);

  json::array points;
  for (auto& [start, counts] : series) {
    json::object point{{"period", DateText(start)}, {"counts", std::move(counts)}};
    if (range.granularity == Granularity::kDay) {
      point["activeUsers"] = daily_users.contains(start) ? daily_users[start] : 0;
    } else if (range.granularity == Granularity::kMonth) {
      auto month = monthly.find(MonthOf(start * 86'400'000));
      point["activeUsers"] = month == monthly.end() ? 0 : month->second;
    }
    points.push_back(std::move(point));
  }

  std::map<std::string, SubjectFigures> subjects;
  for (const auto& row : rows.subjects.rows) {
    SubjectFigures& figures = subjects[TextOf(row[0])];
    figures.events[TextOf(row[1])] += IntOf(row[2]);
    figures.users[TextOf(row[1])] += IntOf(row[3]);
  }
  json::array interactions;
  json::array posts;
  for (const auto& [subject, figures] : subjects) {
    (subject.starts_with("i:") ? interactions : posts).push_back(Breakdown(subject, figures, rows));
  }
  json::array months;
  for (const auto& [month, users] : monthly) {
    char text[8];
    std::snprintf(text, sizeof text, "%04lld-%02lld", static_cast<long long>(month / 100),
                  static_cast<long long>(month % 100));
    months.push_back({{"month", text}, {"activeUsers", users}});
  }
  const char* granularity = range.granularity == Granularity::kDay    ? "day"
                            : range.granularity == Granularity::kWeek ? "week"
                                                                      : "month";
  json::object report{
      {"from", DateText(range.from_day)},    {"to", DateText(range.to_day)},
      {"granularity", granularity},          {"totals", std::move(totals)},
      {"series", std::move(points)},         {"interactions", std::move(interactions)},
      {"posts", std::move(posts)},           {"monthlyActiveUsers", std::move(months)},
      {"pendingEvents", rows.pending_events}};
  return json::serialize(report);
}

}  // namespace waymark::analytics
