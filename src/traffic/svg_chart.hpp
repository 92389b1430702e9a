#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Charts as inline SVG, drawn in C++ so the HTML report needs no script and no request.
// Each chart is one <svg role="img"> whose aria-label and <title> carry its numbers: a
// screen reader reads those, not the shapes. Shapes and texts carry CSS classes (c-bar,
// c-line, s2 ...) that the page styles, so a chart follows the light and the dark scheme.
// Every text is escaped here: callers pass names as they came from the log.
namespace waymark::traffic {

struct ChartLabel {
  std::string title;    // "Requests per day"
  std::string numbers;  // the same numbers in words, for a screen reader
};

// One column of a column chart: a day or an hour.
struct Column {
  std::string label;                  // under the axis, where there is room ("3 Nov", "14")
  std::uint64_t value = 0;            // the column's height
  std::optional<std::uint64_t> line;  // a second series, drawn as a line (visitors)
  std::string tip;                    // shown on hover
};

// Columns on a shared vertical scale that starts at zero, with gridlines at round values.
// Fills the width of its box at a fixed height; the labels under it are spaced for a wide
// chart, and those marked t1 and t2 are for the page to hide when it is narrow.
std::string ColumnChart(const ChartLabel& label, const std::vector<Column>& columns);

struct Bar {
  std::string name;  // cut to fit, whole in the bar's tooltip
  std::uint64_t value = 0;
  std::string value_text;  // written at the right ("1,234")
};

// Horizontal bars in the order given, each scaled to the largest: the name above its bar
// (cut when long, whole in its tooltip), so the chart fits a phone.
std::string BarChart(const ChartLabel& label, const std::vector<Bar>& bars);

struct Segment {
  std::string css_class;  // the segment's colour
  std::uint64_t value = 0;
  std::string tip;
};

// One bar split into the shares of its total (the status classes); its legend is the
// caller's, in HTML, so it stays legible however wide the bar is drawn.
std::string StackedBar(const ChartLabel& label, const std::vector<Segment>& segments);

// The top of a value axis and its step: round numbers (1, 2 or 5 times a power of ten),
// at most four steps, the top at least `max` and at least 1.
struct AxisScale {
  std::uint64_t top = 1;
  std::uint64_t step = 1;
};
AxisScale ScaleFor(std::uint64_t max);

// A tick value written short: 950, "1.5k", "12k", "3M".
std::string ShortNumber(std::uint64_t value);

}  // namespace waymark::traffic
