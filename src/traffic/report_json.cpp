#include "traffic/report_json.hpp"

#include <boost/json/array.hpp>

#include "core/time_format.hpp"

namespace waymark::traffic {
namespace {

boost::json::object CountJson(const Count& count) {
  return {{"hits", count.hits}, {"bytes", count.bytes}, {"visitors", count.visitors}};
}

boost::json::object TableJson(const RankedTable& table) {
  boost::json::array rows;
  for (const Ranked& row : table.rows) {
    rows.push_back(boost::json::object{
        {"name", row.name}, {"hits", row.hits}, {"bytes", row.bytes}, {"visitors", row.visitors}});
  }
  return {{"rows", std::move(rows)}, {"distinct", table.distinct}, {"more", CountJson(table.more)}};
}

boost::json::object LinesJson(const LineCounts& lines) {
  boost::json::object skipped{{"total", lines.Skipped()}};
  for (int i = 0; i < kLineProblemCount; ++i) {
    if (lines.skipped[i] > 0) skipped[LineProblemName(LineProblem(i))] = lines.skipped[i];
  }
  return {{"read", lines.Read()},
          {"counted", lines.counted},
          {"outsideRange", lines.outside_range},
          {"skipped", std::move(skipped)}};
}

boost::json::array StringsJson(const std::vector<std::string>& notes) {
  boost::json::array array;
  for (const std::string& note : notes) array.emplace_back(note);
  return array;
}

boost::json::value DayJson(const std::optional<std::chrono::sys_days>& day) {
  if (!day) return nullptr;
  return boost::json::string(IsoDate(*day));
}

}  // namespace

boost::json::object ReportJson(const Report& report) {
  boost::json::object status;
  for (const auto& [code, hits] : report.status) status[std::to_string(code)] = hits;
  boost::json::array days;
  for (const DayRow& row : report.days) {
    days.push_back(boost::json::object{{"day", IsoDate(row.day)},
                                       {"requests", row.requests},
                                       {"visitors", row.visitors},
                                       {"bytes", row.bytes}});
  }
  boost::json::array failures;
  for (const FailureRow& row : report.failures) {
    failures.push_back(boost::json::object{{"status", row.status}, {"urls", TableJson(row.urls)}});
  }
  boost::json::object json{
      {"from", DayJson(report.first_day)},
      {"to", DayJson(report.last_day)},
      {"requests", report.requests},
      {"visitors", report.visitors},
      {"bytes", report.bytes},
      {"status", std::move(status)},
      {"days", std::move(days)},
      {"hours", boost::json::array(report.hours.begin(), report.hours.end())},
      {"pages", TableJson(report.pages)},
      {"files", TableJson(report.files)},
      {"notFound", boost::json::object{{"requests", report.not_found_requests},
                                       {"urls", TableJson(report.not_found)}}},
      {"failures", std::move(failures)},
      {"referrers", TableJson(report.referrers)},
      {"browsers", TableJson(report.browsers)},
      {"systems", TableJson(report.systems)},
      {"devices", TableJson(report.devices)},
      {"crawlers", TableJson(report.crawlers)},
      {"lines", LinesJson(report.lines)},
      {"notes", StringsJson(report.notes)},
  };
  if (report.demographics) {
    json["demographics"] =
        boost::json::object{{"domains", TableJson(report.demographics->domains)},
                            {"countries", TableJson(report.demographics->countries)},
                            {"notes", StringsJson(report.demographics->notes)}};
  }
  return json;
}

}  // namespace waymark::traffic
