#include "traffic/traffic_index.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <thread>
#include <vector>

#include "traffic/test_lines.hpp"
#include "weblog/test_dir.hpp"

namespace waymark::traffic {
namespace {

using namespace std::chrono_literals;
using std::chrono::November;
using std::chrono::system_clock;
using test::Gzip;
using test::Line;
using weblog::TestDir;
using weblog::WriteFile;

constexpr std::chrono::sys_days Nov(unsigned day) {
  return std::chrono::sys_days{std::chrono::year{2026} / November / std::chrono::day{day}};
}

// Noon on a day of November 2026, when the tests' refreshes happen.
system_clock::time_point NoonOf(unsigned day) {
  return Nov(day) + 12h;
}

// `count` lines of one day, told apart by their path (and so by their first line too).
std::string Lines(int count, unsigned day = 1, const std::string& tag = "p") {
  const std::string date = (day < 10 ? "0" : "") + std::to_string(day) + "/Nov/2026:10:00:00 +0000";
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += Line({.time = date, .request = "GET /" + tag + std::to_string(i) + " HTTP/1.1"}) + "\n";
  }
  return text;
}

void Append(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::app) << text;
}

std::uint64_t Requests(const TrafficIndex& index, DayRange range = {}) {
  return index.Query(range, 10).requests;
}

class TrafficIndexTest : public ::testing::Test {
 protected:
  TrafficIndex Index(int retention_days = 0) {
    return TrafficIndex({.dir = dir_.path(), .retention_days = retention_days});
  }
  std::filesystem::path Live() const { return dir_ / "access.log"; }
  std::filesystem::path Rotated(const std::string& suffix = "") const {
    return dir_ / ("access.log-20261101-235959" + suffix);
  }

  TestDir dir_;
};

TEST_F(TrafficIndexTest, LinesAppendedBetweenRefreshesAreCountedOnce) {
  WriteFile(Live(), Lines(3));
  TrafficIndex index = Index();
  index.Refresh(NoonOf(2));
  EXPECT_EQ(Requests(index), 3u);
  Append(Live(), Lines(2, 1, "more"));
  index.Refresh(NoonOf(2) + 2s);
  EXPECT_EQ(Requests(index), 5u);
  index.Refresh(NoonOf(2) + 4s);
  EXPECT_EQ(Requests(index), 5u);
  EXPECT_EQ(index.Query({}, 10).lines.counted, 5u);
}

TEST_F(TrafficIndexTest, RefreshesAtMostOnceAnInterval) {
  WriteFile(Live(), Lines(3));
  TrafficIndex index = Index();
  index.Refresh(NoonOf(2));
  Append(Live(), Lines(2, 1, "more"));
  index.Refresh(NoonOf(2) + 500ms);
  EXPECT_EQ(Requests(index), 3u);  // answered from the tally as it was
  index.Refresh(NoonOf(2) + 1s);
  EXPECT_EQ(Requests(index), 5u);
}

TEST_F(TrafficIndexTest, FlushesTheServersLogBeforeReading) {
  WriteFile(Live(), Lines(1));
  int flushes = 0;
  TrafficIndex index({.dir = dir_.path(), .flush = [&] {
                        ++flushes;
                        Append(Live(), Lines(2, 1, "buffered"));
                      }});
  index.Refresh(NoonOf(2));
  EXPECT_EQ(Requests(index), 3u);
  index.Refresh(NoonOf(2) + 500ms);  // no refresh, no flush
  EXPECT_EQ(flushes, 1);
}

TEST_F(TrafficIndexTest, ARenamedLogGoesOnWhereItStoppedAndTheNewOneStartsAtZero) {
  WriteFile(Live(), Lines(3));
  TrafficIndex index = Index();
  index.Refresh(NoonOf(2));
  Append(Live(), Lines(1, 1, "late"));
  std::filesystem::rename(Live(), Rotated());
  WriteFile(Live(), Lines(2, 2, "new"));
  index.Refresh(NoonOf(2) + 2s);
  EXPECT_EQ(Requests(index), 6u);
  EXPECT_EQ(Requests(index, {.since = Nov(2), .until = Nov(2)}), 2u);
  index.Refresh(NoonOf(2) + 4s);
  EXPECT_EQ(Requests(index), 6u);
}

TEST_F(TrafficIndexTest, ACompressedCopyOfAReadFileCountsNothingTwice) {
  WriteFile(Rotated(), Lines(4));
  WriteFile(Live(), Lines(1, 2, "today"));
  TrafficIndex index = Index();
  index.Refresh(NoonOf(2));
  EXPECT_EQ(Requests(index), 5u);
  // Compressed the way gzip and logrotate do: the copy first, then the original goes.
  WriteFile(Rotated(".gz"), Gzip(Lines(4)));
  index.Refresh(NoonOf(2) + 2s);
  EXPECT_EQ(Requests(index), 5u);
  std::filesystem::remove(Rotated());
  index.Refresh(NoonOf(2) + 4s);
  EXPECT_EQ(Requests(index), 5u);
}

TEST_F(TrafficIndexTest, ALogRotatedAndCompressedBetweenRefreshesAddsOnlyItsNewLines) {
  WriteFile(Live(), Lines(3));
  TrafficIndex index = Index();
  index.Refresh(NoonOf(2));
  Append(Live(), Lines(2, 1, "late"));
  WriteFile(Rotated(".gz"), Gzip(Lines(3) + Lines(2, 1, "late")));
  std::filesystem::remove(Live());
  WriteFile(Live(), Lines(1, 2, "new"));
  index.Refresh(NoonOf(2) + 2s);
  EXPECT_EQ(Requests(index), 6u);
  EXPECT_TRUE(index.Query({}, 10).notes.empty());
}

TEST_F(TrafficIndexTest, AHalfWrittenLastLineIsCountedOnceWhenComplete) {
  const std::string line = Line({.request = "GET /slow HTTP/1.1"});
  WriteFile(Live(), Lines(2) + line.substr(0, 40));
  TrafficIndex index = Index();
  index.Refresh(NoonOf(2));
  EXPECT_EQ(Requests(index), 2u);
  EXPECT_EQ(index.Query({}, 10).lines.Skipped(), 0u);
  Append(Live(), line.substr(40) + "\n");
  index.Refresh(NoonOf(2) + 2s);
  EXPECT_EQ(Requests(index), 3u);
  index.Refresh(NoonOf(2) + 4s);
  EXPECT_EQ(Requests(index), 3u);
  EXPECT_EQ(index.Query({}, 10).pages.rows.size(), 3u);
}

TEST_F(TrafficIndexTest, AHalfWrittenLineLeftInARotatedFileCountsOnce) {
  const std::string line = Line({.request = "GET /cut HTTP/1.1"});
  WriteFile(Live(), Lines(2) + line);  // no '\n': the server stopped mid-line
  TrafficIndex index = Index();
  index.Refresh(NoonOf(2));
  EXPECT_EQ(Requests(index), 2u);
  std::filesystem::rename(Live(), Rotated());
  index.Refresh(NoonOf(2) + 2s);
  EXPECT_EQ(Requests(index), 3u);
  index.Refresh(NoonOf(2) + 4s);
  EXPECT_EQ(Requests(index), 3u);
}

TEST_F(TrafficIndexTest, ANewLogIsReadOnceItsFirstLineIsWhole) {
  const std::string line = Line({});
  WriteFile(Live(), line.substr(0, 30));
  TrafficIndex index = Index();
  index.Refresh(NoonOf(2));
  EXPECT_EQ(Requests(index), 0u);
  Append(Live(), line.substr(30) + "\n");
  index.Refresh(NoonOf(2) + 2s);
  EXPECT_EQ(Requests(index), 1u);
  Append(Live(), Lines(600, 1, "grown"));  // past the head: the key must not change
  index.Refresh(NoonOf(2) + 4s);
  EXPECT_EQ(Requests(index), 601u);
}

TEST_F(TrafficIndexTest, QueriesLeaveOutDaysOutsideTheirRange) {
  WriteFile(Rotated(), Lines(1, 1) + Lines(2, 2, "two"));
  WriteFile(Live(), Lines(4, 3, "three"));
  TrafficIndex index = Index();
  index.Refresh(NoonOf(3));
  EXPECT_EQ(Requests(index), 7u);
  EXPECT_EQ(Requests(index, {.since = Nov(2), .until = Nov(2)}), 2u);
  EXPECT_EQ(Requests(index, {.since = Nov(2)}), 6u);
  EXPECT_EQ(Requests(index, {.until = Nov(2)}), 3u);
  EXPECT_EQ(Requests(index, {.since = Nov(4)}), 0u);
  const Report report = index.Query({.since = Nov(2), .until = Nov(2)}, 10);
  ASSERT_EQ(report.days.size(), 1u);
  EXPECT_EQ(report.days[0].day, Nov(2));
}

TEST_F(TrafficIndexTest, RetentionForgetsTheDaysBeforeIt) {
  WriteFile(Rotated(), Lines(5, 1, "old") + Lines(3, 20, "kept"));
  WriteFile(Live(), Lines(2, 28, "today"));
  TrafficIndex index = Index(10);
  index.Refresh(NoonOf(28));  // keeps the days from November 18 on
  EXPECT_EQ(Requests(index), 5u);
  EXPECT_EQ(Requests(index, {.until = Nov(17)}), 0u);

  // Ten days on, November 20 has gone too; today's lines are not counted again.
  Append(Live(), Lines(1, 28, "later"));
  index.Refresh(NoonOf(28) + std::chrono::days(3));
  EXPECT_EQ(Requests(index), 3u);
  EXPECT_EQ(index.Query({}, 10).first_day, Nov(28));
  index.Refresh(NoonOf(28) + std::chrono::days(3) + 2s);
  EXPECT_EQ(Requests(index), 3u);
}

TEST_F(TrafficIndexTest, RetentionZeroKeepsEveryDay) {
  WriteFile(Live(), Lines(2, 1) + Lines(1, 28, "today"));
  TrafficIndex index = Index(0);
  index.Refresh(NoonOf(28) + std::chrono::days(400));
  EXPECT_EQ(Requests(index), 3u);
}

TEST_F(TrafficIndexTest, ConcurrentRefreshesAndQueriesCountEachLineOnce) {
  WriteFile(Live(), Lines(1, 1, "first"));
  TrafficIndex index({.dir = dir_.path(), .retention_days = 0, .min_interval = 0ms});
  std::atomic<bool> writing = true;
  std::vector<std::thread> readers;
  for (int i = 0; i < 4; ++i) {
    readers.emplace_back([&] {
      while (writing) {
        index.Refresh();
        index.Query({}, 5);
      }
    });
  }
  for (int i = 0; i < 2000; ++i) Append(Live(), Lines(5, 1, "w" + std::to_string(i) + "-"));
  writing = false;
  for (std::thread& reader : readers) reader.join();
  index.Refresh();
  EXPECT_EQ(Requests(index), 1u + 2000 * 5);
}

TEST(FileKey, NamesAFileByItsFirstLinesOnceTheyAreWhole) {
  const std::string line = Line({}) + "\n";
  EXPECT_EQ(FileKey(""), std::nullopt);
  EXPECT_EQ(FileKey(line.substr(0, line.size() - 1)), std::nullopt);  // still being written
  ASSERT_TRUE(FileKey(line));
  EXPECT_EQ(FileKey(line), FileKey(line + "more being written"));
  EXPECT_EQ(FileKey(line), FileKey(line + Line({.status = 500}) + "\n"));
  EXPECT_NE(FileKey(line), FileKey(Line({.status = 500}) + "\n"));
}

TEST(FileKey, ShortFirstLinesAreNotEnoughToTellFilesApart) {
  EXPECT_EQ(FileKey("\n"), std::nullopt);
  EXPECT_EQ(FileKey("garbage\n"), std::nullopt);
  const std::string blank = "\n";
  EXPECT_NE(FileKey(blank + Line({}) + "\n"), FileKey(blank + Line({.status = 404}) + "\n"));
}

TEST(FileKey, AFirstLineLongerThanTheHeadIsNamedByTheHead) {
  const std::string head(kFileKeyHeadBytes, 'x');
  EXPECT_EQ(FileKey(head.substr(0, kFileKeyHeadBytes - 1)), std::nullopt);
  ASSERT_TRUE(FileKey(head));
  EXPECT_EQ(FileKey(head), FileKey(head + "xxxx\n"));
}

}  // namespace
}  // namespace waymark::traffic
