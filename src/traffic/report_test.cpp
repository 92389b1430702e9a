#include "traffic/report.hpp"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "traffic/number_format.hpp"
#include "traffic/report_json.hpp"
#include "traffic/report_table.hpp"
#include "traffic/test_lines.hpp"

namespace waymark::traffic {
namespace {

using test::Line;

Tally SampleTally() {
  Tally tally;
  tally.AddLine(Line({.address = "10.0.0.1", .request = "GET /a HTTP/1.1", .bytes = "100"}));
  tally.AddLine(Line({.address = "10.0.0.1", .request = "GET /a HTTP/1.1", .bytes = "100"}));
  tally.AddLine(
      Line({.address = "10.0.0.2", .request = "GET /b HTTP/1.1", .referrer = "https://x.test/"}));
  tally.AddLine(Line({.address = "10.0.0.3",
                      .time = "02/Nov/2026:08:00:00 +0000",
                      .request = "GET /missing?q=1 HTTP/1.1",
                      .status = 404}));
  tally.AddLine(Line({.address = "10.0.0.3",
                      .time = "02/Nov/2026:09:00:00 +0000",
                      .request = "POST /v1/events HTTP/1.1",
                      .status = 500}));
  tally.AddLine("192.0.2.1 is not a log line");
  return tally;
}

TEST(Rank, KeepsTheTopRowsAndAddsUpTheRest) {
  const RankedTable table =
      Rank({{"b", 5, 50, 0}, {"a", 5, 10, 0}, {"c", 9, 1, 0}, {"d", 1, 1, 0}}, 2, Count{3, 3, 0});
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].name, "c");
  EXPECT_EQ(table.rows[1].name, "a");  // ties go by name
  EXPECT_EQ(table.distinct, 4u);
  EXPECT_EQ(table.more.hits, 5u + 1 + 3);  // "b", "d" and what passed the counter's limit
}

TEST(Summarize, AddsUpDaysAndSplitsFailuresByStatus) {
  const Report report = Summarize(SampleTally(), {});
  EXPECT_EQ(report.requests, 5u);
  EXPECT_EQ(report.visitors, 3u);  // 10.0.0.1, 10.0.0.2 on day one; 10.0.0.3's 500 on day two
  EXPECT_EQ(report.days.size(), 2u);
  EXPECT_EQ(report.hours[10], 3u);
  EXPECT_EQ(report.not_found_requests, 1u);
  ASSERT_EQ(report.not_found.rows.size(), 1u);
  EXPECT_EQ(report.not_found.rows[0].name, "/missing");
  ASSERT_EQ(report.failures.size(), 2u);
  EXPECT_EQ(report.failures[1].status, 500u);
  EXPECT_EQ(report.failures[1].urls.rows[0].name, "/v1/events");
  EXPECT_EQ(report.pages.rows[0].name, "/a");
  EXPECT_EQ(report.pages.rows[0].bytes, 200u);
  EXPECT_EQ(report.referrers.rows[0].name, "x.test");
  EXPECT_EQ(report.lines.Skipped(), 1u);
  std::uint64_t by_status = 0;
  for (const auto& [code, hits] : report.status) by_status += hits;
  EXPECT_EQ(by_status, report.requests);
}

TEST(Summarize, TakesOnlyTheDaysAskedFor) {
  using std::chrono::November;
  const std::chrono::sys_days second{std::chrono::year{2026} / November / 2};
  const Report report = Summarize(SampleTally(), {.range = {second, second}});
  EXPECT_EQ(report.requests, 2u);
  EXPECT_EQ(report.first_day, second);
  EXPECT_TRUE(report.pages.rows.empty() || report.pages.rows[0].name != "/a");
}

TEST(Summarize, AnEmptyTallyGivesAnEmptyReport) {
  const Report report = Summarize(Tally{}, {});
  EXPECT_EQ(report.requests, 0u);
  EXPECT_FALSE(report.first_day);
  const boost::json::object json = ReportJson(report);
  EXPECT_TRUE(json.at("from").is_null());
  EXPECT_NE(RenderTable(report).find("no requests in range"), std::string::npos);
}

TEST(ReportJson, HasTheDocumentedTopLevel) {
  const boost::json::object json = ReportJson(Summarize(SampleTally(), {}));
  for (const char* key : {"from", "to", "requests", "visitors", "bytes", "status", "days", "hours",
                          "pages", "files", "notFound", "failures", "referrers", "browsers",
                          "systems", "devices", "crawlers", "lines", "notes"}) {
    EXPECT_TRUE(json.contains(key)) << key;
  }
  EXPECT_EQ(json.at("from").as_string(), "2026-11-01");
  EXPECT_EQ(json.at("requests").to_number<int>(), 5);
  EXPECT_EQ(json.at("status").at("404").to_number<int>(), 1);
  EXPECT_EQ(json.at("notFound").at("requests").to_number<int>(), 1);
  EXPECT_EQ(json.at("lines").at("skipped").at("total").to_number<int>(), 1);
  EXPECT_EQ(json.at("lines").at("skipped").at("not in the Combined format").to_number<int>(), 1);
  EXPECT_FALSE(json.contains("demographics"));
}

TEST(ReportTable, ShowsTotalsTablesAndSkippedLines) {
  const std::string text = RenderTable(Summarize(SampleTally(), {}));
  EXPECT_NE(text.find("Requests                 5"), std::string::npos) << text;
  EXPECT_NE(text.find("Not found (404)"), std::string::npos);
  EXPECT_NE(text.find("Answered 500"), std::string::npos);
  EXPECT_NE(text.find("skipped: not in the Combined format"), std::string::npos);
}

TEST(ReportTable, NeverPrintsControlBytesFromTheLog) {
  Tally tally;
  tally.AddLine(Line({.request = "GET /\x1b[2J\x07 HTTP/1.1"}));
  const std::string text = RenderTable(Summarize(tally, {}));
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_EQ(text.find('\x07'), std::string::npos);
}

TEST(NumberFormat, WritesCountsAndSizesForPeople) {
  EXPECT_EQ(Thousands(0), "0");
  EXPECT_EQ(Thousands(999), "999");
  EXPECT_EQ(Thousands(1000), "1,000");
  EXPECT_EQ(Thousands(1234567), "1,234,567");
  EXPECT_EQ(HumanBytes(512), "512 B");
  EXPECT_EQ(HumanBytes(1536), "1.5 KiB");
  EXPECT_EQ(HumanBytes(23058538690), "21.5 GiB");
}

}  // namespace
}  // namespace waymark::traffic
