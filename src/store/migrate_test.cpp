#include <gtest/gtest.h>

#include <array>
#include <string>

#include "store/migration.hpp"
#include "store/sqlite.hpp"
#include "store/test_util.hpp"

namespace waymark::store {
namespace {

using testkit::Await;

constexpr std::array kTwoSteps{
    Migration{1, "first", "CREATE TABLE a (x INTEGER)"},
    Migration{2, "second", "CREATE TABLE b (y INTEGER); INSERT INTO b (y) VALUES (7);"},
};

class MigrateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenSqlite({.path = dir_.path() / "data" / "waymark.db"});
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db_ = std::move(opened).value();
  }

  Result<Rows> Query(std::string sql) { return Await(db_->Query(std::move(sql))); }

  testkit::TempDir dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(MigrateTest, FreshDatabaseGetsEveryMigrationRecorded) {
  auto applied = Migrate(*db_, AllMigrations());
  ASSERT_TRUE(applied.ok()) << applied.status().message();
  EXPECT_EQ(*applied, static_cast<int>(AllMigrations().size()));

  auto recorded = Query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
  ASSERT_TRUE(recorded.ok()) << recorded.status().message();
  ASSERT_EQ(recorded->size(), AllMigrations().size());
  for (std::size_t i = 0; i < AllMigrations().size(); ++i) {
    const auto& row = recorded->rows[i];
    EXPECT_EQ(std::get<std::int64_t>(row[0]), AllMigrations()[i].version);
    EXPECT_EQ(std::get<std::string>(row[1]), AllMigrations()[i].name);
    EXPECT_GT(std::get<std::int64_t>(row[2]), 1'600'000'000);  // a Unix time, not zero
  }
}

TEST_F(MigrateTest, InstanceGetsOneRandomId) {
  ASSERT_TRUE(Migrate(*db_, AllMigrations()).ok());
  auto instance = Query("SELECT id, created_at FROM instance");
  ASSERT_TRUE(instance.ok()) << instance.status().message();
  ASSERT_EQ(instance->size(), 1u);
  EXPECT_EQ(std::get<std::string>(instance->rows[0][0]).size(), 32u);

  testkit::TempDir other_dir;
  auto other = OpenSqlite({.path = other_dir.path() / "other.db"});
  ASSERT_TRUE(other.ok());
  ASSERT_TRUE(Migrate(**other, AllMigrations()).ok());
  auto other_instance = Await((*other)->Query("SELECT id FROM instance"));
  ASSERT_TRUE(other_instance.ok());
  EXPECT_NE(other_instance->rows[0][0], instance->rows[0][0]);
}

TEST_F(MigrateTest, SecondRunAppliesNothing) {
  ASSERT_TRUE(Migrate(*db_, AllMigrations()).ok());
  auto again = Migrate(*db_, AllMigrations());
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(*again, 0);
  EXPECT_EQ(Query("SELECT id FROM instance")->size(), 1u);  // seed did not run twice
}

TEST_F(MigrateTest, AppliesOnlyTheMissingSteps) {
  ASSERT_EQ(*Migrate(*db_, std::span(kTwoSteps).first(1)), 1);
  auto rest = Migrate(*db_, kTwoSteps);
  ASSERT_TRUE(rest.ok()) << rest.status().message();
  EXPECT_EQ(*rest, 1);
  EXPECT_EQ(Query("SELECT y FROM b")->rows.at(0).at(0), Value{std::int64_t{7}});
}

TEST_F(MigrateTest, DatabaseNewerThanBinaryIsRefused) {
  ASSERT_TRUE(Migrate(*db_, kTwoSteps).ok());
  auto older_binary = Migrate(*db_, std::span(kTwoSteps).first(1));
  ASSERT_FALSE(older_binary.ok());
  EXPECT_EQ(older_binary.status().code(), Status::Code::kConflict);
  EXPECT_NE(older_binary.status().message().find("newer"), std::string::npos);
}

TEST_F(MigrateTest, FailingMigrationLeavesNoPartialSchema) {
  constexpr std::array kBroken{
      kTwoSteps[0],
      Migration{2, "broken", "CREATE TABLE b (y INTEGER); INSERT INTO missing VALUES (1);"},
  };
  auto result = Migrate(*db_, kBroken);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("broken"), std::string::npos);

  EXPECT_FALSE(Query("SELECT y FROM b").ok());  // the CREATE before the failure is undone
  auto versions = Query("SELECT version FROM schema_migrations");
  ASSERT_TRUE(versions.ok());
  ASSERT_EQ(versions->size(), 1u);
  EXPECT_EQ(versions->rows[0][0], Value{std::int64_t{1}});

  auto fixed = Migrate(*db_, kTwoSteps);  // a fixed binary picks up where it stopped
  ASSERT_TRUE(fixed.ok()) << fixed.status().message();
  EXPECT_EQ(*fixed, 1);
}

TEST_F(MigrateTest, FailingSeedRollsBackItsMigration) {
  constexpr std::array kBadSeed{
      Migration{1, "bad seed", "CREATE TABLE c (z INTEGER)",
                [](Transaction&) { return Status::Invalid("seed refuses"); }}};
  ASSERT_FALSE(Migrate(*db_, kBadSeed).ok());
  EXPECT_FALSE(Query("SELECT z FROM c").ok());
  EXPECT_TRUE(Query("SELECT version FROM schema_migrations")->empty());
}

// Migration 8 on a database that has projects already: none of them has been seen.
TEST_F(MigrateTest, ProjectsOfAnUpgradedDatabaseStartUnseen) {
  ASSERT_TRUE(Migrate(*db_, AllMigrations().first(7)).ok());
  Status seeded = Await(db_->Write([](Transaction& tx) {
    return tx.ExecuteScript(
        "INSERT INTO workspaces (id, name, created_at) VALUES ('w', 'W', 1);"
        "INSERT INTO projects (id, workspace_id, name, slug, public_key, created_at) "
        "VALUES ('p', 'w', 'P', 'p', 'wm_pk_p', 1);");
  }));
  ASSERT_TRUE(seeded.ok()) << seeded.message();
  ASSERT_TRUE(Migrate(*db_, AllMigrations()).ok());
  auto seen = Query("SELECT sdk_seen_at, sdk_seen_origin FROM projects WHERE id = 'p'");
  ASSERT_TRUE(seen.ok()) << seen.status().message();
  EXPECT_EQ(seen->rows.at(0), (std::vector<Value>{nullptr, nullptr}));
}

TEST_F(MigrateTest, UnorderedMigrationsAreRejected) {
  constexpr std::array kUnordered{kTwoSteps[1], kTwoSteps[0]};
  auto result = Migrate(*db_, kUnordered);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), Status::Code::kInvalid);
}

}  // namespace
}  // namespace waymark::store
