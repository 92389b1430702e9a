#include "traffic/svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

#include "markup/html.hpp"

namespace waymark::traffic {
namespace {

using markup::AppendEscapedHtml;

// Past this many columns a tooltip per column costs more page than it is worth; the table
// under the chart has the numbers.
constexpr std::size_t kMaxColumnTips = 400;
// Past this many, the points of the line are not marked: they would merge into it.
constexpr std::size_t kMaxLineDots = 62;
// The average advance of a 12px system-font character, in pixels, to space texts.
constexpr double kCharWidth = 6.8;
// The longest name beside a bar: with its value, it still fits a phone's width.
constexpr std::size_t kMaxNameChars = 34;

// A coordinate to one decimal, without a trailing ".0": the page stays small.
std::string Coord(double value) {
  std::string text = fmt::format("{:.1f}", value);
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text;
}

// Characters, not bytes: a name is cut between UTF-8 sequences, never inside one.
std::size_t CharCount(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string Cut(std::string_view text, std::size_t max_chars) {
  if (CharCount(text) <= max_chars) return std::string(text);
  std::size_t chars = 0;
  std::size_t at = 0;
  for (; at < text.size(); ++at) {
    if ((text[at] & 0xC0) != 0x80 && chars++ == max_chars - 1) break;
  }
  return std::string(text.substr(0, at)) + "\u2026";
}

// Charts have no viewBox: a unit is a CSS pixel, so texts keep their size on a phone as on
// a wide screen, and what must stretch is placed in percentages of the width.
void OpenSvg(std::string& out, std::string_view css_class, std::string_view height,
             const ChartLabel& label, std::string_view extra = {}) {
  std::string spoken = label.title;
  if (!label.numbers.empty()) spoken += ": " + label.numbers;
  fmt::format_to(std::back_inserter(out),
                 "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {}\" width=\"100%\" "
                 "height=\"{}\"{} role=\"img\" aria-label=\"",
                 css_class, height, extra);
  AppendEscapedHtml(out, spoken);
  out += "\"><title>";
  AppendEscapedHtml(out, spoken);
  out += "</title>";
}

// A horizontal position or a width, in percent of the chart's.
std::string Pct(double value) {
  std::string text = fmt::format("{:.3f}", value);
  while (text.ends_with('0')) text.pop_back();
  if (text.ends_with('.')) text.pop_back();
  return text + "%";
}

void Rect(std::string& out, std::string_view css_class, std::string_view x, double y,
          std::string_view width, double height, std::string_view tip = {}) {
  fmt::format_to(std::back_inserter(out),
                 "<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"", css_class, x,
                 Coord(y), width, Coord(height));
  if (tip.empty()) {
    out += "/>";
    return;
  }
  out += "><title>";
  AppendEscapedHtml(out, tip);
  out += "</title></rect>";
}

void Text(std::string& out, std::string_view css_class, std::string_view x, double y,
          std::string_view anchor, std::string_view text) {
  fmt::format_to(std::back_inserter(out),
                 "<text class=\"{}\" x=\"{}\" y=\"{}\" text-anchor=\"{}\">", css_class, x, Coord(y),
                 anchor);
  AppendEscapedHtml(out, text);
  out += "</text>";
}

// The plot area of a column chart: pixels down, percent across.
struct Plot {
  static constexpr int kHeight = 240;
  static constexpr double kTop = 10, kBottom = 216;
  // The width the labels under the axis are spaced for; narrower charts hide some (the
  // t1 and t2 classes, by container query).
  static constexpr double kLabelledWidth = 1000;

  AxisScale scale;
  std::size_t count = 1;

  double Slot() const { return 100.0 / static_cast<double>(count); }
  double Center(std::size_t i) const { return Slot() * (static_cast<double>(i) + 0.5); }
  double Y(std::uint64_t value) const {
    return kBottom - (kBottom - kTop) * static_cast<double>(value) / static_cast<double>(scale.top);
  }
};

// Gridlines across the plot, under the columns.
void Gridlines(std::string& out, const Plot& plot) {
  for (std::uint64_t tick = 0; tick <= plot.scale.top; tick += plot.scale.step) {
    const std::string y = Coord(plot.Y(tick));
    fmt::format_to(std::back_inserter(out),
                   "<line class=\"{}\" x1=\"0\" x2=\"100%\" y1=\"{}\" y2=\"{}\"/>",
                   tick == 0 ? "c-axis" : "c-grid", y, y);
  }
}

// The value of each gridline, left of the chart: the page gives column charts a margin
// there, and they draw outside their box. 0 goes unsaid.
void GridValues(std::string& out, const Plot& plot) {
  for (std::uint64_t tick = plot.scale.step; tick <= plot.scale.top; tick += plot.scale.step) {
    Text(out, "tick", "-6", plot.Y(tick) + 4, "end", ShortNumber(tick));
  }
}

// Labels under the columns, every `stride`-th one, so that none overlaps the next at
// kLabelledWidth; every other one of those is t1 and every other one of the rest t2, for
// the page to hide on narrower charts.
void LabelAxis(std::string& out, const Plot& plot, const std::vector<Column>& columns) {
  std::size_t longest = 1;
  for (const Column& column : columns) longest = std::max(longest, CharCount(column.label));
  const double label_width = static_cast<double>(longest) * kCharWidth + 12;
  const auto fitting =
      std::max<std::size_t>(1, static_cast<std::size_t>(Plot::kLabelledWidth / label_width));
  const std::size_t stride = (columns.size() + fitting - 1) / fitting;
  for (std::size_t i = 0, shown = 0; i < columns.size(); i += stride, ++shown) {
    if (columns[i].label.empty()) continue;
    const char* tier = shown % 2 == 1 ? "tick t1" : shown % 4 == 2 ? "tick t2" : "tick";
    // The first and last labels align with their column's outer edge to stay inside.
    const double center = plot.Center(i);
    if (center < 4) {
      Text(out, tier, Pct(center - plot.Slot() / 2), Plot::kHeight - 6, "start", columns[i].label);
    } else if (center > 96) {
      Text(out, tier, Pct(center + plot.Slot() / 2), Plot::kHeight - 6, "end", columns[i].label);
    } else {
      Text(out, tier, Pct(center), Plot::kHeight - 6, "middle", columns[i].label);
    }
  }
}

void Columns(std::string& out, const Plot& plot, const std::vector<Column>& columns) {
  // Few columns would be slabs at full width: they get more space between them.
  const double width = plot.Slot() * (columns.size() < 12 ? 0.5 : 0.75);
  const bool tips = columns.size() <= kMaxColumnTips;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].value == 0) continue;
    const double top = plot.Y(columns[i].value);
    Rect(out, "c-bar", Pct(plot.Center(i) - width / 2), top, Pct(width), Plot::kBottom - top,
         tips ? std::string_view(columns[i].tip) : std::string_view());
  }
}

// The second series, as segments: a path cannot be placed in percentages, a line can.
void Line(std::string& out, const Plot& plot, const std::vector<Column>& columns) {
  std::optional<std::size_t> previous;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (!columns[i].line) continue;
    if (previous) {
      fmt::format_to(std::back_inserter(out),
                     "<line class=\"c-line\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
                     Pct(plot.Center(*previous)), Coord(plot.Y(*columns[*previous].line)),
                     Pct(plot.Center(i)), Coord(plot.Y(*columns[i].line)));
    }
    previous = i;
  }
  if (columns.size() > kMaxLineDots) return;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (!columns[i].line) continue;
    fmt::format_to(std::back_inserter(out), "<circle class=\"c-dot\" cx=\"{}\" cy=\"{}\" r=\"3\"/>",
                   Pct(plot.Center(i)), Coord(plot.Y(*columns[i].line)));
  }
}

}  // namespace

AxisScale ScaleFor(std::uint64_t max) {
  max = std::max<std::uint64_t>(max, 1);
  for (std::uint64_t power = 1; power <= std::numeric_limits<std::uint64_t>::max() / 50;
       power *= 10) {
    for (std::uint64_t step : {power, 2 * power, 5 * power}) {
      if (step * 4 >= max) return {(max + step - 1) / step * step, step};
    }
  }
  return {max, max};  // beyond any log's counts
}

std::string ShortNumber(std::uint64_t value) {
  static constexpr std::string_view kUnits[] = {"", "k", "M", "G", "T", "P", "E"};
  double scaled = static_cast<double>(value);
  std::size_t unit = 0;
  while (scaled >= 1000 && unit + 1 < std::size(kUnits)) {
    scaled /= 1000;
    ++unit;
  }
  if (unit == 0) return std::to_string(value);
  return Coord(scaled) + std::string(kUnits[unit]);
}

std::string ColumnChart(const ChartLabel& label, const std::vector<Column>& columns) {
  std::uint64_t max = 0;
  for (const Column& column : columns) {
    max = std::max({max, column.value, column.line.value_or(0)});
  }
  const Plot plot{ScaleFor(max), std::max<std::size_t>(columns.size(), 1)};
  std::string out;
  OpenSvg(out, "cols", std::to_string(Plot::kHeight), label);
  Gridlines(out, plot);
  Columns(out, plot, columns);
  Line(out, plot, columns);
  GridValues(out, plot);
  LabelAxis(out, plot, columns);
  out += "</svg>";
  return out;
}

std::string BarChart(const ChartLabel& label, const std::vector<Bar>& bars) {
  constexpr int kRow = 30;
  if (bars.empty()) return {};
  std::uint64_t max = 1;
  for (const Bar& bar : bars) max = std::max(max, bar.value);
  std::string out;
  OpenSvg(out, "bars", std::to_string(kRow * bars.size()), label);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& bar = bars[i];
    const double y = static_cast<double>(i * kRow);
    out += "<g><title>";
    AppendEscapedHtml(out, bar.name + ": " + bar.value_text);
    out += "</title>";
    Text(out, "name", "0", y + 13, "start", Cut(bar.name, kMaxNameChars));
    Text(out, "val", "100%", y + 13, "end", bar.value_text);
    Rect(out, "c-track", "0", y + 18, "100%", 7);
    const double width = 100.0 * static_cast<double>(bar.value) / static_cast<double>(max);
    if (bar.value > 0) Rect(out, "c-bar", "0", y + 18, Pct(width), 7);
    out += "</g>";
  }
  out += "</svg>";
  return out;
}

std::string StackedBar(const ChartLabel& label, const std::vector<Segment>& segments) {
  std::uint64_t total = 0;
  for (const Segment& segment : segments) total += segment.value;
  std::string out;
  OpenSvg(out, "stack", "22", label);
  double x = 0;
  for (const Segment& segment : segments) {
    if (total == 0 || segment.value == 0) continue;
    const double width = 100.0 * static_cast<double>(segment.value) / static_cast<double>(total);
    Rect(out, segment.css_class, Pct(x), 0, Pct(width), 22, segment.tip);
    x += width;
  }
  out += "</svg>";
  return out;
}

}  // namespace waymark::traffic
