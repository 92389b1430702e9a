#include <gtest/gtest.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "store/sqlite.hpp"
#include "store/test_util.hpp"

namespace waymark::store {
namespace {

using testkit::Await;
using testkit::CountKv;
using testkit::Gate;
using testkit::Insert;

class GroupCommitTest : public ::testing::Test {
 protected:
  void Open(SqliteOptions options) {
    options.path = dir_.path() / "waymark.db";
    auto opened = OpenSqlite(options);
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db_ = std::move(opened).value();
    ASSERT_TRUE(Await(db_->Write(testkit::CreateKvTable())).ok());
    before_ = db_->Stats();
  }

  testkit::TempDir dir_;
  testkit::IoThread io_;  // outlives db_: completions are posted to it
  std::unique_ptr<Database> db_;
  StoreStats before_;
};

TEST_F(GroupCommitTest, ConcurrentWritersFromManyThreadsEachCommitOnce) {
  Open({});
  constexpr int kThreads = 8;
  constexpr int kWriters = 2000;
  std::vector<boost::asio::io_context> contexts(kThreads);
  std::vector<Status> statuses(kWriters, Status::Internal("never completed"));
  for (int i = 0; i < kWriters; ++i) {
    boost::asio::co_spawn(
        contexts[i % kThreads],
        [this, i, &statuses]() -> boost::asio::awaitable<void> {
          statuses[i] = co_await db_->Write(Insert("key-" + std::to_string(i)));
        },
        boost::asio::detached);
  }
  std::vector<std::thread> threads;
  for (auto& io : contexts) threads.emplace_back([&io] { io.run(); });
  for (auto& thread : threads) thread.join();

  for (int i = 0; i < kWriters; ++i) EXPECT_TRUE(statuses[i].ok()) << i << statuses[i].message();
  EXPECT_EQ(CountKv(*db_), kWriters);
  auto distinct = Await(db_->Query("SELECT COUNT(DISTINCT k) FROM kv WHERE k LIKE 'key-%'"));
  ASSERT_TRUE(distinct.ok());
  EXPECT_EQ(distinct->rows[0][0], Value{std::int64_t{kWriters}});

  const StoreStats after = db_->Stats();
  const auto groups = after.groups_committed - before_.groups_committed;
  EXPECT_EQ(after.writes_committed - before_.writes_committed, kWriters);
  EXPECT_LT(groups, kWriters) << "no write was grouped with another";
  EXPECT_EQ(after.group_size_le.back() - before_.group_size_le.back(), groups);
  EXPECT_EQ(after.group_size_sum - before_.group_size_sum, kWriters);
  EXPECT_EQ(after.write_queue_depth, 0u);
}

TEST_F(GroupCommitTest, GroupSizeIsCapped) {
  Open({.max_group = 4});
  Gate gate;
  auto held = io_.Start(db_->Write(gate.Fn()));
  gate.WaitEntered();
  std::vector<std::future<Status>> writes;
  for (int i = 0; i < 10; ++i) writes.push_back(io_.Start(db_->Write(Insert(std::to_string(i)))));
  testkit::WaitForQueueDepth(*db_, 10);
  gate.Open();
  EXPECT_TRUE(held.get().ok());
  for (auto& write : writes) EXPECT_TRUE(write.get().ok());

  // The gate alone, then the ten queued behind it as 4 + 4 + 2.
  const StoreStats after = db_->Stats();
  EXPECT_EQ(after.groups_committed - before_.groups_committed, 4u);
  EXPECT_EQ(after.group_size_le[0] - before_.group_size_le[0], 1u);  // size <= 1
  EXPECT_EQ(after.group_size_le[1] - before_.group_size_le[1], 2u);  // size <= 2
  EXPECT_EQ(after.group_size_le[2] - before_.group_size_le[2], 4u);  // size <= 4
  EXPECT_EQ(after.group_size_sum - before_.group_size_sum, 11u);
}

TEST_F(GroupCommitTest, FailingWriteFailsOnlyItselfInItsGroup) {
  Open({});
  Gate gate;
  auto held = io_.Start(db_->Write(gate.Fn()));
  gate.WaitEntered();
  auto first = io_.Start(db_->Write(Insert("a")));
  auto duplicate = io_.Start(db_->Write(Insert("a")));
  auto second = io_.Start(db_->Write(Insert("b")));
  auto refused = io_.Start(db_->Write([](Transaction& tx) {
    EXPECT_TRUE(Insert("c")(tx).ok());
    return Status::Invalid("changed my mind");  // must undo the insert of c
  }));
  auto thrown = io_.Start(db_->Write([](Transaction& tx) -> Status {
    EXPECT_TRUE(Insert("d")(tx).ok());
    throw std::runtime_error("bug in a write");
  }));
  testkit::WaitForQueueDepth(*db_, 5);
  gate.Open();
  ASSERT_TRUE(held.get().ok());

  EXPECT_TRUE(first.get().ok());
  EXPECT_EQ(duplicate.get().code(), Status::Code::kConflict);
  EXPECT_TRUE(second.get().ok());
  EXPECT_EQ(refused.get().code(), Status::Code::kInvalid);
  EXPECT_EQ(thrown.get().code(), Status::Code::kInternal);

  auto keys = Await(db_->Query("SELECT k FROM kv ORDER BY k"));
  ASSERT_TRUE(keys.ok());
  ASSERT_EQ(keys->size(), 2u);
  EXPECT_EQ(keys->rows[0][0], Value{std::string("a")});
  EXPECT_EQ(keys->rows[1][0], Value{std::string("b")});

  const StoreStats after = db_->Stats();
  EXPECT_EQ(after.groups_committed - before_.groups_committed, 2u);  // gate, then all five
  EXPECT_EQ(after.writes_committed - before_.writes_committed, 3u);  // gate, a, b
  EXPECT_EQ(after.writes_failed - before_.writes_failed, 3u);
}

TEST_F(GroupCommitTest, AfterCommitHooksRunForCommittedWritesOnlyBeforeTheCallerResumes) {
  Open({});
  std::vector<std::string> ran;  // touched only on the writer thread until the callers resume
  auto hooked = [&ran](std::string key, Status outcome) -> WriteFn {
    return [&ran, key, outcome](Transaction& tx) {
      if (Status s = Insert(key)(tx); !s.ok()) return s;
      tx.AfterCommit([&ran, key] { ran.push_back(key); });
      return outcome;
    };
  };
  Gate gate;
  auto held = io_.Start(db_->Write(gate.Fn()));
  gate.WaitEntered();
  auto kept = io_.Start(db_->Write(hooked("kept", Status::Ok())));
  auto undone = io_.Start(db_->Write(hooked("undone", Status::Invalid("undo me"))));
  auto duplicate = io_.Start(db_->Write(hooked("kept", Status::Ok())));
  testkit::WaitForQueueDepth(*db_, 3);
  gate.Open();
  ASSERT_TRUE(held.get().ok());

  EXPECT_TRUE(kept.get().ok());
  EXPECT_EQ(undone.get().code(), Status::Code::kInvalid);
  EXPECT_EQ(duplicate.get().code(), Status::Code::kConflict);
  EXPECT_EQ(ran, std::vector<std::string>{"kept"});
}

TEST_F(GroupCommitTest, FullQueueAnswersUnavailableAtOnce) {
  Open({.max_pending_writes = 2});
  Gate gate;
  auto held = io_.Start(db_->Write(gate.Fn()));
  gate.WaitEntered();  // taken by the writer, so no longer queued
  auto queued1 = io_.Start(db_->Write(Insert("1")));
  auto queued2 = io_.Start(db_->Write(Insert("2")));
  testkit::WaitForQueueDepth(*db_, 2);

  // Answered while the writer is still held: the caller is not left waiting.
  const Status overflow = io_.Start(db_->Write(Insert("3"))).get();
  EXPECT_EQ(overflow.code(), Status::Code::kUnavailable);
  EXPECT_EQ(db_->Stats().writes_rejected - before_.writes_rejected, 1u);

  gate.Open();
  EXPECT_TRUE(held.get().ok());
  EXPECT_TRUE(queued1.get().ok());
  EXPECT_TRUE(queued2.get().ok());
  EXPECT_EQ(CountKv(*db_), 2);
}

}  // namespace
}  // namespace waymark::store
