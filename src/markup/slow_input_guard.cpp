#include "markup/slow_input_guard.hpp"

#include <algorithm>

namespace waymark::markup {
namespace {

struct Totals {
  std::size_t table_cells = 0;
  std::size_t inline_cost = 0;
  std::size_t autolink_cost = 0;
  bool wide_table = false;
};

// The run of non-blank lines being measured.
struct Run {
  std::size_t bytes = 0;
  std::size_t lines = 0;
  std::size_t openers = 0;
  std::size_t ats = 0;
  std::size_t max_pipes = 0;
  bool delimiter_row = false;
};

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// Over-matches on purpose ('>' for rows inside block quotes): a false table only costs
// the estimate, a missed one costs the server.
bool MayBeDelimiterRow(std::string_view line) {
  return line.find('|') != std::string_view::npos && line.find('-') != std::string_view::npos &&
         line.find_first_not_of(" \t|:->") == std::string_view::npos;
}

std::size_t CountOpeners(std::string_view line) {
  std::size_t count = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    const char c = line[i], next = line[i + 1];
    if ((c == '<' && (next == '?' || next == '!')) || (c == '!' && next == '[')) ++count;
  }
  return count;
}

void AddLine(Run& run, std::string_view line) {
  run.bytes += line.size() + 1;
  ++run.lines;
  run.openers += CountOpeners(line);
  run.ats += std::count(line.begin(), line.end(), '@');
  run.max_pipes = std::max<std::size_t>(run.max_pipes, std::count(line.begin(), line.end(), '|'));
  run.delimiter_row = run.delimiter_row || MayBeDelimiterRow(line);
}

void EndRun(Totals& totals, Run& run) {
  // Saturating: the products of a hostile megabyte still fit, but stay clear of the edge.
  totals.inline_cost = std::min(totals.inline_cost + run.openers * run.bytes, kMaxInlineCost + 1);
  totals.autolink_cost = std::min(totals.autolink_cost + run.ats * run.bytes, kMaxInlineCost + 1);
  if (run.delimiter_row) {
    totals.table_cells =
        std::min(totals.table_cells + (run.max_pipes + 1) * run.lines, kMaxTableCells + 1);
    totals.wide_table = totals.wide_table || run.max_pipes > kMaxTableColumns;
  }
  run = Run{};
}

Totals Measure(std::string_view markdown) {
  Totals totals;
  Run run;
  std::size_t start = 0;
  while (start <= markdown.size()) {
    std::size_t end = std::min(markdown.find_first_of("\r\n", start), markdown.size());
    std::string_view line = markdown.substr(start, end - start);
    if (IsBlank(line)) {
      EndRun(totals, run);
    } else {
      AddLine(run, line);
    }
    // "\r\n" ends one line, not a line and a blank one.
    const bool crlf =
        end + 1 < markdown.size() && markdown[end] == '\r' && markdown[end + 1] == '\n';
    start = end + (crlf ? 2 : 1);
  }
  EndRun(totals, run);
  return totals;
}

std::string NeutralizeOpeners(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size() + markdown.size() / 8);
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    const char c = markdown[i];
    const char next = i + 1 < markdown.size() ? markdown[i + 1] : '\0';
    if (c == '<' && (next == '?' || next == '!')) {
      out += "&lt;";
    } else if (c == '!' && next == '[') {
      out += "&#33;";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

GuardedInput GuardSlowInput(std::string_view markdown) {
  const Totals totals = Measure(markdown);
  GuardedInput guarded;
  guarded.tables = !totals.wide_table && totals.table_cells <= kMaxTableCells;
  guarded.autolinks = totals.autolink_cost <= kMaxInlineCost;
  guarded.markdown =
      totals.inline_cost > kMaxInlineCost ? NeutralizeOpeners(markdown) : std::string(markdown);
  return guarded;
}

}  // namespace waymark::markup
