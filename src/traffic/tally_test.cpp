#include "traffic/tally.hpp"

#include <gtest/gtest.h>

#include "traffic/test_lines.hpp"

namespace waymark::traffic {
namespace {

using std::chrono::November;
using test::Line;

constexpr std::chrono::sys_days Nov(unsigned day) {
  return std::chrono::sys_days{std::chrono::year{2026} / November / std::chrono::day{day}};
}

TEST(Tally, CountsVisitorsAsAddressAndAgentPerDay) {
  Tally tally;
  tally.AddLine(Line({.address = "10.0.0.1"}));
  tally.AddLine(Line({.address = "10.0.0.1", .request = "GET /sdk.js HTTP/1.1"}));  // same visitor
  tally.AddLine(Line({.address = "10.0.0.1", .agent = "curl/8"}));                  // other agent
  tally.AddLine(Line({.address = "10.0.0.2"}));                                     // other address
  tally.AddLine(Line({.address = "10.0.0.1", .time = "02/Nov/2026:01:00:00 +0000"}));  // next day
  ASSERT_EQ(tally.Days().size(), 2u);
  EXPECT_EQ(tally.Days().at(Nov(1)).visitors, 3u);
  EXPECT_EQ(tally.Days().at(Nov(1)).requests, 4u);
  EXPECT_EQ(tally.Days().at(Nov(2)).visitors, 1u);
}

TEST(Tally, ClientErrorsMakeNoVisitorButCountAsRequests) {
  Tally tally;
  tally.AddLine(Line({.address = "10.0.0.9", .request = "GET /.env HTTP/1.1", .status = 404}));
  tally.AddLine(Line({.address = "10.0.0.9", .status = 403}));
  tally.AddLine(Line({.address = "10.0.0.8", .status = 503}));  // a server error still does
  const DayTally& day = tally.Days().at(Nov(1));
  EXPECT_EQ(day.requests, 3u);
  EXPECT_EQ(day.visitors, 1u);
  EXPECT_EQ(day.status.at(404), 1u);
  EXPECT_EQ(day.failures.Counts().at("404 /.env").hits, 1u);
  EXPECT_EQ(day.failures.Counts().at("503 /").hits, 1u);
}

TEST(Tally, SeparatesPagesFromStaticFilesAndDropsQueries) {
  Tally tally;
  tally.AddLine(Line({.request = "GET /pricing?token=secret HTTP/1.1", .bytes = "100"}));
  tally.AddLine(Line({.request = "GET /pricing HTTP/1.1", .bytes = "50"}));
  tally.AddLine(Line({.request = "GET /static/App.CSS?v=3 HTTP/1.1"}));
  const DayTally& day = tally.Days().at(Nov(1));
  EXPECT_EQ(day.pages.Counts().at("/pricing").hits, 2u);
  EXPECT_EQ(day.pages.Counts().at("/pricing").bytes, 150u);
  EXPECT_EQ(day.files.Counts().at("/static/App.CSS").hits, 1u);
  EXPECT_FALSE(day.pages.Counts().contains("/pricing?token=secret"));
}

TEST(Tally, CountsReferringHosts) {
  Tally tally;
  tally.AddLine(Line({.referrer = "https://News.Example.com:8443/item?id=1"}));
  tally.AddLine(Line({.referrer = "http://user@news.example.com/"}));
  tally.AddLine(Line({.referrer = "-"}));
  tally.AddLine(Line({.referrer = "android-app://com.example"}));
  const DayTally& day = tally.Days().at(Nov(1));
  EXPECT_EQ(day.referrers.Counts().at("news.example.com").hits, 2u);
  EXPECT_EQ(day.referrers.Counts().at("com.example").hits, 1u);
  EXPECT_EQ(day.referrers.Counts().size(), 2u);
}

TEST(Tally, AcceptsDaysOutOfOrder) {
  Tally tally;
  tally.AddLine(Line({.time = "03/Nov/2026:10:00:00 +0000"}));
  tally.AddLine(Line({.time = "01/Nov/2026:10:00:00 +0000"}));
  tally.AddLine(Line({.time = "03/Nov/2026:11:00:00 +0000"}));
  EXPECT_EQ(tally.Days().at(Nov(3)).requests, 2u);
  EXPECT_EQ(tally.Days().at(Nov(1)).requests, 1u);
  EXPECT_EQ(tally.Days().begin()->first, Nov(1));
}

TEST(Tally, KeepsOnlyTheRangeAndAccountsForEveryLine) {
  Tally tally({}, DayRange{Nov(2), Nov(3)});
  tally.AddLine(Line({.time = "01/Nov/2026:23:59:59 +0000"}));
  tally.AddLine(Line({.time = "02/Nov/2026:00:00:00 +0000"}));
  tally.AddLine(Line({.time = "03/Nov/2026:23:59:59 +0000"}));
  tally.AddLine(Line({.time = "04/Nov/2026:00:00:00 +0000"}));
  tally.AddLine("garbage");
  tally.AddProblem(LineProblem::kTooLong);
  EXPECT_EQ(tally.Lines().counted, 2u);
  EXPECT_EQ(tally.Lines().outside_range, 2u);
  EXPECT_EQ(tally.Lines().skipped[static_cast<int>(LineProblem::kNotCombined)], 1u);
  EXPECT_EQ(tally.Lines().Skipped(), 2u);
  EXPECT_EQ(tally.Lines().Read(), 6u);
}

TEST(Tally, BoundsEveryTableByItsLimit) {
  Tally tally(TallyLimits{.urls = 3});
  for (int i = 0; i < 10; ++i) {
    tally.AddLine(Line({.request = "GET /scan/" + std::to_string(i) + " HTTP/1.1"}));
  }
  const DayTally& day = tally.Days().at(Nov(1));
  EXPECT_EQ(day.pages.Counts().size(), 3u);
  EXPECT_EQ(day.pages.Other().hits, 7u);
}

TEST(Tally, SealedDaysForgetVisitorsButKeepTheirCount) {
  Tally tally;
  tally.AddLine(Line({}));
  tally.AddLine(Line({.time = "02/Nov/2026:10:00:00 +0000"}));
  tally.SealBefore(Nov(2));
  EXPECT_EQ(tally.Days().at(Nov(1)).visitors, 1u);
  tally.AddLine(Line({.time = "02/Nov/2026:11:00:00 +0000"}));
  EXPECT_EQ(tally.Days().at(Nov(2)).visitors, 1u);  // the open day still knows its visitor
}

TEST(Tally, ForgetsTheDaysBeforeAGivenOne) {
  Tally tally;
  tally.AddLine(Line({.time = "01/Nov/2026:10:00:00 +0000"}));
  tally.AddLine(Line({.time = "02/Nov/2026:10:00:00 +0000"}));
  tally.ForgetBefore(Nov(2));
  ASSERT_EQ(tally.Days().size(), 1u);
  EXPECT_EQ(tally.Days().begin()->first, Nov(2));
  tally.AddLine(Line({.time = "02/Nov/2026:11:00:00 +0000"}));
  EXPECT_EQ(tally.Days().at(Nov(2)).requests, 2u);
}

TEST(StaticFiles, AreKnownByTheirExtension) {
  EXPECT_TRUE(IsStaticFile("/sdk.js"));
  EXPECT_TRUE(IsStaticFile("/fonts/Inter.WOFF2"));
  EXPECT_FALSE(IsStaticFile("/"));
  EXPECT_FALSE(IsStaticFile("/changelog/v1.2/notes"));
  EXPECT_FALSE(IsStaticFile("/file."));
  EXPECT_EQ(PathOf("/a?b#c"), "/a");
  EXPECT_EQ(PathOf("/a#c?d"), "/a");
}

}  // namespace
}  // namespace waymark::traffic
