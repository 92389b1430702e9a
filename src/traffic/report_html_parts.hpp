#pragma once

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "traffic/report.hpp"

// The pieces the HTML report is made of: how it writes days, shares and counts, its cells
// and sections, and its ranked tables (as a table, or as bars with the table under them).
// Everything from the log is escaped on the way in.
namespace waymark::traffic::html {

// Which columns a ranked table shows beside its names.
struct TableShape {
  std::string_view name;  // the heading of the names
  bool visitors = false;  // only user agents count visitors
  bool bytes = false;
};

// Days: "3 Nov 2026" (or "3 Nov" when the year goes without saying), "Tue 3 Nov 2026",
// and the report's range in words with its number of days.
std::string DayText(std::chrono::sys_days day, bool with_year = true);
std::string LongDayText(std::chrono::sys_days day);
bool SameYear(std::chrono::sys_days a, std::chrono::sys_days b);
std::string RangeText(const Report& report);

// `part` of `whole` in percent, 0 for an empty whole.
double Share(std::uint64_t part, std::uint64_t whole);
// "12.3%"; "<0.1%" rather than a misleading "0.0%" for a few.
std::string Percent(std::uint64_t part, std::uint64_t whole);
// "1 request", "1,234 requests".
std::string Counted(std::uint64_t count, std::string_view noun);

// Cells and sections; `text` is escaped.
void Esc(std::string& out, std::string_view text);
void Cell(std::string& out, std::string_view text, std::string_view css_class = {});
void HeadRow(std::string& out, std::initializer_list<std::string_view> headings);
void ShareCell(std::string& out, std::uint64_t part, std::uint64_t whole);
// Opens a <section> with its heading and an optional note beside it.
void OpenSection(std::string& out, std::string_view title, std::string_view note = {});
// What an empty section says instead of a table.
void None(std::string& out, std::string_view text);

// Every row of the table, and what did not make the cut as one last row ("All others").
void RankedRows(std::string& out, const RankedTable& table, const TableShape& shape);
// "top 20 of 1,041" when the table was cut; empty otherwise.
std::string CountNote(const RankedTable& table);
// A table of names, as a section of its own; `none` when it is empty.
void RankedSection(std::string& out, std::string_view title, const RankedTable& table,
                   const TableShape& shape, std::string_view none);
// The top names as bars, and the whole table under them.
void RankedChart(std::string& out, std::string_view title, const RankedTable& table,
                 const TableShape& shape, std::string_view none);

}  // namespace waymark::traffic::html
