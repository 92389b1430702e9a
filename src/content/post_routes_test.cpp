#include <boost/json/serialize.hpp>

#include "content/snapshots.hpp"
#include "content/test_fixture.hpp"
#include "core/time_format.hpp"
#include "http/test_request.hpp"

namespace waymark::content {
namespace {

using namespace testkit;

class PostsApiTest : public ContentTest {};

TEST_F(PostsApiTest, CreateAnswers201WithTheStoredPost) {
  Reply reply = Post("posts", {{"title", "Dark mode is here!"},
                               {"body", "You can now **switch** themes."},
                               {"status", "draft"},
                               {"category", "New"},
                               {"labels", {"ui", "themes", "ui"}}});
  ASSERT_EQ(reply.status(), 201) << reply.response.body();
  EXPECT_EQ(Text(reply.json, "slug"), "dark-mode-is-here");
  EXPECT_EQ(Text(reply.json, "status"), "draft");
  EXPECT_EQ(Text(reply.json, "language"), "en");
  EXPECT_TRUE(reply.json.at("publishAt").is_null());
  EXPECT_EQ(boost::json::serialize(reply.json.at("labels")), R"(["ui","themes"])");
  EXPECT_EQ(reply.json.at("version").as_int64(), 1);
  EXPECT_EQ(reply.Header("ETag"), "\"1\"");

  Reply shown = Call(Verb::get, Path("posts", "/" + Text(reply.json, "id")), "", &as_viewer_);
  EXPECT_EQ(shown.status(), 200);
  EXPECT_EQ(Text(shown.json, "body"), "You can now **switch** themes.");
  EXPECT_EQ(shown.Header("ETag"), "\"1\"");
}

TEST_F(PostsApiTest, EveryFieldIsValidated) {
  Reply reply = Post("posts", {{"body", std::string(50'001, 'x')},
                               {"status", "live"},
                               {"publishAt", "30000-01-01T00:00:00Z"},
                               {"coverImageUrl", "javascript:alert(1)"},
                               {"language", "english"},
                               {"variants", {{"fr", {{"body", "x"}}}}},
                               {"category", std::string(51, 'c')},
                               {"labels", {"ok", ""}},
                               {"slug", "Not A Slug"},
                               {"color", "red"}});
  EXPECT_EQ(reply.status(), 400);
  EXPECT_EQ(FieldsAtFault(reply),
            (std::vector<std::string>{"title", "body", "language", "variants.fr.title", "category",
                                      "labels[1]", "coverImageUrl", "slug", "status", "publishAt",
                                      "color"}));
}

TEST_F(PostsApiTest, StatusAndPublishTimeMustAgree) {
  const std::string future = Iso8601(UnixNow() + 3600);
  EXPECT_EQ(FieldsAtFault(Post("posts", {{"title", "t"}, {"status", "scheduled"}})),
            std::vector<std::string>{"publishAt"});
  EXPECT_EQ(FieldsAtFault(
                Post("posts", {{"title", "t"}, {"status", "published"}, {"publishAt", future}})),
            std::vector<std::string>{"publishAt"});
  Reply scheduled = Post("posts", {{"title", "t"}, {"status", "scheduled"}, {"publishAt", future}});
  EXPECT_EQ(scheduled.status(), 201);
  EXPECT_EQ(Text(scheduled.json, "publishAt"), future);
  Reply published = Post("posts", {{"title", "t"}, {"status", "published"}});
  EXPECT_EQ(published.status(), 201);
  EXPECT_FALSE(Text(published.json, "publishAt").empty());
}

TEST_F(PostsApiTest, StaleWritesAre412AndTheSlugStaysThroughTitleEdits) {
  std::string id = Created("posts", {{"title", "First title"}});
  const std::string path = Path("posts", "/" + id);
  Reply edited =
      Call(Verb::patch, path, R"({"title":"Second title"})", &as_editor_, {{"If-Match", "\"1\""}});
  ASSERT_EQ(edited.status(), 200) << edited.response.body();
  EXPECT_EQ(Text(edited.json, "title"), "Second title");
  EXPECT_EQ(Text(edited.json, "slug"), "first-title");
  EXPECT_EQ(edited.Header("ETag"), "\"2\"");

  Reply stale =
      Call(Verb::patch, path, R"({"title":"Third"})", &as_editor_, {{"If-Match", "\"1\""}});
  EXPECT_EQ(stale.status(), 412);
  EXPECT_EQ(Text(Call(Verb::get, path, "", &as_editor_).json, "title"), "Second title");

  Reply overwrite = Call(Verb::patch, path, R"({"title":"Third"})", &as_editor_);
  EXPECT_EQ(overwrite.status(), 200);
  EXPECT_EQ(overwrite.json.at("version").as_int64(), 3);
  EXPECT_EQ(Call(Verb::delete_, path, "", &as_editor_, {{"If-Match", "\"2\""}}).status(), 412);
}

TEST_F(PostsApiTest, PatchValidatesTheWholeResult) {
  std::string id = Created("posts", {{"title", "Title"}});
  Reply reply = Call(Verb::patch, Path("posts", "/" + id), R"({"title":"","id":"x"})", &as_editor_);
  EXPECT_EQ(reply.status(), 400);
  EXPECT_EQ(FieldsAtFault(reply), (std::vector<std::string>{"title", "id"}));
}

TEST_F(PostsApiTest, PublishUnpublishAndDelete) {
  std::string id = Created("posts", {{"title", "Launch"}});
  const std::string path = Path("posts", "/" + id);
  Reply published = Call(Verb::post, path + "/publish", "", &as_editor_);
  ASSERT_EQ(published.status(), 200) << published.response.body();
  EXPECT_EQ(Text(published.json, "status"), "published");

  const std::string later = Iso8601(UnixNow() + 7200);
  Reply scheduled =
      Call(Verb::post, path + "/publish",
           boost::json::serialize(boost::json::object{{"publishAt", later}}), &as_editor_);
  EXPECT_EQ(Text(scheduled.json, "status"), "scheduled") << scheduled.response.body();
  EXPECT_EQ(Text(scheduled.json, "publishAt"), later);

  Reply unpublished = Call(Verb::post, path + "/unpublish", "", &as_editor_);
  EXPECT_EQ(Text(unpublished.json, "status"), "draft");
  EXPECT_TRUE(unpublished.json.at("publishAt").is_null());

  EXPECT_EQ(Call(Verb::delete_, path, "", &as_editor_).status(), 204);
  EXPECT_EQ(Call(Verb::get, path, "", &as_editor_).status(), 404);
}

TEST_F(PostsApiTest, ExplicitSlugsAreUniqueInTheProject) {
  Created("posts", {{"title", "A"}, {"slug", "release-1"}});
  Reply taken = Post("posts", {{"title", "B"}, {"slug", "release-1"}});
  EXPECT_EQ(taken.status(), 409);
  EXPECT_EQ(FieldsAtFault(taken), std::vector<std::string>{"slug"});
  EXPECT_EQ(Text(taken.json, "detail"), "This slug is taken in the project.");
  EXPECT_EQ(Text(Post("posts", {{"title", "Release 1"}}).json, "slug"), "release-1-2");
}

TEST_F(PostsApiTest, ListPagesNewestFirstAndFiltersByStatus) {
  for (int i = 0; i < 5; ++i) {
    Created("posts",
            {{"title", "Post " + std::to_string(i)}, {"status", i % 2 ? "published" : "draft"}});
  }
  std::vector<std::string> titles;
  std::string cursor;
  do {
    Reply page =
        Call(Verb::get, Path("posts", "?limit=2" + (cursor.empty() ? "" : "&cursor=" + cursor)), "",
             &as_viewer_);
    ASSERT_EQ(page.status(), 200);
    for (const auto& item : page.json.at("items").as_array()) titles.push_back(Text(item, "title"));
    cursor = Text(page.json, "nextCursor");
  } while (!cursor.empty());
  EXPECT_EQ(titles.size(), 5u);
  Reply published = Call(Verb::get, Path("posts", "?status=published"), "", &as_viewer_);
  EXPECT_EQ(published.json.at("items").as_array().size(), 2u);
  EXPECT_EQ(Call(Verb::get, Path("posts", "?status=live"), "", &as_viewer_).status(), 400);
}

TEST_F(PostsApiTest, ViewersReadEditorsWrite) {
  EXPECT_EQ(Post("posts", {{"title", "t"}}, &as_viewer_).status(), 403);
  EXPECT_EQ(Post("posts", {{"title", "t"}}, &as_owner_).status(), 201);
}

TEST_F(PostsApiTest, AnotherProjectsPostIsNotFound) {
  std::string other = CreateProject(CreateWorkspace("Other"), "other");
  std::string id = Created("posts", {{"title", "Mine"}});
  EXPECT_EQ(Call(Verb::get, Path("posts", "/nope"), "", &as_editor_).status(), 404);
  std::string foreign = "/api/v1/projects/" + other + "/posts/" + id;
  EXPECT_EQ(Call(Verb::get, foreign, "", &as_editor_).status(), 404);
}

TEST_F(PostsApiTest, ReactionCountsAreShown) {
  std::string id = Created("posts", {{"title", "Loved"}, {"status", "published"}});
  for (std::string user : {"u1", "u2"}) {
    Exec(
        "INSERT INTO end_users (id, project_id, attributes, language, first_seen, last_seen, "
        "session_count) VALUES (?, ?, '{}', 'en', 0, 0, 1)",
        {user, project_});
    Exec(
        "INSERT INTO post_reactions (post_id, end_user_id, reaction, created_at) "
        "VALUES (?, ?, 'heart', 0)",
        {id, user});
  }
  Reply shown = Call(Verb::get, Path("posts", "/" + id), "", &as_viewer_);
  EXPECT_EQ(boost::json::serialize(shown.json.at("reactions")), R"({"heart":2})");
}

}  // namespace
}  // namespace waymark::content
