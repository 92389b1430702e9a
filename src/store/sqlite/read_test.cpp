#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "store/sqlite.hpp"
#include "store/test_util.hpp"

// Database::TryRead and ReadOrWrite: a function of several statements run on a reader, and
// on the writer only when it changes something.
namespace waymark::store {
namespace {

using testkit::Await;

class ReadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenSqlite({.path = dir_.path() / "waymark.db", .readers = 2});
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db_ = std::move(opened).value();
    ASSERT_TRUE(Await(db_->Write(testkit::CreateKvTable())).ok());
    ASSERT_TRUE(Await(db_->Write(testkit::Insert("a"))).ok());
  }

  testkit::TempDir dir_;
  std::unique_ptr<Database> db_;
};

// Counts kv's rows into `seen`, then inserts `key` when `insert` is set.
WriteFn CountThenMaybeInsert(std::int64_t& seen, bool insert, std::string key = "b") {
  return [&seen, insert, key](Transaction& tx) -> Status {
    auto rows = tx.Query("SELECT COUNT(*) FROM kv");
    if (!rows.ok()) return rows.status();
    seen = IntOf(rows->rows[0][0]);
    if (!insert) return Status::Ok();
    const std::array<Value, 1> row{key};
    return tx.Execute("INSERT INTO kv (k) VALUES (?)", row).status();
  };
}

TEST_F(ReadTest, AFunctionThatOnlyReadsRunsOnAReaderWhileTheWriterIsHeld) {
  testkit::Gate gate;
  testkit::IoThread io;
  auto held = io.Start(db_->Write(gate.Fn()));
  gate.WaitEntered();

  std::int64_t seen = -1;
  Result<bool> read = Await(db_->TryRead(CountThenMaybeInsert(seen, false)));
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_TRUE(*read);
  EXPECT_EQ(seen, 1);

  gate.Open();
  EXPECT_TRUE(held.get().ok());
}

TEST_F(ReadTest, AFunctionThatWouldWriteIsToldSoAndChangesNothing) {
  std::int64_t seen = -1;
  Result<bool> read = Await(db_->TryRead(CountThenMaybeInsert(seen, true)));
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_FALSE(*read);
  EXPECT_EQ(testkit::CountKv(*db_), 1);

  // A write hidden in a query, a script, or a wish to act after commit: each wants the
  // writer.
  const std::vector<WriteFn> writes{
      [](Transaction& tx) {
        return tx.Query("INSERT INTO kv (k) VALUES ('q') RETURNING k").status();
      },
      [](Transaction& tx) { return tx.ExecuteScript("DELETE FROM kv"); },
      [](Transaction& tx) {
        tx.AfterCommit([] {});
        return Status::Ok();
      },
  };
  for (const WriteFn& write : writes) {
    Result<bool> tried = Await(db_->TryRead(write));
    ASSERT_TRUE(tried.ok()) << tried.status().message();
    EXPECT_FALSE(*tried);
  }
  EXPECT_EQ(testkit::CountKv(*db_), 1);
}

TEST_F(ReadTest, AFunctionsOwnFailureComesBack) {
  Result<bool> missing =
      Await(db_->TryRead([](Transaction&) { return Status::NotFound("no such session"); }));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);

  Result<bool> threw =
      Await(db_->TryRead([](Transaction&) -> Status { throw std::runtime_error("a bug"); }));
  ASSERT_FALSE(threw.ok());
  EXPECT_EQ(threw.status().code(), Status::Code::kInternal);
  // The reader survived it.
  std::int64_t seen = -1;
  EXPECT_TRUE(*Await(db_->TryRead(CountThenMaybeInsert(seen, false))));
}

TEST_F(ReadTest, AllTheReadsOfOneFunctionSeeOneSnapshot) {
  testkit::IoThread io;
  std::int64_t first = -1;
  std::int64_t second = -1;
  Result<bool> read = Await(db_->TryRead([&](Transaction& tx) -> Status {
    auto before = tx.Query("SELECT COUNT(*) FROM kv");
    if (!before.ok()) return before.status();
    first = IntOf(before->rows[0][0]);
    // Committed while this read is under way: the read goes on seeing what it began with.
    if (Status s = io.Start(db_->Write(testkit::Insert("c"))).get(); !s.ok()) return s;
    auto after = tx.Query("SELECT COUNT(*) FROM kv");
    if (!after.ok()) return after.status();
    second = IntOf(after->rows[0][0]);
    return Status::Ok();
  }));
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(first, 1);
  EXPECT_EQ(second, 1);
  EXPECT_EQ(testkit::CountKv(*db_), 2);
}

TEST_F(ReadTest, ReadOrWriteWritesOnceWhatNeedsWriting) {
  std::int64_t seen = -1;
  ASSERT_TRUE(Await(db_->ReadOrWrite(CountThenMaybeInsert(seen, true))).ok());
  EXPECT_EQ(seen, 1);
  EXPECT_EQ(testkit::CountKv(*db_), 2);

  ASSERT_TRUE(Await(db_->ReadOrWrite(CountThenMaybeInsert(seen, false))).ok());
  EXPECT_EQ(seen, 2);
  EXPECT_EQ(testkit::CountKv(*db_), 2);
}

}  // namespace
}  // namespace waymark::store
