#include "traffic/report_html.hpp"

#include <fmt/format.h>

#include <boost/beast/http/status.hpp>
#include <chrono>
#include <string_view>

#include "markup/html.hpp"
#include "traffic/number_format.hpp"
#include "traffic/report_html_parts.hpp"
#include "traffic/report_style.hpp"
#include "traffic/svg_chart.hpp"

namespace waymark::traffic {
namespace {

using markup::EscapeHtml;
using std::chrono::sys_days;
using namespace html;

// The longest run of days drawn with its empty days; a longer one is drawn day after day
// as logged, so that one line dated in another decade cannot make the page enormous.
constexpr std::int64_t kMaxGapFilledDays = 3 * 366;

void Card(std::string& out, std::string_view label, std::string_view value, std::string_view note) {
  out += "<div class=\"card\"><span>";
  Esc(out, label);
  out += "</span><b>";
  Esc(out, value);
  out += "</b><span>";
  Esc(out, note);
  out += "</span></div>";
}

void Cards(std::string& out, const Report& report) {
  // Days of the range, those without a request included.
  const std::uint64_t days =
      report.first_day && report.last_day
          ? static_cast<std::uint64_t>((*report.last_day - *report.first_day).count() + 1)
          : 1;
  out += "<div class=\"cards\">";
  Card(out, "Requests", Thousands(report.requests),
       days > 1 ? "about " + Thousands(report.requests / days) + " a day" : "in one day");
  Card(out, "Unique visitors", Thousands(report.visitors), "an address and a browser, each day");
  Card(out, "Data sent", HumanBytes(report.bytes), "response bodies");
  Card(out, "Not found", Thousands(report.not_found_requests),
       Percent(report.not_found_requests, report.requests) + " of requests answered 404");
  Card(out, "Lines skipped", Thousands(report.lines.Skipped()),
       "of " + Thousands(report.lines.Read()) + " lines read");
  out += "</div>";
}

// The days of the report, with the days without a request between them when the range is
// short enough to draw them all.
std::vector<DayRow> DaySeries(const Report& report) {
  if (report.days.empty()) return {};
  const sys_days first = report.days.front().day, last = report.days.back().day;
  if ((last - first).count() >= kMaxGapFilledDays) return report.days;
  std::vector<DayRow> series;
  auto logged = report.days.begin();
  for (sys_days day = first; day <= last; day += std::chrono::days(1)) {
    if (logged != report.days.end() && logged->day == day) {
      series.push_back(*logged++);
    } else {
      series.push_back({day});
    }
  }
  return series;
}

void Legend(std::string& out, bool visitors) {
  out += "<ul class=\"legend\"><li><i class=\"k-bar\"></i>Requests</li>";
  if (visitors) out += "<li><i class=\"k-line\"></i>Unique visitors</li>";
  out += "</ul>";
}

void ByDay(std::string& out, const Report& report) {
  const std::vector<DayRow> series = DaySeries(report);
  const bool with_year = !SameYear(series.front().day, series.back().day);
  std::vector<Column> columns;
  ChartLabel label{"Requests and unique visitors per day", {}};
  const DayRow* busiest = &series.front();
  for (const DayRow& row : series) {
    const std::string tip =
        fmt::format("{}: {}, {}", LongDayText(row.day), Counted(row.requests, "request"),
                    Counted(row.visitors, "visitor"));
    columns.push_back({DayText(row.day, with_year), row.requests, row.visitors, tip});
    if (series.size() <= 31) label.numbers += (label.numbers.empty() ? "" : "; ") + tip;
    if (row.requests > busiest->requests) busiest = &row;
  }
  if (series.size() > 31) {
    label.numbers = fmt::format("{} days, {} requests in all; the busiest, {}, had {}",
                                series.size(), Thousands(report.requests), DayText(busiest->day),
                                Thousands(busiest->requests));
  }
  OpenSection(out, "Requests over time", RangeText(report));
  out += ColumnChart(label, columns);
  Legend(out, true);
  out += "<details><summary>Table</summary><table>";
  HeadRow(out, {"Day", "Requests", "Visitors", "Bytes"});
  for (const DayRow& row : series) {
    out += "<tr>";
    Cell(out, LongDayText(row.day));
    Cell(out, Thousands(row.requests), "n");
    Cell(out, Thousands(row.visitors), "n");
    Cell(out, HumanBytes(row.bytes), "n");
    out += "</tr>";
  }
  out += "</tbody></table></details></section>";
}

void ByHour(std::string& out, const Report& report, std::string_view title, std::string_view note) {
  std::vector<Column> columns;
  ChartLabel label{std::string(title), {}};
  for (unsigned hour = 0; hour < 24; ++hour) {
    const std::uint64_t requests = report.hours[hour];
    columns.push_back(
        {fmt::format("{:02}", hour), requests, std::nullopt,
         fmt::format("{:02}:00\u2013{:02}:59: {}", hour, hour, Counted(requests, "request"))});
    label.numbers += fmt::format("{}{:02}h {}", hour == 0 ? "" : "; ", hour, Thousands(requests));
  }
  OpenSection(out, title, note);
  out += ColumnChart(label, columns);
  Legend(out, false);
  out += "<details><summary>Table</summary><table>";
  HeadRow(out, {"Hour", "Requests", "Share"});
  for (unsigned hour = 0; hour < 24; ++hour) {
    out += "<tr>";
    Cell(out, fmt::format("{:02}:00\u2013{:02}:59", hour, hour));
    Cell(out, Thousands(report.hours[hour]), "n");
    ShareCell(out, report.hours[hour], report.requests);
    out += "</tr>";
  }
  out += "</tbody></table></details></section>";
}

// "404 Not Found"; the bare code for one HTTP names no phrase for (nginx's 444 and 499).
std::string StatusText(unsigned status) {
  namespace http = boost::beast::http;
  const http::status known = http::int_to_status(status);
  if (known == http::status::unknown) return std::to_string(status);
  return fmt::format("{} {}", status, std::string_view(http::obsolete_reason(known)));
}

constexpr std::string_view kClassNames[] = {"1xx informational", "2xx success", "3xx redirection",
                                            "4xx client error", "5xx server error"};

// The class of a status, 0 for 1xx to 4 for 5xx.
std::size_t ClassOf(unsigned status) {
  return std::clamp(status / 100, 1u, 5u) - 1;
}

void StatusMix(std::string& out, const Report& report) {
  std::uint64_t by_class[5] = {};
  for (const auto& [code, hits] : report.status) by_class[ClassOf(code)] += hits;
  std::vector<Segment> segments;
  ChartLabel label{"Status classes", {}};
  std::string legend = "<ul class=\"legend\">";
  for (std::size_t i = 0; i < 5; ++i) {
    if (by_class[i] == 0) continue;
    const std::string share = Percent(by_class[i], report.requests);
    const std::string text =
        fmt::format("{} {} ({})", kClassNames[i], share, Counted(by_class[i], "request"));
    segments.push_back({fmt::format("s{}", i + 1), by_class[i], text});
    label.numbers += (label.numbers.empty() ? "" : "; ") + text;
    fmt::format_to(std::back_inserter(legend), "<li><i class=\"s{}\"></i>{} <b>{}</b></li>", i + 1,
                   kClassNames[i], EscapeHtml(share));
  }
  OpenSection(out, "Status codes");
  out += StackedBar(label, segments) + legend + "</ul><table>";
  HeadRow(out, {"Code", "Requests", "Share"});
  for (const auto& [code, hits] : report.status) {
    out += "<tr>";
    Cell(out, StatusText(code));
    Cell(out, Thousands(hits), "n");
    ShareCell(out, hits, report.requests);
    out += "</tr>";
  }
  out += "</tbody></table></section>";
}

// The URLs behind each error code but 404, which has a section of its own.
void Failures(std::string& out, const Report& report) {
  std::vector<const FailureRow*> shown;
  for (const FailureRow& row : report.failures) {
    if (row.status != 404) shown.push_back(&row);
  }
  if (shown.empty()) return;
  OpenSection(out, "Errors", "the URLs behind each 4xx and 5xx code but 404");
  out += "<div class=\"grid\">";
  for (const FailureRow* row : shown) {
    std::uint64_t hits = 0;
    for (const auto& [code, count] : report.status) hits += code == row->status ? count : 0;
    out += "<div><h3>";
    Esc(out, StatusText(row->status));
    out += " <span class=\"note\">";
    Esc(out, Counted(hits, "request"));
    out += "</span></h3>";
    RankedRows(out, row->urls, {"URL"});
    out += "</div>";
  }
  out += "</div></section>";
}

void Lines(std::string& out, const Report& report) {
  const LineCounts& lines = report.lines;
  OpenSection(out, "Lines");
  out += "<table><tbody>";
  const auto row = [&out](std::string_view name, std::uint64_t count) {
    out += "<tr>";
    Cell(out, name);
    Cell(out, Thousands(count), "n");
    out += "</tr>";
  };
  row("Read", lines.Read());
  row("Counted", lines.counted);
  if (lines.outside_range > 0) row("Outside the dates asked for", lines.outside_range);
  if (lines.Skipped() == 0) row("Skipped", 0);
  for (int i = 0; i < kLineProblemCount; ++i) {
    if (lines.skipped[i] == 0) continue;
    row(fmt::format("Skipped: {}", LineProblemName(LineProblem(i))), lines.skipped[i]);
  }
  out += "</tbody></table></section>";
}

void Notes(std::string& out, std::string_view title, const std::vector<std::string>& notes) {
  if (notes.empty()) return;
  OpenSection(out, title);
  out += "<ul class=\"plain\">";
  for (const std::string& note : notes) {
    out += "<li>";
    Esc(out, note);
    out += "</li>";
  }
  out += "</ul></section>";
}

void Head(std::string& out, const Report& report, const HtmlPage& page) {
  out +=
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
      "<meta name=\"color-scheme\" content=\"light dark\"/><title>";
  Esc(out, page.title + " \u00b7 " + RangeText(report));
  out += "</title><style>";
  out += kReportStyle;
  out += "</style></head><body><header><h1>";
  Esc(out, page.title);
  out += "</h1><p class=\"sub\">";
  Esc(out, report.first_day ? RangeText(report) + " \u00b7 days and hours as logged"
                            : RangeText(report));
  out += "</p>";
  if (!page.sources.empty()) {
    out += "<p class=\"sub\">From ";
    for (std::size_t i = 0; i < page.sources.size(); ++i) {
      if (i > 0) out += ", ";
      Esc(out, page.sources[i]);
    }
    out += "</p>";
  }
  out += "</header><main>";
}

void Foot(std::string& out, const HtmlPage& page) {
  out += "</main><footer><p>Made by waymark logs stats";
  if (!page.generated_at.empty()) Esc(out, " on " + page.generated_at);
  out += ".</p></footer></body></html>\n";
}

void Empty(std::string& out, const Report& report) {
  out += "<section class=\"empty\"><h2>No requests in this range</h2><p class=\"sub\">";
  Esc(out, fmt::format("{} lines read, none counted.", Thousands(report.lines.Read())));
  out += "</p></section>";
}

void Traffic(std::string& out, const Report& report) {
  Cards(out, report);
  const bool one_day = report.days.size() <= 1;
  if (one_day) {
    ByHour(out, report, "Requests by hour", RangeText(report));
    StatusMix(out, report);
  } else {
    ByDay(out, report);
    out += "<div class=\"grid\">";
    ByHour(out, report, "Requests by hour of day", "all days");
    StatusMix(out, report);
    out += "</div>";
  }
  out += "<div class=\"grid\">";
  RankedChart(out, "Referring sites", report.referrers, {"Host"}, "No referrers.");
  RankedChart(out, "Browsers", report.browsers, {"Browser", true}, "No browsers.");
  out += "</div><div class=\"grid three\">";
  RankedChart(out, "Operating systems", report.systems, {"System", true}, "None.");
  RankedChart(out, "Devices", report.devices, {"Device", true}, "None.");
  RankedChart(out, "Crawlers and tools", report.crawlers, {"Crawler", true}, "No crawlers.");
  out += "</div>";
  RankedSection(out, "Top pages", report.pages, {"Page", false, true}, "No pages.");
  RankedSection(out, "Static files", report.files, {"File", false, true}, "No static files.");
  RankedSection(out, "Not found", report.not_found, {"URL"}, "No request answered 404.");
  Failures(out, report);
  if (report.demographics) {
    out += "<div class=\"grid\">";
    RankedChart(out, "Visitors' domains", report.demographics->domains, {"Domain"},
                "No domain found.");
    RankedChart(out, "Countries", report.demographics->countries, {"Country"}, "No country found.");
    out += "</div>";
    Notes(out, "About visitors' domains and countries", report.demographics->notes);
  }
}

}  // namespace

std::string RenderHtml(const Report& report, const HtmlPage& page) {
  std::string out;
  Head(out, report, page);
  if (report.requests == 0) {
    Empty(out, report);
  } else {
    Traffic(out, report);
  }
  out += "<div class=\"grid\">";
  Lines(out, report);
  Notes(out, "Notes", report.notes);
  out += "</div>";
  Foot(out, page);
  return out;
}

}  // namespace waymark::traffic
