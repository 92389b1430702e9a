#include "traffic/log_source.hpp"

#include <gtest/gtest.h>

#include "traffic/log_files.hpp"
#include "traffic/test_lines.hpp"
#include "weblog/test_dir.hpp"

namespace waymark::traffic {
namespace {

using test::Gzip;
using test::Line;
using weblog::TestDir;
using weblog::WriteFile;

std::string Lines(int count, const std::string& time = "01/Nov/2026:10:00:00 +0000") {
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += Line({.time = time, .request = "GET /p" + std::to_string(i) + " HTTP/1.1"}) + "\n";
  }
  return text;
}

LogSource Open(const std::filesystem::path& path) {
  Result<LogSource> source = LogSource::Open(path);
  EXPECT_TRUE(source.ok()) << source.status().message();
  return std::move(source).value();
}

TEST(LogSource, ReadsPlainAndCompressedFilesAlike) {
  TestDir dir;
  WriteFile(dir / "access.log", Lines(3000));
  WriteFile(dir / "access.log-20261101-000000.gz", Gzip(Lines(2000)));
  Tally tally;
  for (const auto& path : LogFilesIn(dir.path())) Open(path).ReadInto(tally, 0, true, nullptr);
  EXPECT_EQ(tally.Lines().counted, 5000u);
  EXPECT_TRUE(tally.Notes().empty());
}

TEST(LogSource, ReadsGzipMembersJoinedTogether) {
  TestDir dir;
  WriteFile(dir / "joined.gz", Gzip(Lines(10)) + Gzip(Lines(5)));
  Tally tally;
  Open(dir / "joined.gz").ReadInto(tally, 0, true, nullptr);
  EXPECT_EQ(tally.Lines().counted, 15u);
  EXPECT_TRUE(tally.Notes().empty());
}

TEST(LogSource, KeepsTheLinesOfATruncatedGzipFileAndSaysSo) {
  TestDir dir;
  const std::string whole = Gzip(Lines(5000));
  WriteFile(dir / "cut.gz", whole.substr(0, whole.size() / 2));
  Tally tally;
  Open(dir / "cut.gz").ReadInto(tally, 0, true, nullptr);
  EXPECT_GT(tally.Lines().counted, 100u);
  EXPECT_LT(tally.Lines().counted, 5000u);
  ASSERT_EQ(tally.Notes().size(), 1u);
  EXPECT_NE(tally.Notes()[0].find("ends early"), std::string::npos) << tally.Notes()[0];
}

TEST(LogSource, StopsAtCorruptCompressedDataAndSaysSo) {
  TestDir dir;
  std::string data = Gzip(Lines(5000));
  for (std::size_t i = data.size() / 2; i < data.size() / 2 + 64; ++i) data[i] = '\x55';
  WriteFile(dir / "bad.gz", data);
  Tally tally;
  Open(dir / "bad.gz").ReadInto(tally, 0, true, nullptr);
  EXPECT_LT(tally.Lines().counted, 5000u);
  ASSERT_FALSE(tally.Notes().empty());
  EXPECT_NE(tally.Notes()[0].find("corrupt"), std::string::npos) << tally.Notes()[0];
}

TEST(LogSource, BinaryGarbageIsCountedNotFatal) {
  TestDir dir;
  std::string garbage;
  for (int i = 0; i < 200'000; ++i) garbage += static_cast<char>((i * 7919) % 256);
  WriteFile(dir / "garbage.log", Lines(3) + garbage + "\n" + Lines(2));
  Tally tally;
  Open(dir / "garbage.log").ReadInto(tally, 0, true, nullptr);
  EXPECT_EQ(tally.Lines().counted, 5u);
  EXPECT_GT(tally.Lines().Skipped(), 0u);
}

TEST(LogSource, ResumesAfterTheLastWholeLine) {
  TestDir dir;
  const std::string first = Lines(4);
  const std::string half = Line({}).substr(0, 30);
  WriteFile(dir / "access.log", first + half);
  Tally tally;
  LogSource::Read read = Open(dir / "access.log").ReadInto(tally, 0, false, nullptr);
  EXPECT_EQ(read.end_offset, first.size());
  EXPECT_EQ(tally.Lines().counted, 4u);

  WriteFile(dir / "access.log", first + Line({}) + "\n" + Lines(2));
  read = Open(dir / "access.log").ReadInto(tally, read.end_offset, false, nullptr);
  EXPECT_EQ(tally.Lines().counted, 7u);
  EXPECT_EQ(tally.Lines().Skipped(), 0u);
}

TEST(LogSource, ResumesInACompressedCopyOfAFileAlreadyPartlyRead) {
  TestDir dir;
  const std::string first = Lines(4), rest = Lines(3, "02/Nov/2026:10:00:00 +0000");
  WriteFile(dir / "access.log", first);
  Tally tally;
  const LogSource::Read read = Open(dir / "access.log").ReadInto(tally, 0, false, nullptr);
  // Rotated, more lines written, then compressed by another tool.
  WriteFile(dir / "access.log-20261102-000000.gz", Gzip(first + rest));
  LogSource compressed = Open(dir / "access.log-20261102-000000.gz");
  EXPECT_EQ(compressed.Head(64), first.substr(0, 64));
  const LogSource::Read again = compressed.ReadInto(tally, read.end_offset, false, nullptr);
  EXPECT_EQ(tally.Lines().counted, 7u);
  EXPECT_EQ(again.end_offset, first.size() + rest.size());
}

TEST(LogSource, ReadsAFileRotatedAwayWhileItIsRead) {
  TestDir dir;
  WriteFile(dir / "access.log", Lines(10));
  LogSource source = Open(dir / "access.log");
  // The server rotates: the file is renamed, a new one takes its name, and the old one
  // still receives the lines of requests that were in flight.
  std::filesystem::rename(dir / "access.log", dir / "access.log-20261101-100000");
  WriteFile(dir / "access.log", Lines(99));
  std::ofstream(dir / "access.log-20261101-100000", std::ios::app) << Lines(5);
  Tally tally;
  source.ReadInto(tally, 0, true, nullptr);
  EXPECT_EQ(tally.Lines().counted, 15u);
}

TEST(LogSource, ReportsProgressInFileBytes) {
  TestDir dir;
  const std::string text = Lines(20'000);
  WriteFile(dir / "access.log", Gzip(text));
  std::uint64_t last = 0;
  int calls = 0;
  Tally tally;
  LogSource source = Open(dir / "access.log");
  EXPECT_TRUE(source.Compressed());
  source.ReadInto(tally, 0, true, [&](std::uint64_t done) {
    EXPECT_GE(done, last);
    last = done;
    ++calls;
  });
  EXPECT_GT(calls, 0);
  EXPECT_EQ(last, source.Size());
}

TEST(LogSource, NamesWhatCannotBeOpened) {
  TestDir dir;
  const Result<LogSource> missing = LogSource::Open(dir / "nope.log");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("nope.log"), std::string::npos);
  EXPECT_FALSE(LogSource::Open(dir.path()).ok());
}

TEST(LogFiles, FindsRotatedFilesOldestFirstAndTheLogLast) {
  TestDir dir;
  for (const char* name :
       {"access.log", "access.log-20261102-000000.gz", "access.log-20261101-000000",
        "access.log-20261101-000000.1", "error.log", "access.log.bak"}) {
    WriteFile(dir / name, "");
  }
  std::vector<std::string> names;
  for (const auto& path : LogFilesIn(dir.path())) names.push_back(path.filename().string());
  EXPECT_EQ(names,
            (std::vector<std::string>{"access.log-20261101-000000", "access.log-20261101-000000.1",
                                      "access.log-20261102-000000.gz", "access.log"}));
}

}  // namespace
}  // namespace waymark::traffic
