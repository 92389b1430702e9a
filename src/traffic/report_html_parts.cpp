#include "traffic/report_html_parts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <vector>

#include "markup/html.hpp"
#include "traffic/number_format.hpp"
#include "traffic/svg_chart.hpp"

namespace waymark::traffic::html {
namespace {

using markup::AppendEscapedHtml;
using std::chrono::sys_days;

// Bars drawn in a chart of names; the table under it lists every row of the report.
constexpr std::size_t kChartBars = 10;

constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

// A row of a ranked table; a line under the name shows its hits against the top row's
// (`top`), none under the last row of all others, which may outnumber it.
void RankedRow(std::string& out, std::string_view name, const Count& count, std::uint64_t total,
               std::optional<std::uint64_t> top, const TableShape& shape) {
  if (!top) {
    out += "<tr class=\"o\">";
    Cell(out, name, "u");
  } else {
    fmt::format_to(std::back_inserter(out), "<tr><td class=\"u b\" style=\"--b:{:.1f}%\">",
                   Share(count.hits, *top));
    Esc(out, name);
    out += "</td>";
  }
  Cell(out, Thousands(count.hits), "n");
  if (shape.visitors) Cell(out, Thousands(count.visitors), "n");
  ShareCell(out, count.hits, total);
  if (shape.bytes) Cell(out, HumanBytes(count.bytes), "n");
  out += "</tr>";
}

}  // namespace

// "3 Nov 2026", or "3 Nov" when the year goes without saying.
std::string DayText(sys_days day, bool with_year) {
  const std::chrono::year_month_day date{day};
  std::string text =
      fmt::format("{} {}", unsigned(date.day()), kMonths[unsigned(date.month()) - 1]);
  if (with_year) text += fmt::format(" {}", int(date.year()));
  return text;
}

std::string LongDayText(sys_days day) {
  return fmt::format("{} {}", kWeekdays[std::chrono::weekday(day).c_encoding()], DayText(day));
}

bool SameYear(sys_days a, sys_days b) {
  return std::chrono::year_month_day(a).year() == std::chrono::year_month_day(b).year();
}

std::string RangeText(const Report& report) {
  if (!report.first_day || !report.last_day) return "No requests in range";
  const sys_days first = *report.first_day, last = *report.last_day;
  if (first == last) return LongDayText(first);
  const auto days = (last - first).count() + 1;
  return fmt::format("{} \u2013 {} ({} days)", DayText(first, !SameYear(first, last)),
                     DayText(last), Thousands(static_cast<std::uint64_t>(days)));
}

double Share(std::uint64_t part, std::uint64_t whole) {
  return whole == 0 ? 0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

// "12.3%"; "<0.1%" rather than a misleading "0.0%" for a few.
std::string Percent(std::uint64_t part, std::uint64_t whole) {
  const double share = Share(part, whole);
  if (part > 0 && share < 0.05) return "<0.1%";
  return fmt::format("{:.1f}%", share);
}

// "1 request", "1,234 requests".
std::string Counted(std::uint64_t count, std::string_view noun) {
  return fmt::format("{} {}{}", Thousands(count), noun, count == 1 ? "" : "s");
}

void Esc(std::string& out, std::string_view text) {
  AppendEscapedHtml(out, text);
}

void Cell(std::string& out, std::string_view text, std::string_view css_class) {
  out += css_class.empty() ? "<td>" : fmt::format("<td class=\"{}\">", css_class);
  Esc(out, text);
  out += "</td>";
}

void HeadRow(std::string& out, std::initializer_list<std::string_view> headings) {
  out += "<thead><tr>";
  bool first = true;
  for (std::string_view heading : headings) {
    out += first ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"n\">";
    Esc(out, heading);
    out += "</th>";
    first = false;
  }
  out += "</tr></thead><tbody>";
}

void ShareCell(std::string& out, std::uint64_t part, std::uint64_t whole) {
  Cell(out, Percent(part, whole), "n");
}

void OpenSection(std::string& out, std::string_view title, std::string_view note) {
  out += "<section><h2>";
  Esc(out, title);
  if (!note.empty()) {
    out += " <span class=\"note\">";
    Esc(out, note);
    out += "</span>";
  }
  out += "</h2>";
}

void None(std::string& out, std::string_view text) {
  out += "<p class=\"none\">";
  Esc(out, text);
  out += "</p>";
}

// Every row of the table, and what did not make the cut as one last row.
void RankedRows(std::string& out, const RankedTable& table, const TableShape& shape) {
  std::uint64_t total = table.more.hits, top = 0;
  for (const Ranked& row : table.rows) {
    total += row.hits;
    top = std::max(top, row.hits);
  }
  out += "<table>";
  if (shape.visitors && shape.bytes) {
    HeadRow(out, {shape.name, "Requests", "Visitors", "Share", "Bytes"});
  } else if (shape.visitors) {
    HeadRow(out, {shape.name, "Requests", "Visitors", "Share"});
  } else if (shape.bytes) {
    HeadRow(out, {shape.name, "Requests", "Share", "Bytes"});
  } else {
    HeadRow(out, {shape.name, "Requests", "Share"});
  }
  for (const Ranked& row : table.rows) {
    RankedRow(out, row.name, {row.hits, row.bytes, row.visitors}, total, top, shape);
  }
  if (table.more.hits > 0) RankedRow(out, "All others", table.more, total, std::nullopt, shape);
  out += "</tbody></table>";
}

std::string CountNote(const RankedTable& table) {
  if (table.distinct <= table.rows.size()) return {};
  return fmt::format("top {} of {}", table.rows.size(), Thousands(table.distinct));
}

// A table of names, as a section of its own.
void RankedSection(std::string& out, std::string_view title, const RankedTable& table,
                   const TableShape& shape, std::string_view none) {
  OpenSection(out, title, CountNote(table));
  if (table.rows.empty() && table.more.hits == 0) {
    None(out, none);
  } else {
    RankedRows(out, table, shape);
  }
  out += "</section>";
}

// The top names as bars, and the whole table under them.
void RankedChart(std::string& out, std::string_view title, const RankedTable& table,
                 const TableShape& shape, std::string_view none) {
  OpenSection(out, title, CountNote(table));
  if (table.rows.empty() && table.more.hits == 0) {
    None(out, none);
    out += "</section>";
    return;
  }
  std::vector<Bar> bars;
  ChartLabel label{std::string(title), {}};
  for (const Ranked& row : table.rows) {
    if (bars.size() == kChartBars) break;
    bars.push_back({row.name, row.hits, Thousands(row.hits)});
    if (!label.numbers.empty()) label.numbers += "; ";
    label.numbers += row.name + " " + Thousands(row.hits);
  }
  out += BarChart(label, bars);
  out += "<details><summary>Table</summary>";
  RankedRows(out, table, shape);
  out += "</details></section>";
}

}  // namespace waymark::traffic::html
