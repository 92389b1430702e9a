#include <gtest/gtest.h>

#include <string>

#include "store/sqlite.hpp"
#include "store/test_util.hpp"

namespace waymark::store {
namespace {

using testkit::Await;

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenSqlite({.path = dir_.path() / "waymark.db", .readers = 3});
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db_ = std::move(opened).value();
    ASSERT_TRUE(Await(db_->Write([](Transaction& tx) {
                  return tx.ExecuteScript(
                      "CREATE TABLE t (i INTEGER, r REAL, s TEXT, n TEXT);"
                      "INSERT INTO t VALUES (42, 2.5, 'hello', NULL);");
                })).ok());
  }

  testkit::TempDir dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(QueryTest, ReadsSeeCommittedWritesWithTheirTypes) {
  auto rows = Await(db_->Query("SELECT i, r, s, n FROM t WHERE i = ?", {std::int64_t{42}}));
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  EXPECT_EQ(rows->columns, (std::vector<std::string>{"i", "r", "s", "n"}));
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->rows[0],
            (std::vector<Value>{std::int64_t{42}, 2.5, std::string("hello"), nullptr}));
}

TEST_F(QueryTest, EveryReaderSeesEachCompletedWrite) {
  for (int i = 0; i < 20; ++i) {
    ASSERT_TRUE(Await(db_->Write([i](Transaction& tx) {
                  const std::array<Value, 1> params{std::int64_t{i}};
                  return tx.Execute("UPDATE t SET i = ?", params).status();
                })).ok());
    auto rows = Await(db_->Query("SELECT i FROM t"));
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->rows.at(0).at(0), Value{std::int64_t{i}});
  }
}

TEST_F(QueryTest, BadSqlComesBackAsStatus) {
  auto syntax = Await(db_->Query("SELEKT nothing"));
  ASSERT_FALSE(syntax.ok());
  EXPECT_EQ(syntax.status().code(), Status::Code::kInvalid);

  auto missing = Await(db_->Query("SELECT * FROM no_such_table"));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("no_such_table"), std::string::npos);

  auto arity = Await(db_->Query("SELECT * FROM t WHERE i = ?"));  // parameter not given
  EXPECT_EQ(arity.status().code(), Status::Code::kInvalid);

  auto two = Await(db_->Query("SELECT 1; SELECT 2"));
  EXPECT_EQ(two.status().code(), Status::Code::kInvalid);
}

TEST_F(QueryTest, ReadersCannotWrite) {
  auto sneaky = Await(db_->Query("DELETE FROM t"));
  EXPECT_FALSE(sneaky.ok());
  EXPECT_EQ(Await(db_->Query("SELECT COUNT(*) FROM t"))->rows[0][0], Value{std::int64_t{1}});
}

TEST_F(QueryTest, PingAnswers) {
  EXPECT_TRUE(Await(db_->Ping()).ok());
}

TEST_F(QueryTest, WriteSeesItsOwnChangesAndCountsThem) {
  std::int64_t changed = -1;
  std::int64_t seen = -1;
  ASSERT_TRUE(Await(db_->Write([&](Transaction& tx) {
                auto update = tx.Execute("UPDATE t SET s = 'x'");
                if (!update.ok()) return update.status();
                changed = *update;
                auto rows = tx.Query("SELECT COUNT(*) FROM t WHERE s = 'x'");
                if (!rows.ok()) return rows.status();
                seen = std::get<std::int64_t>(rows->rows[0][0]);
                return Status::Ok();
              })).ok());
  EXPECT_EQ(changed, 1);
  EXPECT_EQ(seen, 1);
}

}  // namespace
}  // namespace waymark::store
