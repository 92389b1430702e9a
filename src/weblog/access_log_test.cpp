#include "weblog/access_log.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

#include "weblog/test_dir.hpp"

namespace waymark::weblog {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

const auto kNov24 = std::chrono::sys_days{std::chrono::year{2026} / std::chrono::November / 24};

// A clock the test moves by hand.
class FakeClock {
 public:
  explicit FakeClock(std::chrono::system_clock::time_point now) : now_(now) {}
  void Set(std::chrono::system_clock::time_point now) { now_ = now; }
  std::function<std::chrono::system_clock::time_point()> Function() {
    return [this] { return now_.load(); };
  }

 private:
  std::atomic<std::chrono::system_clock::time_point> now_;
};

AccessRecord Request(std::string_view target, std::string_view remote = "192.0.2.10") {
  return {.remote_addr = remote,
          .time = kNov24 + 12h,
          .method = "GET",
          .target = target,
          .status = 200,
          .body_bytes = 512,
          .referer = "https://example.com/",
          .user_agent = "test"};
}

std::string Line(std::string_view target) {
  std::string line;
  AppendCombined(line, Request(target));
  line.pop_back();  // ReadLines strips the '\n'
  return line;
}

std::vector<fs::path> RotatedFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (IsRotatedName(entry.path().filename().native(), "access.log")) files.push_back(entry);
  }
  // Same-second names get ".1", ".2": order by the number after the stamp.
  std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
    const auto ka = a.filename().native(), kb = b.filename().native();
    return ka.size() != kb.size() ? ka.size() < kb.size() : ka < kb;
  });
  return files;
}

class AccessLogTest : public testing::Test {
 protected:
  // Rotation off unless a test turns it on, so midnight cannot split a test's file.
  AccessLogOptions Options() {
    return {.dir = dir_ / "logs", .rotate_bytes = 0, .rotate_daily = false, .retention_days = 0};
  }
  std::unique_ptr<AccessLog> Open(AccessLogOptions options) {
    auto log = AccessLog::Open(std::move(options));
    EXPECT_TRUE(log.ok()) << log.status().message();
    return std::move(log).value();
  }
  fs::path LogPath() const { return dir_ / "logs" / "access.log"; }

  TestDir dir_;
};

TEST_F(AccessLogTest, CreatesTheDirectoryAndWritesCombinedLines) {
  auto log = Open(Options());
  EXPECT_EQ(log->Path(), LogPath());
  log->Write(Request("/a"));
  log->Write(Request("/b"));
  log->Flush();
  EXPECT_THAT(ReadLines(LogPath()), testing::ElementsAre(Line("/a"), Line("/b")));
  const AccessLogStats stats = log->Stats();
  EXPECT_EQ(stats.lines_written, 2u);
  EXPECT_EQ(stats.bytes_written, fs::file_size(LogPath()));
  EXPECT_EQ(stats.lines_dropped, 0u);
}

TEST_F(AccessLogTest, AppendsToAnExistingFile) {
  fs::create_directories(LogPath().parent_path());
  WriteFile(LogPath(), "earlier line\n");
  Open(Options())->Write(Request("/later"));  // the destructor writes what is buffered
  EXPECT_THAT(ReadLines(LogPath()), testing::ElementsAre("earlier line", Line("/later")));
}

TEST_F(AccessLogTest, EveryLineFromManyThreadsLandsExactlyOnce) {
  AccessLogOptions options = Options();
  options.flush_bytes = 4096;  // many small batches
  auto log = Open(options);
  constexpr int kThreads = 8, kLines = 5000;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kLines; ++i) {
        log->Write(Request("/t" + std::to_string(t) + "/" + std::to_string(i)));
      }
    });
  }
  for (auto& thread : threads) thread.join();
  log->Flush();

  std::map<std::string, int> seen;
  for (const std::string& line : ReadLines(LogPath())) ++seen[line];
  ASSERT_EQ(seen.size(), std::size_t{kThreads * kLines});
  for (int t = 0; t < kThreads; ++t) {
    for (int i = 0; i < kLines; i += 499) {
      EXPECT_EQ(seen[Line("/t" + std::to_string(t) + "/" + std::to_string(i))], 1);
    }
  }
  EXPECT_TRUE(std::all_of(seen.begin(), seen.end(), [](auto& kv) { return kv.second == 1; }));
  EXPECT_EQ(log->Stats().lines_written, std::uint64_t{kThreads * kLines});
}

TEST_F(AccessLogTest, ReopenAfterLogrotateMovedTheFileWritesANewOne) {
  auto log = Open(Options());
  log->Write(Request("/before"));
  log->Flush();
  fs::rename(LogPath(), dir_ / "logs" / "access.log.1");

  log->Reopen();
  log->Write(Request("/after"));
  log->Flush();

  EXPECT_THAT(ReadLines(dir_ / "logs" / "access.log.1"), testing::ElementsAre(Line("/before")));
  EXPECT_THAT(ReadLines(LogPath()), testing::ElementsAre(Line("/after")));
}

TEST_F(AccessLogTest, RotatesBySizeWithoutSplittingLines) {
  const std::size_t line_bytes = Line("/00").size() + 1;
  AccessLogOptions options = Options();
  options.rotate_bytes = line_bytes * 3 + line_bytes / 2;  // room for three lines a file
  FakeClock clock(kNov24 + 15h + 30min + 12s);
  options.clock = clock.Function();
  auto log = Open(options);
  std::vector<std::string> expected;
  for (int i = 10; i < 20; ++i) {
    log->Write(Request("/" + std::to_string(i)));
    expected.push_back(Line("/" + std::to_string(i)));
    if (i % 4 == 0) log->Flush();  // rotation at batch edges and inside batches
  }
  log->Flush();

  const auto rotated = RotatedFiles(dir_ / "logs");
  ASSERT_EQ(rotated.size(), 3u);
  EXPECT_EQ(rotated[0].filename(), "access.log-20261124-153012");
  EXPECT_EQ(rotated[1].filename(), "access.log-20261124-153012.1");
  std::vector<std::string> all;
  for (const fs::path& file : rotated) {
    EXPECT_EQ(fs::file_size(file), 3 * line_bytes) << file;
    for (auto& line : ReadLines(file)) all.push_back(line);
  }
  for (auto& line : ReadLines(LogPath())) all.push_back(line);
  EXPECT_EQ(all, expected);
  EXPECT_EQ(log->Stats().rotations, 3u);
}

TEST_F(AccessLogTest, RotatesWhenTheUtcDateChanges) {
  AccessLogOptions options = Options();
  options.rotate_daily = true;
  FakeClock clock(kNov24 + 23h + 59min + 58s);
  options.clock = clock.Function();
  auto log = Open(options);
  log->Write(Request("/monday"));
  log->Flush();
  clock.Set(kNov24 + 23h + 59min + 59s);
  log->Write(Request("/still-monday"));
  log->Flush();
  EXPECT_TRUE(RotatedFiles(dir_ / "logs").empty());

  clock.Set(kNov24 + 24h + 1s);
  log->Write(Request("/tuesday"));
  log->Flush();

  EXPECT_THAT(ReadLines(dir_ / "logs" / "access.log-20261125-000001"),
              testing::ElementsAre(Line("/monday"), Line("/still-monday")));
  EXPECT_THAT(ReadLines(LogPath()), testing::ElementsAre(Line("/tuesday")));
  EXPECT_EQ(log->Stats().rotations, 1u);
}

TEST_F(AccessLogTest, RetentionDeletesOldRotatedFilesAtOpenAndAtRotation) {
  const fs::path logs = dir_ / "logs";
  fs::create_directories(logs);
  const auto set_age = [&](const char* name, int days) {
    WriteFile(logs / name, "x\n");
    fs::last_write_time(logs / name, std::chrono::file_clock::now() - std::chrono::days(days));
  };
  set_age("access.log-20200101-000000", 40);
  set_age("access.log-20200102-000000", 2);
  set_age("unrelated.log", 40);

  AccessLogOptions options = Options();
  options.retention_days = 30;
  options.rotate_bytes = 1;  // every batch rotates
  auto log = Open(options);
  EXPECT_FALSE(fs::exists(logs / "access.log-20200101-000000"));
  EXPECT_TRUE(fs::exists(logs / "access.log-20200102-000000"));

  log->Write(Request("/one"));
  log->Flush();
  set_age("access.log-20200103-000000", 31);
  log->Write(Request("/two"));  // rotates /one away, then prunes
  log->Flush();

  EXPECT_FALSE(fs::exists(logs / "access.log-20200103-000000"));
  EXPECT_TRUE(fs::exists(logs / "access.log-20200102-000000"));
  EXPECT_TRUE(fs::exists(logs / "unrelated.log"));
  EXPECT_EQ(RotatedFiles(logs).size(), 2u);  // the recent one and /one's
  EXPECT_THAT(ReadLines(LogPath()), testing::ElementsAre(Line("/two")));
}

TEST_F(AccessLogTest, DropsAndCountsLinesPastTheBufferCap) {
  AccessLogOptions options = Options();
  options.max_buffered_bytes = 200;  // one ordinary line fits
  auto log = Open(options);
  log->Write(Request("/" + std::string(300, 'x')));  // can never fit
  log->Write(Request("/fits"));
  log->Flush();
  EXPECT_THAT(ReadLines(LogPath()), testing::ElementsAre(Line("/fits")));
  EXPECT_EQ(log->Stats().lines_dropped, 1u);
  EXPECT_EQ(log->Stats().lines_written, 1u);
}

TEST_F(AccessLogTest, UnderATinyCapEveryLineIsWrittenOrCountedDropped) {
  AccessLogOptions options = Options();
  options.max_buffered_bytes = 300;
  auto log = Open(options);
  constexpr int kThreads = 4, kLines = 2000;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kLines; ++i) log->Write(Request("/x"));
    });
  }
  for (auto& thread : threads) thread.join();
  log->Flush();
  const AccessLogStats stats = log->Stats();
  EXPECT_EQ(stats.lines_written + stats.lines_dropped, std::uint64_t{kThreads * kLines});
  EXPECT_EQ(ReadLines(LogPath()).size(), stats.lines_written);
  EXPECT_EQ(stats.bytes_written, fs::file_size(LogPath()));
}

TEST_F(AccessLogTest, AnonymizesAddressesWhenAsked) {
  AccessLogOptions options = Options();
  options.anonymize_ip = true;
  auto log = Open(options);
  log->Write(Request("/v4", "198.51.100.77"));
  log->Write(Request("/v6", "2001:db8:1:2:3:4:5:6"));
  log->Flush();
  const auto lines = ReadLines(LogPath());
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].substr(0, 18), "198.51.100.0 - - [");
  EXPECT_EQ(lines[1].substr(0, 18), "2001:db8:1:: - - [");
}

TEST_F(AccessLogTest, OpenFailsWhenTheDirectoryCannotBeMade) {
  WriteFile(dir_ / "file", "not a directory");
  AccessLogOptions options = Options();
  options.dir = dir_ / "file" / "logs";
  const auto log = AccessLog::Open(options);
  ASSERT_FALSE(log.ok());
  EXPECT_EQ(log.status().code(), Status::Code::kIo);
  EXPECT_NE(log.status().message().find("file/logs"), std::string::npos);
}

}  // namespace
}  // namespace waymark::weblog
