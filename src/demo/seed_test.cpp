#include "demo/seed.hpp"

#include <gtest/gtest.h>

#include "content/snapshots.hpp"
#include "core/crypto.hpp"
#include "core/run_blocking.hpp"
#include "demo/page.hpp"
#include "store/migration.hpp"
#include "store/sqlite.hpp"
#include "store/test_util.hpp"

namespace waymark::demo {
namespace {

class SeedTest : public ::testing::Test {
 protected:
  SeedTest() {
    EXPECT_TRUE(crypto::Init().ok());
    auto db = store::OpenSqlite({.path = dir_.path() / "demo.db"});
    EXPECT_TRUE(db.ok());
    db_ = std::move(*db);
    EXPECT_TRUE(store::Migrate(*db_, store::AllMigrations()).ok());
  }
  store::testkit::TempDir dir_;
  std::unique_ptr<store::Database> db_;
};

TEST_F(SeedTest, MakesTheDemoOnceWithEveryKindOfInteractionLive) {
  auto demo = SeedDemo(*db_, {"http://localhost:8081"});
  ASSERT_TRUE(demo.ok()) << demo.status().message();
  EXPECT_FALSE(demo->tour_id.empty());
  auto again = SeedDemo(*db_, {"http://localhost:8081"});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->project_id, demo->project_id);
  EXPECT_EQ(again->tour_id, demo->tour_id);

  content::Snapshots snapshots(*db_);
  auto snapshot = RunBlocking(snapshots.GetByKey(demo->public_key));
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().message();
  EXPECT_EQ((*snapshot)->posts.size(), 3u);
  EXPECT_EQ((*snapshot)->interactions.size(), 6u);
  EXPECT_EQ((*snapshot)->project.widget.allowed_origins,
            std::vector<std::string>{"http://localhost:8081"});
}

TEST_F(SeedTest, ThePageCarriesTheSnippetForTheProject) {
  auto demo = SeedDemo(*db_, {"http://localhost:8081"});
  ASSERT_TRUE(demo.ok());
  const std::string page = DemoPage("http://localhost:8080", *demo);
  EXPECT_NE(page.find("window.JIMO_PROJECT_ID = \"" + demo->public_key + "\""), std::string::npos);
  EXPECT_NE(page.find("<script async src=\"http://localhost:8080/sdk.js\">"), std::string::npos);
  EXPECT_NE(page.find(demo->tour_id), std::string::npos);
}

}  // namespace
}  // namespace waymark::demo
