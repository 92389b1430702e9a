#include "traffic/svg_chart.hpp"

#include <gtest/gtest.h>

#include <string>

namespace waymark::traffic {
namespace {

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

TEST(SvgChartTest, ScalesTheAxisToRoundSteps) {
  EXPECT_EQ(ScaleFor(0).top, 1u);  // never a scale of zero to divide by
  EXPECT_EQ(ScaleFor(0).step, 1u);
  EXPECT_EQ(ScaleFor(3).top, 3u);
  EXPECT_EQ(ScaleFor(3).step, 1u);
  EXPECT_EQ(ScaleFor(7).top, 8u);
  EXPECT_EQ(ScaleFor(7).step, 2u);
  EXPECT_EQ(ScaleFor(95).top, 100u);
  EXPECT_EQ(ScaleFor(95).step, 50u);
  EXPECT_EQ(ScaleFor(1'234).top, 1'500u);
  EXPECT_EQ(ScaleFor(1'234).step, 500u);
  EXPECT_EQ(ScaleFor(1'000'000).top, 1'000'000u);
  EXPECT_EQ(ScaleFor(1'000'000).step, 500'000u);
  for (std::uint64_t max : {1u, 9u, 41u, 399u, 4'001u, 77'777u}) {
    const AxisScale scale = ScaleFor(max);
    EXPECT_GE(scale.top, max);
    EXPECT_EQ(scale.top % scale.step, 0u);
    EXPECT_LE(scale.top / scale.step, 4u) << max;
  }
}

TEST(SvgChartTest, WritesTicksShort) {
  EXPECT_EQ(ShortNumber(0), "0");
  EXPECT_EQ(ShortNumber(950), "950");
  EXPECT_EQ(ShortNumber(1'500), "1.5k");
  EXPECT_EQ(ShortNumber(12'000), "12k");
  EXPECT_EQ(ShortNumber(3'000'000), "3M");
  EXPECT_EQ(ShortNumber(2'500'000'000), "2.5G");
}

TEST(SvgChartTest, LabelsTheChartForScreenReaders) {
  const std::string svg =
      BarChart({"Browsers", "Firefox 3; Safari 1"}, {{"Firefox", 3, "3"}, {"Safari", 1, "1"}});
  EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\""));
  EXPECT_TRUE(Contains(svg,
                       "role=\"img\" aria-label=\"Browsers: Firefox 3; Safari 1\">"
                       "<title>Browsers: Firefox 3; Safari 1</title>"));
  EXPECT_TRUE(svg.ends_with("</svg>"));
}

TEST(SvgChartTest, CutsLongNamesBetweenCharacters) {
  std::string accented = "/";
  for (int i = 0; i < 80; ++i) accented += "\xC3\xA9";  // é
  const std::string svg = BarChart({"Pages", ""}, {{accented, 1, "1"}});
  const std::size_t open = svg.find("<text class=\"name\"");
  const std::size_t start = svg.find('>', open) + 1;
  const std::string shown = svg.substr(start, svg.find("</text>", start) - start);
  EXPECT_TRUE(shown.ends_with("\xC3\xA9\u2026")) << shown;  // a whole é, then the ellipsis
  EXPECT_LT(shown.size(), accented.size());
  EXPECT_TRUE(Contains(svg, "<title>" + accented + ": 1</title>"));  // whole on hover
}

TEST(SvgChartTest, DrawsNothingToDivideByZero) {
  EXPECT_EQ(BarChart({"Empty", ""}, {}), "");
  const std::string stack = StackedBar({"Status", ""}, {{"s2", 0, "none"}});
  EXPECT_FALSE(Contains(stack, "<rect"));
  const std::string columns = ColumnChart({"Hours", ""}, {{"00", 0, 0, "none"}});
  EXPECT_FALSE(Contains(columns, "nan"));
  EXPECT_FALSE(Contains(columns, "inf"));
  EXPECT_FALSE(Contains(columns, "class=\"c-bar\""));
  const std::string none = ColumnChart({"Days", ""}, {});
  EXPECT_FALSE(Contains(none, "nan"));
}

TEST(SvgChartTest, SplitsTheStackedBarByShare) {
  const std::string svg = StackedBar({"Status", ""}, {{"s2", 3, "2xx"}, {"s4", 1, "4xx"}});
  EXPECT_TRUE(Contains(svg,
                       "<rect class=\"s2\" x=\"0%\" y=\"0\" width=\"75%\" height=\"22\">"
                       "<title>2xx</title></rect>"));
  EXPECT_TRUE(Contains(svg, "<rect class=\"s4\" x=\"75%\" y=\"0\" width=\"25%\" height=\"22\">"));
}

TEST(SvgChartTest, ThinsOutLabelsThatWouldOverlap) {
  std::vector<Column> days;
  for (int i = 0; i < 90; ++i) days.push_back({"12 Nov", 1, std::nullopt, ""});
  const std::string svg = ColumnChart({"Days", ""}, days);
  const auto count = [&svg](std::string_view part) {
    std::size_t found = 0;
    for (std::size_t at = svg.find(part); at != std::string::npos; at = svg.find(part, at + 1)) {
      ++found;
    }
    return found;
  };
  // A 1000 px chart holds about 18 labels of 6 characters: every 5th day's.
  EXPECT_EQ(count(">12 Nov<"), 18u);
  EXPECT_EQ(count("<text class=\"tick t1\""), 9u);  // hidden on a narrow chart
  EXPECT_EQ(count("<text class=\"tick t2\""), 4u);  // hidden on a phone as well
}

TEST(SvgChartTest, PlacesColumnsInPercentOfTheWidth) {
  const std::string svg = ColumnChart({"Hours", ""}, {{"00", 4, 2, "a"}, {"01", 2, 1, "b"}});
  EXPECT_TRUE(Contains(svg, "width=\"100%\" height=\"240\""));
  // Two columns, half of each slot wide, centred in it; the scale tops at 4.
  EXPECT_TRUE(Contains(svg,
                       "<rect class=\"c-bar\" x=\"12.5%\" y=\"10\" width=\"25%\" "
                       "height=\"206\"><title>a</title></rect>"));
  EXPECT_TRUE(Contains(svg,
                       "<rect class=\"c-bar\" x=\"62.5%\" y=\"113\" width=\"25%\" "
                       "height=\"103\"><title>b</title></rect>"));
  EXPECT_TRUE(
      Contains(svg, "<line class=\"c-line\" x1=\"25%\" y1=\"113\" x2=\"75%\" y2=\"164.5\"/>"));
}

}  // namespace
}  // namespace waymark::traffic
