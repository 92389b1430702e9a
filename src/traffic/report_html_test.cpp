#include "traffic/report_html.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "traffic/tally.hpp"

namespace waymark::traffic {
namespace {

using namespace std::chrono_literals;

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

std::size_t CountOf(std::string_view text, std::string_view part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string_view::npos;
       at = text.find(part, at + part.size())) {
    ++count;
  }
  return count;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Whether xmllint (libxml2-utils, from scripts/install-deps) reads the page as well-formed
// XML: every element closed and nested, every attribute quoted, every entity known. The
// page is written so that it holds, which HTML parsers do not check. A missing xmllint
// fails the check rather than skipping it.
bool WellFormed(const std::string& html) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("waymark_report_" + std::to_string(getpid()) + ".html");
  std::ofstream(path, std::ios::binary) << html;
  const std::string command = "xmllint --noout '" + path.string() + "' 2>/dev/null";
  const int status = std::system(command.c_str());
  std::filesystem::remove(path);
  return status == 0;
}

// The <svg> elements of the page, whole.
std::vector<std::string> Svgs(const std::string& html) {
  std::vector<std::string> svgs;
  for (std::size_t at = html.find("<svg"); at != std::string::npos;
       at = html.find("<svg", at + 1)) {
    svgs.push_back(html.substr(at, html.find("</svg>", at) + 6 - at));
  }
  return svgs;
}

// The svg whose label starts with `title`.
std::string SvgTitled(const std::string& html, std::string_view title) {
  for (const std::string& svg : Svgs(html)) {
    if (Contains(svg, "aria-label=\"" + std::string(title))) return svg;
  }
  return {};
}

// The widths of the bars (class c-bar) of one chart, in order.
std::vector<double> BarWidths(const std::string& svg) {
  static const std::regex kBar(R"re(<rect class="c-bar" x="[^"]*" y="[^"]*" width="([^"]*)")re");
  std::vector<double> widths;
  for (std::sregex_iterator it(svg.begin(), svg.end(), kBar), end; it != end; ++it) {
    widths.push_back(std::stod((*it)[1]));
  }
  return widths;
}

std::string Line(std::string_view date, std::string_view hour, std::string_view address,
                 std::string_view target, unsigned status, std::string_view referrer,
                 std::string_view agent) {
  return std::string(address) + " - - [" + std::string(date) + ":" + std::string(hour) +
         ":00:00 +0000] \"GET " + std::string(target) + " HTTP/1.1\" " + std::to_string(status) +
         " 2048 \"" + std::string(referrer) + "\" \"" + std::string(agent) + "\"";
}

constexpr std::string_view kFirefox =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0";
constexpr std::string_view kSafari =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

// Three days of a small site: pages, a style sheet, a 404, a 500, referrers, browsers and
// a crawler.
Report ThreeDays() {
  Tally tally;
  for (std::string_view date : {"01/Nov/2026", "02/Nov/2026", "04/Nov/2026"}) {
    tally.AddLine(Line(date, "09", "1.2.3.4", "/", 200, "https://www.example.org/a", kFirefox));
    tally.AddLine(Line(date, "09", "1.2.3.4", "/app.css", 200, "-", kFirefox));
    tally.AddLine(
        Line(date, "14", "5.6.7.8", "/pricing", 200, "https://news.example.net/", kSafari));
    tally.AddLine(Line(date, "14", "5.6.7.8", "/missing", 404, "-", kSafari));
    tally.AddLine(Line(date, "20", "9.9.9.9", "/", 301, "-", "curl/8.5.0"));
  }
  tally.AddLine(Line("02/Nov/2026", "21", "5.6.7.8", "/api/save", 500, "-", kSafari));
  tally.AddLine("192.0.2.1 is not a log line");
  tally.AddNote("access.log.2.gz ends early: truncated");
  return Summarize(tally, {});
}

TEST(ReportHtmlTest, IsOneWellFormedPageWithoutScriptOrRequest) {
  const std::string html = RenderHtml(ThreeDays(), {"Traffic of access.log", "", {}});
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  EXPECT_TRUE(WellFormed(html)) << html;
  const std::string lower = Lower(html);
  EXPECT_FALSE(Contains(lower, "<script"));
  EXPECT_FALSE(Contains(lower, "<link"));
  EXPECT_FALSE(Contains(lower, "src="));
  EXPECT_FALSE(Contains(lower, "url("));
  EXPECT_FALSE(Contains(lower, "@import"));
  // The only address in the page is the SVG namespace, which is a name, not a request.
  EXPECT_EQ(CountOf(lower, "http"), CountOf(lower, "xmlns=\"http://www.w3.org/2000/svg\""));
}

TEST(ReportHtmlTest, KeepsItsStyleSmall) {
  const std::string html = RenderHtml(ThreeDays(), {});
  const std::size_t open = html.find("<style>"), close = html.find("</style>");
  ASSERT_NE(open, std::string::npos);
  ASSERT_NE(close, std::string::npos);
  EXPECT_LT(close - open, 8u * 1024);
  EXPECT_EQ(CountOf(html, "<style>"), 1u);
  EXPECT_TRUE(Contains(html, "prefers-color-scheme:dark"));
  EXPECT_TRUE(Contains(html, "@media print"));
}

TEST(ReportHtmlTest, HeadlinesTheTotalsWithSeparatorsAndUnits) {
  Report report;
  report.first_day = std::chrono::sys_days(2026y / 11 / 1);
  report.last_day = std::chrono::sys_days(2026y / 11 / 30);
  report.requests = 1'234'567;
  report.visitors = 45'678;
  report.bytes = 23'058'538'690;
  report.not_found_requests = 12'345;
  report.lines.counted = 1'234'567;
  report.lines.skipped[static_cast<int>(LineProblem::kBadTime)] = 1'500;
  report.days = {{*report.first_day, 600'000, 20'000, 1}, {*report.last_day, 634'567, 25'678, 2}};
  report.hours[10] = 1'234'567;
  report.status = {{200, 1'222'222}, {404, 12'345}};
  const std::string html = RenderHtml(
      report, {"Traffic of access.log", "2026-11-30 10:31 UTC", {"access.log", "access.log.1.gz"}});
  EXPECT_TRUE(Contains(html, "<span>Requests</span><b>1,234,567</b>"));
  EXPECT_TRUE(Contains(html, "<span>Unique visitors</span><b>45,678</b>"));
  EXPECT_TRUE(Contains(html, "<span>Data sent</span><b>21.5 GiB</b>"));
  EXPECT_TRUE(Contains(html, "<span>Not found</span><b>12,345</b><span>1.0% of requests"));
  EXPECT_TRUE(Contains(html, "<span>Lines skipped</span><b>1,500</b><span>of 1,236,067 lines"));
  EXPECT_TRUE(Contains(html, "<td>Skipped: unreadable time</td><td class=\"n\">1,500</td>"));
  EXPECT_TRUE(Contains(html, "<h1>Traffic of access.log</h1>"));
  EXPECT_TRUE(Contains(html, "1 Nov \u2013 30 Nov 2026 (30 days)"));
  EXPECT_TRUE(Contains(html, "From access.log, access.log.1.gz"));
  EXPECT_TRUE(Contains(html, "on 2026-11-30 10:31 UTC"));
  EXPECT_TRUE(WellFormed(html));
}

TEST(ReportHtmlTest, DrawsEachChartAsOneLabelledSvg) {
  const std::string html = RenderHtml(ThreeDays(), {});
  const std::vector<std::string> svgs = Svgs(html);
  // Over time, by hour, status, referrers, browsers, systems, devices, crawlers.
  ASSERT_EQ(svgs.size(), 8u);
  for (const std::string& svg : svgs) {
    EXPECT_TRUE(Contains(svg, "role=\"img\" aria-label=\"")) << svg;
    EXPECT_TRUE(Contains(svg, "><title>")) << svg;
    EXPECT_FALSE(Contains(Lower(svg), "nan")) << svg;
    EXPECT_FALSE(Contains(Lower(svg), "inf")) << svg;
  }
  // Each chart is followed by its numbers as a table (the status codes' table is shown).
  EXPECT_EQ(CountOf(html, "<details><summary>Table</summary><table>"), 7u);
  // A screen reader hears the numbers.
  EXPECT_TRUE(Contains(SvgTitled(html, "Status classes"),
                       "2xx success 56.2% (9 requests); 3xx redirection 18.8% (3 requests); "
                       "4xx client error 18.8% (3 requests); 5xx server error 6.2% (1 request)"));
  EXPECT_TRUE(Contains(SvgTitled(html, "Referring sites"),
                       "Referring sites: news.example.net 3; www.example.org 3"));
}

TEST(ReportHtmlTest, ListsEveryStatusCodeAndTheUrlsBehindErrors) {
  const std::string html = RenderHtml(ThreeDays(), {});
  EXPECT_TRUE(Contains(html, "<td>200 OK</td><td class=\"n\">9</td>"));
  EXPECT_TRUE(Contains(html, "<td>404 Not Found</td><td class=\"n\">3</td>"));
  EXPECT_TRUE(Contains(html, "<td>500 Internal Server Error</td><td class=\"n\">1</td>"));
  EXPECT_TRUE(Contains(html, "<h3>500 Internal Server Error <span class=\"note\">1 request<"));
  EXPECT_TRUE(Contains(html, "\">/api/save</td>"));
  EXPECT_TRUE(Contains(html, "\">/missing</td><td class=\"n\">3</td>"));
  EXPECT_TRUE(Contains(html, "\">/app.css</td>"));
  EXPECT_TRUE(Contains(html, "<li>access.log.2.gz ends early: truncated</li>"));
  EXPECT_TRUE(Contains(html, "<td>Skipped: not in the Combined format</td><td class=\"n\">1</td>"));
}

TEST(ReportHtmlTest, EscapesEverythingTheLogWrote) {
  Report report;
  report.first_day = report.last_day = std::chrono::sys_days(2026y / 11 / 1);
  report.requests = report.visitors = 2;
  report.days = {{*report.first_day, 2, 2, 100}};
  report.hours[3] = 2;
  report.status = {{404, 2}};
  report.not_found_requests = 2;
  report.not_found.rows = {{"/<script>alert(1)</script>", 2, 0, 0}};
  report.failures = {{404, report.not_found}};
  report.referrers.rows = {{"evil.example\"onload=alert(1)", 2, 0, 0}};
  report.browsers.rows = {{"<img src=x onerror=alert(1)>", 2, 0, 2}};
  report.notes = {"file '<b>' & more"};
  report.demographics = Demographics{{}, {{{"<i>land", 2, 0, 0}}}, {"<u>note"}};
  const std::string html =
      RenderHtml(report, {"Traffic of <em>", "<now>", {"access.log\"><script>"}});

  EXPECT_FALSE(Contains(Lower(html), "<script"));
  EXPECT_FALSE(Contains(html, "\"onload="));
  EXPECT_FALSE(Contains(html, "<img"));
  EXPECT_FALSE(Contains(html, "<b>'"));
  EXPECT_FALSE(Contains(html, "<i>land"));
  EXPECT_FALSE(Contains(html, "<u>"));
  EXPECT_FALSE(Contains(html, "<em>"));
  EXPECT_FALSE(Contains(html, "<now>"));
  EXPECT_TRUE(Contains(html, "\">/&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
  EXPECT_TRUE(Contains(html, "evil.example&quot;onload=alert(1)"));
  EXPECT_TRUE(Contains(html, "file &#39;&lt;b&gt;&#39; &amp; more"));
  EXPECT_TRUE(Contains(html, "access.log&quot;&gt;&lt;script&gt;"));
  EXPECT_TRUE(WellFormed(html)) << html;
}

TEST(ReportHtmlTest, SaysSoWhenNothingWasCounted) {
  Tally tally;
  tally.AddLine("garbage");
  tally.AddLine("192.0.2.1 more garbage");
  const std::string html = RenderHtml(Summarize(tally, {}), {});
  EXPECT_TRUE(Contains(html, "No requests in this range"));
  EXPECT_TRUE(Contains(html, "2 lines read, none counted."));
  EXPECT_TRUE(Contains(html, "<td>Skipped: not in the Combined format</td><td class=\"n\">2</td>"));
  EXPECT_FALSE(Contains(html, "<svg"));
  EXPECT_FALSE(Contains(Lower(html), "nan"));
  EXPECT_TRUE(WellFormed(html));

  const std::string bare = RenderHtml(Report{}, {});
  EXPECT_TRUE(Contains(bare, "No requests in this range"));
  EXPECT_TRUE(Contains(bare, "0 lines read, none counted."));
  EXPECT_TRUE(WellFormed(bare));
}

TEST(ReportHtmlTest, DrawsBarsInProportion) {
  Report report;
  report.first_day = report.last_day = std::chrono::sys_days(2026y / 11 / 1);
  report.requests = 175;
  report.days = {{*report.first_day, 175, 3, 0}};
  report.hours[8] = 100;
  report.hours[9] = 50;
  report.hours[10] = 25;
  report.status = {{200, 175}};
  report.referrers.rows = {
      {"a.example", 100, 0, 0}, {"b.example", 50, 0, 0}, {"c.example", 25, 0, 0}};
  const std::string html = RenderHtml(report, {});

  const std::vector<double> referrers = BarWidths(SvgTitled(html, "Referring sites"));
  ASSERT_EQ(referrers.size(), 3u);
  EXPECT_DOUBLE_EQ(referrers[0], 100);  // the top bar spans the chart: 100%
  EXPECT_DOUBLE_EQ(referrers[1], referrers[0] / 2);
  EXPECT_DOUBLE_EQ(referrers[2], referrers[0] / 4);

  // Columns grow upwards from the same base line: heights in the same proportion.
  static const std::regex kHeight(R"re(<rect class="c-bar"[^>]* height="([^"]*)")re");
  const std::string hours = SvgTitled(html, "Requests by hour");
  std::vector<double> heights;
  for (std::sregex_iterator it(hours.begin(), hours.end(), kHeight), end; it != end; ++it) {
    heights.push_back(std::stod((*it)[1]));
  }
  ASSERT_EQ(heights.size(), 3u);
  EXPECT_NEAR(heights[1], heights[0] / 2, 0.1);
  EXPECT_NEAR(heights[2], heights[0] / 4, 0.1);
}

TEST(ReportHtmlTest, ShowsOneDayByHour) {
  Tally tally;
  tally.AddLine(Line("01/Nov/2026", "10", "1.2.3.4", "/", 200, "-", kFirefox));
  tally.AddLine(Line("01/Nov/2026", "10", "1.2.3.4", "/a", 200, "-", kFirefox));
  tally.AddLine(Line("01/Nov/2026", "14", "1.2.3.4", "/b", 200, "-", kFirefox));
  const std::string html = RenderHtml(Summarize(tally, {}), {});

  EXPECT_TRUE(Contains(html, "<h2>Requests by hour <span class=\"note\">Sun 1 Nov 2026</span>"));
  EXPECT_FALSE(Contains(html, "per day"));
  const std::string hours = SvgTitled(html, "Requests by hour");
  ASSERT_FALSE(hours.empty());
  EXPECT_EQ(BarWidths(hours).size(), 2u);  // hours 10 and 14
  EXPECT_TRUE(Contains(hours, "10:00\u201310:59: 2 requests"));
  EXPECT_TRUE(Contains(hours, ">00</text>"));
  EXPECT_TRUE(Contains(hours, ">23</text>"));
  // The by-hour chart is the only column chart: over time and by hour would be the same.
  EXPECT_EQ(CountOf(html, "class=\"chart cols\""), 1u);
}

TEST(ReportHtmlTest, ShowsSeveralDaysByDayWithTheEmptyDaysBetween) {
  const std::string html = RenderHtml(ThreeDays(), {});
  const std::string days = SvgTitled(html, "Requests and unique visitors per day");
  ASSERT_FALSE(days.empty());
  EXPECT_EQ(BarWidths(days).size(), 3u);  // 3 November had no request
  EXPECT_TRUE(Contains(days, "Tue 3 Nov 2026: 0 requests, 0 visitors"));
  EXPECT_TRUE(Contains(days, "Mon 2 Nov 2026: 6 requests, 3 visitors"));
  EXPECT_TRUE(Contains(days, "class=\"c-line\""));
  EXPECT_TRUE(Contains(html, "<td>Tue 3 Nov 2026</td><td class=\"n\">0</td>"));
  EXPECT_TRUE(Contains(html, "1 Nov \u2013 4 Nov 2026 (4 days)"));
  EXPECT_TRUE(Contains(html, "<b>16</b><span>about 4 a day</span>"));  // 3 Nov counts too
}

TEST(ReportHtmlTest, DrawsOnlyTheLoggedDaysWhenTheyAreYearsApart) {
  // One forged line dated decades back must not draw ten thousand empty days.
  Tally tally;
  tally.AddLine(Line("01/Nov/2026", "10", "1.2.3.4", "/", 200, "-", kFirefox));
  tally.AddLine(Line("01/Jan/1990", "10", "1.2.3.4", "/", 200, "-", kFirefox));
  const std::string html = RenderHtml(Summarize(tally, {}), {});
  const std::string days = SvgTitled(html, "Requests and unique visitors per day");
  EXPECT_EQ(BarWidths(days).size(), 2u);
  EXPECT_TRUE(Contains(days, ">1 Jan 1990</text>"));
  EXPECT_TRUE(Contains(days, ">1 Nov 2026</text>"));
  EXPECT_LT(html.size(), 40'000u);
  EXPECT_TRUE(Contains(html, "1 Jan 1990 \u2013 1 Nov 2026 (13,454 days)"));
}

TEST(ReportHtmlTest, AddsWhatDidNotMakeTheCutAsALastRow) {
  Report report = ThreeDays();
  report.pages.more = {7, 7'000, 0};
  report.pages.distinct = 12;
  const std::string html = RenderHtml(report, {});
  EXPECT_TRUE(
      Contains(html, "<tr class=\"o\"><td class=\"u\">All others</td><td class=\"n\">7</td>"));
  EXPECT_TRUE(Contains(html, "<h2>Top pages <span class=\"note\">top 4 of 12</span>"));
  // A line under each name measures it against the top row.
  EXPECT_TRUE(Contains(html, "<td class=\"u b\" style=\"--b:100.0%\">/</td>"));
  EXPECT_TRUE(Contains(html, "<td class=\"u b\" style=\"--b:50.0%\">/pricing</td>"));
  EXPECT_TRUE(Contains(html, "<td class=\"u b\" style=\"--b:16.7%\">/api/save</td>"));
}

TEST(ReportHtmlTest, ShowsDemographicsWhenPresent) {
  Report report = ThreeDays();
  EXPECT_FALSE(Contains(RenderHtml(report, {}), "Countries"));
  report.demographics = Demographics{Rank({{"example.net", 9, 0, 0}}, 10),
                                     Rank({{"Germany", 5, 0, 0}, {"France", 4, 0, 0}}, 10),
                                     {"addresses were anonymized: countries only"}};
  const std::string html = RenderHtml(report, {});
  EXPECT_TRUE(Contains(SvgTitled(html, "Countries"), "Germany 5; France 4"));
  EXPECT_TRUE(Contains(html, "\">example.net</td>"));
  EXPECT_TRUE(Contains(html, "<li>addresses were anonymized: countries only</li>"));
  EXPECT_EQ(Svgs(html).size(), 10u);
}

}  // namespace
}  // namespace waymark::traffic
