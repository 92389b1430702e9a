// Test-only: a migrated SQLite store with a workspace and two projects, and the calls the
// webhooks' store tests share.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/crypto.hpp"
#include "store/migration.hpp"
#include "store/sqlite.hpp"
#include "store/test_util.hpp"
#include "webhooks/webhook_store.hpp"

namespace waymark::webhooks::testkit {

class StoreTest : public ::testing::Test {
 protected:
  StoreTest() {
    EXPECT_TRUE(crypto::Init().ok());
    auto db = store::OpenSqlite({.path = dir_.path() / "test.db"});
    EXPECT_TRUE(db.ok()) << db.status().message();
    db_ = std::move(*db);
    EXPECT_TRUE(store::Migrate(*db_, store::AllMigrations()).ok());
    Exec("INSERT INTO workspaces (id, name, created_at) VALUES ('ws', 'Acme', 0)");
    for (std::string project : {"p1", "p2"}) {
      Exec("INSERT INTO projects (id, workspace_id, name, slug, public_key, created_at) VALUES ('" +
           project + "', 'ws', '" + project + "', '" + project + "', 'wm_pk_" + project + "', 0)");
    }
  }

  void Exec(const std::string& sql) {
    Status status = store::testkit::Await(
        db_->Write([&](store::Transaction& tx) { return tx.Execute(sql).status(); }));
    ASSERT_TRUE(status.ok()) << status.message() << " in " << sql;
  }

  std::string AddWebhook(const std::string& project, std::vector<std::string> events,
                         const std::string& url = "http://127.0.0.1:9/hook", bool active = true) {
    Webhook webhook{.id = crypto::NewId(),
                    .project_id = project,
                    .url = url,
                    .events = std::move(events),
                    .active = active,
                    .created_at = 1,
                    .updated_at = 1};
    Status status = store::testkit::Await(
        db_->Write([&](store::Transaction& tx) { return InsertWebhook(tx, webhook); }));
    EXPECT_TRUE(status.ok()) << status.message();
    return webhook.id;
  }

  store::Rows Query(std::string sql) {
    auto rows = store::testkit::Await(db_->Query(std::move(sql)));
    EXPECT_TRUE(rows.ok()) << rows.status().message();
    return rows.ok() ? std::move(*rows) : store::Rows{};
  }

  store::testkit::TempDir dir_;
  std::unique_ptr<store::Database> db_;
};

}  // namespace waymark::webhooks::testkit
