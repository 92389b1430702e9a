#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "store/sqlite.hpp"
#include "store/test_util.hpp"

namespace waymark::store {
namespace {

using testkit::Await;
using testkit::Insert;

// Reads through a connection of its own, bypassing the store entirely.
std::vector<std::string> KeysSeenByFreshConnection(const std::filesystem::path& path) {
  sqlite3* db = nullptr;
  std::vector<std::string> keys;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT k FROM kv ORDER BY k", -1, &stmt, nullptr) == SQLITE_OK) {
      while (sqlite3_step(stmt) == SQLITE_ROW) {
        keys.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
      }
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return keys;
}

class DurabilityTest : public ::testing::Test {
 protected:
  std::unique_ptr<Database> Open() {
    auto opened = OpenSqlite({.path = path_});
    EXPECT_TRUE(opened.ok()) << opened.status().message();
    return opened.ok() ? std::move(opened).value() : nullptr;
  }

  testkit::TempDir dir_;
  std::filesystem::path path_ = dir_.path() / "nested" / "dirs" / "waymark.db";
};

TEST_F(DurabilityTest, CompletedWriteIsVisibleToAFreshConnection) {
  auto db = Open();
  ASSERT_TRUE(db);
  ASSERT_TRUE(Await(db->Write(testkit::CreateKvTable())).ok());
  ASSERT_TRUE(Await(db->Write(Insert("kept"))).ok());
  EXPECT_EQ(KeysSeenByFreshConnection(path_), std::vector<std::string>{"kept"});
}

TEST_F(DurabilityTest, FileIsInWalModeWithFullSync) {
  auto db = Open();
  ASSERT_TRUE(db);
  auto mode = Await(db->Query("PRAGMA journal_mode"));
  ASSERT_TRUE(mode.ok()) << mode.status().message();
  EXPECT_EQ(mode->rows.at(0).at(0), Value{std::string("wal")});
}

std::int64_t PageSize(Database& db) {
  auto size = Await(db.Query("PRAGMA page_size"));
  EXPECT_TRUE(size.ok()) << size.status().message();
  return size.ok() && !size->empty() ? IntOf(size->rows[0][0]) : 0;
}

TEST_F(DurabilityTest, ANewFileHasPagesOfSixteenKilobytes) {
  auto db = Open();
  ASSERT_TRUE(db);
  ASSERT_TRUE(Await(db->Write(testkit::CreateKvTable())).ok());
  EXPECT_EQ(PageSize(*db), 16384);
}

// A database as builds before 16 KB pages made it: SQLite's 4 KB pages, in WAL mode, with
// the table kv holding 'before'.
void MakeOlderFile(const std::filesystem::path& path) {
  std::filesystem::create_directories(path.parent_path());
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(raw,
                         "PRAGMA page_size=4096; PRAGMA journal_mode=WAL; "
                         "CREATE TABLE kv (k TEXT PRIMARY KEY); INSERT INTO kv VALUES ('before')",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(raw);
}

// A database made before pages grew keeps them and takes writes.
TEST_F(DurabilityTest, AnOlderFileKeepsItsPagesAndStaysWritable) {
  ASSERT_NO_FATAL_FAILURE(MakeOlderFile(path_));
  auto db = Open();
  ASSERT_TRUE(db);
  ASSERT_TRUE(Await(db->Write(Insert("after"))).ok());
  EXPECT_EQ(PageSize(*db), 4096);
  EXPECT_EQ(KeysSeenByFreshConnection(path_), (std::vector<std::string>{"after", "before"}));
}

// The writer's own checkpoint, in pages, as its connection has it.
std::int64_t WalAutocheckpoint(Database& db) {
  std::int64_t pages = 0;
  Status read = Await(db.Write([&pages](Transaction& tx) -> Status {
    auto rows = tx.Query("PRAGMA wal_autocheckpoint");
    if (!rows.ok()) return rows.status();
    if (!rows->empty()) pages = IntOf(rows->rows[0][0]);
    return Status::Ok();
  }));
  EXPECT_TRUE(read.ok()) << read.message();
  return pages;
}

// The writer checkpoints itself only once the WAL passes 80 MB, whatever the file's pages.
TEST_F(DurabilityTest, TheWritersOwnCheckpointWaitsForEightyMegabytesOfWal) {
  auto db = Open();
  ASSERT_TRUE(db);
  EXPECT_EQ(WalAutocheckpoint(*db), (80 << 20) / 16384);
}

TEST_F(DurabilityTest, AnOlderFilesWalIsKeptToEightyMegabytesToo) {
  ASSERT_NO_FATAL_FAILURE(MakeOlderFile(path_));
  auto db = Open();
  ASSERT_TRUE(db);
  EXPECT_EQ(WalAutocheckpoint(*db), (80 << 20) / 4096);
}

// The writer never stops to copy the WAL into the database: a thread of the store does it
// in the background, so the database file grows while the store stays open.
TEST_F(DurabilityTest, CommittedPagesReachTheDatabaseFileInTheBackground) {
  auto db = Open();
  ASSERT_TRUE(db);
  ASSERT_TRUE(Await(db->Write(testkit::CreateKvTable())).ok());
  const auto before = std::filesystem::file_size(path_);
  ASSERT_TRUE(Await(db->Write([](Transaction& tx) {
                for (int i = 0; i < 2000; ++i) {
                  if (Status s = Insert("key-" + std::to_string(i) + std::string(200, 'x'))(tx);
                      !s.ok()) {
                    return s;
                  }
                }
                return Status::Ok();
              })).ok());
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (std::filesystem::file_size(path_) <= before &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_GT(std::filesystem::file_size(path_), before + 400'000);
}

TEST_F(DurabilityTest, ReopenedDatabaseHasEveryCompletedWrite) {
  {
    auto db = Open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(Await(db->Write(testkit::CreateKvTable())).ok());
    ASSERT_TRUE(Await(db->Write(Insert("before-close"))).ok());
  }
  auto reopened = Open();
  ASSERT_TRUE(reopened);
  EXPECT_EQ(testkit::CountKv(*reopened), 1);
}

TEST_F(DurabilityTest, ClosingFinishesQueuedWritesAndAnswersEveryCaller) {
  testkit::IoThread io;
  auto db = Open();
  ASSERT_TRUE(db);
  ASSERT_TRUE(Await(db->Write(testkit::CreateKvTable())).ok());
  testkit::Gate gate;
  auto held = io.Start(db->Write(gate.Fn()));
  gate.WaitEntered();
  std::vector<std::future<Status>> queued;
  for (int i = 0; i < 50; ++i) queued.push_back(io.Start(db->Write(Insert(std::to_string(i)))));
  testkit::WaitForQueueDepth(*db, 50);

  std::thread closer([&db] { db.reset(); });
  // Not an assertion: only makes it likely that closing begins while writes are queued.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  gate.Open();
  closer.join();

  EXPECT_TRUE(held.get().ok());
  for (auto& write : queued) EXPECT_TRUE(write.get().ok());
  EXPECT_EQ(KeysSeenByFreshConnection(path_).size(), 50u);
}

}  // namespace
}  // namespace waymark::store
