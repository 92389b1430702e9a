#include <chrono>
#include <thread>

#include "content/scheduler.hpp"
#include "content/snapshots.hpp"
#include "content/test_fixture.hpp"
#include "core/time_format.hpp"
#include "http/test_request.hpp"

namespace waymark::content {
namespace {

using namespace testkit;

class SnapshotTest : public ContentTest {
 protected:
  Snapshots::Handle Current() {
    auto snapshot = http::test::Await(publishing_.snapshots().Get(project_));
    EXPECT_TRUE(snapshot.ok()) << snapshot.status().message();
    return snapshot.ok() ? *snapshot : nullptr;
  }

  // Waits up to `seconds` for `done`, which the scheduler makes true on its own.
  template <class Done>
  // Times are whole seconds and "+2" can mean just over one: the tests allow for it
  // generously, so a busy machine does not fail them.
  bool Eventually(Done done, int seconds = 10) {
    for (int i = 0; i < seconds * 20; ++i) {
      if (done()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return done();
  }
};

TEST_F(SnapshotTest, HoldsPublishedPostsRenderedNewestFirst) {
  Created("posts", {{"title", "Draft"}, {"body", "hidden"}});
  Created("posts",
          {{"title", "Old"}, {"status", "published"}, {"publishAt", Iso8601(UnixNow() - 7200)}});
  Created("posts", {{"title", "New"},
                    {"body", "**bold** <script>alert(1)</script>"},
                    {"status", "published"},
                    {"variants", {{"fr", {{"title", "Nouveau"}, {"body", "*gras*"}}}}}});
  Snapshots::Handle snapshot = Current();
  ASSERT_EQ(snapshot->posts.size(), 2u);
  const PublishedPost& newest = snapshot->posts[0];
  EXPECT_EQ(newest.texts[0].title, "New");
  EXPECT_NE(newest.texts[0].html.find("<strong>bold</strong>"), std::string::npos);
  EXPECT_EQ(newest.texts[0].html.find("<script"), std::string::npos);
  EXPECT_EQ(newest.In("fr-CA", "en").title, "Nouveau");
  EXPECT_EQ(newest.In("de", "en").title, "New");
  EXPECT_EQ(snapshot->posts[1].texts[0].title, "Old");
}

TEST_F(SnapshotTest, EveryChangeBuildsANewSnapshot) {
  const std::uint64_t before = publishing_.snapshots().builds();
  std::string id = Created("posts", {{"title", "One"}, {"status", "published"}});
  EXPECT_EQ(Current()->posts.size(), 1u);
  Call(Verb::patch, Path("posts", "/" + id), R"({"title":"Uno"})", &as_editor_);
  EXPECT_EQ(Current()->posts[0].texts[0].title, "Uno");
  Call(Verb::post, Path("posts", "/" + id + "/unpublish"), "", &as_editor_);
  EXPECT_TRUE(Current()->posts.empty());
  EXPECT_GE(publishing_.snapshots().builds(), before + 3);

  std::string interaction =
      Created("interactions",
              {{"format", "modal"}, {"title", "Hi"}, {"body", "**x**"}, {"status", "published"}});
  ASSERT_EQ(Current()->interactions.size(), 1u);
  const std::string& json = Current()->interactions[0].json;
  EXPECT_NE(json.find("\"bodyHtml\":\"<p><strong>x</strong></p>\\n\""), std::string::npos) << json;
  EXPECT_EQ(json.find("audience"), std::string::npos) << "rules stay on the server";
  Call(Verb::delete_, Path("interactions", "/" + interaction), "", &as_editor_);
  EXPECT_TRUE(Current()->interactions.empty());
}

TEST_F(SnapshotTest, ScheduledPostsGoLiveOnTimeWithoutARequest) {
  std::string id = Created(
      "posts", {{"title", "Soon"}, {"status", "scheduled"}, {"publishAt", Iso8601(UnixNow() + 2)}});
  EXPECT_TRUE(Current()->posts.empty());
  // The scheduler counts the post published when its write commits, and rebuilds the
  // snapshot just after: wait for what readers see.
  ASSERT_TRUE(Eventually([&] {
    auto loaded = publishing_.snapshots().Loaded();
    return loaded.size() == 1 && loaded[0]->posts.size() == 1;
  }));
  EXPECT_EQ(publishing_.snapshots().Loaded()[0]->posts[0].id, id);
  EXPECT_EQ(publishing_.scheduler().published(), 1u);
  Reply shown = Call(Verb::get, Path("posts", "/" + id), "", &as_viewer_);
  EXPECT_EQ(Text(shown.json, "status"), "published");
  EXPECT_EQ(shown.json.at("version").as_int64(), 2);
}

TEST_F(SnapshotTest, InteractionsExpireOnTimeWithoutARequest) {
  Created("interactions", {{"format", "banner"},
                           {"title", "Sale ends soon"},
                           {"status", "published"},
                           {"targeting", {{"schedule", {{"end", Iso8601(UnixNow() + 2)}}}}}});
  ASSERT_EQ(Current()->interactions.size(), 1u);
  EXPECT_TRUE(Eventually([&] {
    auto loaded = publishing_.snapshots().Loaded();
    return loaded.size() == 1 && loaded[0]->interactions.empty();
  }));
}

}  // namespace
}  // namespace waymark::content
