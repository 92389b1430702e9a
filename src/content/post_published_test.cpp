#include <gtest/gtest.h>

#include <thread>

#include "content/test_fixture.hpp"
#include "core/time_format.hpp"

namespace waymark::content {
namespace {

using namespace testkit;

// Every way a post goes live tells the project's webhooks once, and nothing else does.
class PostPublishedTest : public ContentTest {
 protected:
  PostPublishedTest() {
    Exec(
        "INSERT INTO webhooks (id, project_id, url, events, active, secret_generation, "
        "created_at, updated_at) VALUES ('wh', ?, 'https://hooks.example.com/', "
        "'[\"post.published\"]', 1, 1, 0, 0)",
        {project_});
  }

  // The data of each post.published delivery queued so far, oldest first.
  std::vector<boost::json::value> Announced() {
    auto rows = store::testkit::Await(
        db_->Query("SELECT data FROM webhook_deliveries WHERE event = 'post.published' "
                   "ORDER BY created_at, id"));
    EXPECT_TRUE(rows.ok());
    std::vector<boost::json::value> data;
    for (const auto& row : rows->rows) data.push_back(boost::json::parse(store::TextOf(row[0])));
    return data;
  }

  Reply Act(Verb method, const std::string& post, const std::string& suffix = "",
            const std::string& body = "") {
    return Call(method, Path("posts", "/" + post + suffix), body, &as_editor_);
  }
};

TEST_F(PostPublishedTest, PublishingThroughTheApiIsAnnouncedOnce) {
  const std::string id = Created("posts", {{"title", "Dark mode"}});
  EXPECT_TRUE(Announced().empty());
  ASSERT_EQ(Act(Verb::post, id, "/publish").status(), 200);
  ASSERT_EQ(Act(Verb::patch, id, "", R"({"title":"Dark mode, again"})").status(), 200);
  auto announced = Announced();
  ASSERT_EQ(announced.size(), 1u);
  EXPECT_EQ(Text(announced[0], "postId"), id);
  EXPECT_EQ(Text(announced[0], "title"), "Dark mode");
  EXPECT_EQ(Text(announced[0], "slug"), "dark-mode");
  EXPECT_FALSE(Text(announced[0], "publishedAt").empty());

  ASSERT_EQ(Act(Verb::post, id, "/unpublish").status(), 200);
  ASSERT_EQ(Act(Verb::post, id, "/publish").status(), 200);
  EXPECT_EQ(Announced().size(), 2u);  // live again: told again
}

TEST_F(PostPublishedTest, APostCreatedPublishedIsAnnounced) {
  Created("posts", {{"title", "Draft"}});
  const std::string id = Created("posts", {{"title", "Live"}, {"status", "published"}});
  auto announced = Announced();
  ASSERT_EQ(announced.size(), 1u);
  EXPECT_EQ(Text(announced[0], "postId"), id);
}

TEST_F(PostPublishedTest, AScheduledPostIsAnnouncedWhenItGoesLive) {
  const std::int64_t at = UnixNow() + 1;
  const std::string id =
      Created("posts", {{"title", "Soon"}, {"status", "scheduled"}, {"publishAt", Iso8601(at)}});
  EXPECT_TRUE(Announced().empty());
  for (int i = 0; i < 200 && Announced().empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  auto announced = Announced();
  ASSERT_EQ(announced.size(), 1u);
  EXPECT_EQ(Text(announced[0], "postId"), id);
  EXPECT_EQ(Text(announced[0], "publishedAt"), Iso8601(at));
}

}  // namespace
}  // namespace waymark::content
