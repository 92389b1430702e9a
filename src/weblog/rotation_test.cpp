#include "weblog/rotation.hpp"

#include <gtest/gtest.h>

#include "weblog/test_dir.hpp"

namespace waymark::weblog {
namespace {

using namespace std::chrono_literals;
using std::chrono::sys_days;

const sys_days kNov24{std::chrono::year{2026} / std::chrono::November / 24};

TEST(RotationDue, OnANewUtcDay) {
  const RotationPolicy daily{.daily = true};
  EXPECT_FALSE(RotationDue(daily, kNov24, 500, 100, kNov24 + 23h + 59min + 59s));
  EXPECT_TRUE(RotationDue(daily, kNov24, 500, 100, kNov24 + 24h));
  EXPECT_FALSE(RotationDue({.daily = false}, kNov24, 500, 100, kNov24 + 48h));
}

TEST(RotationDue, WhenTheIncomingBytesWouldPassTheLimit) {
  const RotationPolicy by_size{.max_bytes = 1000, .daily = false};
  EXPECT_FALSE(RotationDue(by_size, kNov24, 900, 100, kNov24));
  EXPECT_TRUE(RotationDue(by_size, kNov24, 900, 101, kNov24));
  EXPECT_FALSE(RotationDue({.max_bytes = 0, .daily = false}, kNov24, 1 << 30, 100, kNov24));
}

TEST(RotationDue, NeverForAnEmptyFile) {
  const RotationPolicy both{.max_bytes = 10, .daily = true};
  EXPECT_FALSE(RotationDue(both, kNov24, 0, 5000, kNov24 + 72h));
}

TEST(WholeLinesThatFit, TakesWholeLinesOnly) {
  const std::string_view batch = "aaaa\nbbbb\ncccc\n";
  EXPECT_EQ(WholeLinesThatFit(batch, 100), 15u);
  EXPECT_EQ(WholeLinesThatFit(batch, 15), 15u);
  EXPECT_EQ(WholeLinesThatFit(batch, 14), 10u);
  EXPECT_EQ(WholeLinesThatFit(batch, 10), 10u);
  EXPECT_EQ(WholeLinesThatFit(batch, 9), 5u);
}

TEST(WholeLinesThatFit, TakesOneLineWhenNoneFits) {
  EXPECT_EQ(WholeLinesThatFit("aaaa\nbbbb\n", 4), 5u);
  EXPECT_EQ(WholeLinesThatFit("aaaa\nbbbb\n", 0), 5u);
}

TEST(RotatedName, StampsTheUtcTimeOfRotation) {
  EXPECT_EQ(RotatedName("access.log", kNov24 + 15h + 30min + 12s + 999ms),
            "access.log-20261124-153012");
  EXPECT_EQ(RotatedName("access.log", sys_days{std::chrono::year{2027} / 1 / 2} + 3h + 4min + 5s),
            "access.log-20270102-030405");
}

TEST(IsRotatedName, KnowsOnlyItsOwnNames) {
  EXPECT_TRUE(IsRotatedName("access.log-20261124-153012", "access.log"));
  EXPECT_TRUE(IsRotatedName("access.log-20261124-153012.1", "access.log"));
  EXPECT_TRUE(IsRotatedName("access.log-20261124-153012.gz", "access.log"));
  EXPECT_FALSE(IsRotatedName("access.log", "access.log"));
  EXPECT_FALSE(IsRotatedName("access.log.1", "access.log"));
  EXPECT_FALSE(IsRotatedName("access.log-20261124", "access.log"));
  EXPECT_FALSE(IsRotatedName("access.log-20261124-1530123", "access.log"));
  EXPECT_FALSE(IsRotatedName("access.log-2026112x-153012", "access.log"));
  EXPECT_FALSE(IsRotatedName("error.log-20261124-153012", "access.log"));
}

TEST(PruneRotated, DeletesOldRotatedFilesAndNothingElse) {
  TestDir dir;
  const auto now = std::chrono::system_clock::now();
  const auto old_time = std::chrono::file_clock::now() - std::chrono::days(40);
  const auto recent_time = std::chrono::file_clock::now() - std::chrono::days(1);
  for (const char* name :
       {"access.log-20200101-000000", "access.log-20200101-000000.1",
        "access.log-20200101-000000.gz", "access.log.1", "notes.txt", "access.log"}) {
    WriteFile(dir / name, "x\n");
    std::filesystem::last_write_time(dir / name, old_time);
  }
  WriteFile(dir / "access.log-20200102-000000", "x\n");
  std::filesystem::last_write_time(dir / "access.log-20200102-000000", recent_time);

  EXPECT_EQ(PruneRotated(dir.path(), "access.log", 0, now), 0);  // 0 = keep forever
  EXPECT_EQ(PruneRotated(dir.path(), "access.log", 30, now), 3);

  EXPECT_FALSE(std::filesystem::exists(dir / "access.log-20200101-000000"));
  EXPECT_FALSE(std::filesystem::exists(dir / "access.log-20200101-000000.1"));
  EXPECT_FALSE(std::filesystem::exists(dir / "access.log-20200101-000000.gz"));
  EXPECT_TRUE(std::filesystem::exists(dir / "access.log-20200102-000000"));
  EXPECT_TRUE(std::filesystem::exists(dir / "access.log.1"));
  EXPECT_TRUE(std::filesystem::exists(dir / "notes.txt"));
  EXPECT_TRUE(std::filesystem::exists(dir / "access.log"));
}

TEST(PruneRotated, AMissingDirectoryIsNotAnError) {
  EXPECT_EQ(PruneRotated("/nonexistent/weblog", "access.log", 1, {}), 0);
}

}  // namespace
}  // namespace waymark::weblog
