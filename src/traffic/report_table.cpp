#include "traffic/report_table.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/time_format.hpp"
#include "traffic/number_format.hpp"

namespace waymark::traffic {
namespace {

constexpr std::size_t kNameWidth = 56;

// Log fields are attacker-written: keep only printable ASCII so the terminal shows
// text, never escape sequences, and cut it to one line.
std::string Printable(std::string_view text) {
  std::string out;
  for (char c : text.substr(0, kNameWidth)) out += (c >= 0x20 && c < 0x7F) ? c : '?';
  if (text.size() > kNameWidth) out.replace(kNameWidth - 3, 3, "...");
  return out;
}

std::string Bar(std::uint64_t value, std::uint64_t max, int width) {
  const int filled =
      max == 0 ? 0 : static_cast<int>((value * static_cast<std::uint64_t>(width) + max - 1) / max);
  std::string bar;
  for (int i = 0; i < filled; ++i) bar += "#";
  return bar;
}

void Heading(std::string& out, std::string_view title) {
  fmt::format_to(std::back_inserter(out), "\n{}\n{}\n", title, std::string(title.size(), '-'));
}

void Table(std::string& out, std::string_view title, const RankedTable& table, bool with_bytes) {
  if (table.rows.empty()) return;
  Heading(out, fmt::format("{} ({} of {})", title, table.rows.size(), Thousands(table.distinct)));
  for (const Ranked& row : table.rows) {
    fmt::format_to(std::back_inserter(out), "  {:>11}  {:>10}  {}\n", Thousands(row.hits),
                   with_bytes ? HumanBytes(row.bytes) : "", Printable(row.name));
  }
  if (table.more.hits > 0) {
    fmt::format_to(std::back_inserter(out), "  {:>11}  {:>10}  (all others)\n",
                   Thousands(table.more.hits), with_bytes ? HumanBytes(table.more.bytes) : "");
  }
}

void Totals(std::string& out, const Report& report) {
  const std::string range = report.first_day
                                ? IsoDate(*report.first_day) + " to " + IsoDate(*report.last_day)
                                : "no requests in range";
  fmt::format_to(std::back_inserter(out),
                 "Traffic, {}\n\n  Requests   {:>15}\n  Visitors   {:>15}\n  Bytes      {:>15}\n"
                 "  Not found  {:>15}\n",
                 range, Thousands(report.requests), Thousands(report.visitors),
                 HumanBytes(report.bytes), Thousands(report.not_found_requests));
}

void Days(std::string& out, const Report& report) {
  if (report.days.empty()) return;
  Heading(out, "Requests by day (UTC as logged)");
  std::uint64_t max = 0;
  for (const DayRow& row : report.days) max = std::max(max, row.requests);
  for (const DayRow& row : report.days) {
    fmt::format_to(std::back_inserter(out), "  {}  {:>11}  {:>9} visitors  {}\n", IsoDate(row.day),
                   Thousands(row.requests), Thousands(row.visitors), Bar(row.requests, max, 30));
  }
}

void Hours(std::string& out, const Report& report) {
  if (report.requests == 0) return;
  Heading(out, "Requests by hour");
  const std::uint64_t max = *std::max_element(report.hours.begin(), report.hours.end());
  for (int h = 0; h < 24; ++h) {
    fmt::format_to(std::back_inserter(out), "  {:02}h  {:>11}  {}\n", h, Thousands(report.hours[h]),
                   Bar(report.hours[h], max, 40));
  }
}

void Status(std::string& out, const Report& report) {
  if (report.status.empty()) return;
  Heading(out, "Status codes");
  for (const auto& [code, hits] : report.status) {
    fmt::format_to(std::back_inserter(out), "  {}  {:>11}\n", code, Thousands(hits));
  }
}

void Lines(std::string& out, const Report& report) {
  const LineCounts& lines = report.lines;
  Heading(out, "Lines");
  fmt::format_to(std::back_inserter(out), "  {:>11}  read\n  {:>11}  counted\n",
                 Thousands(lines.Read()), Thousands(lines.counted));
  if (lines.outside_range > 0) {
    fmt::format_to(std::back_inserter(out), "  {:>11}  outside the dates asked for\n",
                   Thousands(lines.outside_range));
  }
  for (int i = 0; i < kLineProblemCount; ++i) {
    if (lines.skipped[i] == 0) continue;
    fmt::format_to(std::back_inserter(out), "  {:>11}  skipped: {}\n", Thousands(lines.skipped[i]),
                   LineProblemName(LineProblem(i)));
  }
  for (const std::string& note : report.notes) {
    fmt::format_to(std::back_inserter(out), "  note: {}\n", Printable(note));
  }
}

void DemographicsTables(std::string& out, const Demographics& demographics) {
  Table(out, "Visitors' domains (reverse DNS)", demographics.domains, false);
  Table(out, "Countries", demographics.countries, false);
  for (const std::string& note : demographics.notes) {
    fmt::format_to(std::back_inserter(out), "  note: {}\n", note);
  }
}

}  // namespace

std::string RenderTable(const Report& report) {
  std::string out;
  Totals(out, report);
  Days(out, report);
  Hours(out, report);
  Status(out, report);
  Table(out, "Top pages", report.pages, true);
  Table(out, "Top static files", report.files, true);
  Table(out, "Not found (404)", report.not_found, false);
  for (const FailureRow& row : report.failures) {
    if (row.status != 404) Table(out, fmt::format("Answered {}", row.status), row.urls, false);
  }
  Table(out, "Referring sites", report.referrers, false);
  Table(out, "Browsers", report.browsers, false);
  Table(out, "Operating systems", report.systems, false);
  Table(out, "Devices", report.devices, false);
  Table(out, "Crawlers and tools", report.crawlers, false);
  if (report.demographics) DemographicsTables(out, *report.demographics);
  Lines(out, report);
  return out;
}

}  // namespace waymark::traffic
