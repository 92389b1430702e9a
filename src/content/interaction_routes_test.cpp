#include <boost/json/serialize.hpp>

#include "content/test_fixture.hpp"

namespace waymark::content {
namespace {

using namespace testkit;

class InteractionsApiTest : public ContentTest {};

boost::json::object Modal() {
  return {{"format", "modal"},
          {"title", "Meet the new editor"},
          {"body", "It is *fast*."},
          {"buttons",
           {{{"label", "Show me"}, {"action", "url"}, {"url", "https://acme.test/new"}},
            {{"label", "Later"}, {"action", "close"}}}}};
}

TEST_F(InteractionsApiTest, CreateAnswers201WithDefaultsFilledIn) {
  Reply reply = Post("interactions", Modal());
  ASSERT_EQ(reply.status(), 201) << reply.response.body();
  EXPECT_EQ(Text(reply.json, "format"), "modal");
  EXPECT_EQ(Text(reply.json, "status"), "draft");
  EXPECT_EQ(Text(reply.json, "name"), "Meet the new editor");
  const auto& targeting = reply.json.at("targeting");
  EXPECT_EQ(Text(targeting.at("audience"), "type"), "everyone");
  EXPECT_EQ(Text(targeting.at("trigger"), "type"), "page_load");
  EXPECT_EQ(Text(targeting.at("recurrence"), "type"), "once");
  EXPECT_EQ(reply.Header("ETag"), "\"1\"");
}

TEST_F(InteractionsApiTest, FormatsNeedTheirOwnFields) {
  EXPECT_EQ(FieldsAtFault(Post("interactions", {{"title", "x"}})),
            std::vector<std::string>{"format"});
  EXPECT_EQ(FieldsAtFault(Post("interactions", {{"format", "popup"}, {"title", "x"}})),
            std::vector<std::string>{"format"});
  EXPECT_EQ(FieldsAtFault(Post("interactions", {{"format", "tooltip"}, {"title", "x"}})),
            std::vector<std::string>{"selector"});
  EXPECT_EQ(FieldsAtFault(Post("interactions",
                               {{"format", "banner"}, {"title", "x"}, {"position", "middle"}})),
            std::vector<std::string>{"position"});
  EXPECT_EQ(FieldsAtFault(Post("interactions", {{"format", "tour"}})),
            std::vector<std::string>{"steps"});
  Reply banner = Post("interactions", {{"format", "banner"},
                                       {"title", "Maintenance tonight"},
                                       {"position", "bottom"},
                                       {"snoozable", true}});
  ASSERT_EQ(banner.status(), 201);
  EXPECT_EQ(Text(banner.json, "position"), "bottom");
  EXPECT_EQ(banner.json.at("dismissible"), true);
  EXPECT_EQ(banner.json.at("snoozable"), true);
}

TEST_F(InteractionsApiTest, XssAttemptsAreRefused) {
  Reply reply =
      Post("interactions",
           {{"format", "hotspot"},
            {"title", "x"},
            {"selector", "<script>alert(1)</script>"},
            {"mediaUrl", "data:text/html,<script>alert(1)</script>"},
            {"buttons", {{{"label", "Go"}, {"action", "url"}, {"url", "javascript:alert(1)"}}}},
            {"targeting", {{"trigger", {{"type", "click"}, {"selector", "a{}"}}}}}});
  EXPECT_EQ(reply.status(), 400);
  EXPECT_EQ(FieldsAtFault(reply),
            (std::vector<std::string>{"mediaUrl", "buttons[0].url", "buttons[0].url", "selector",
                                      "targeting.trigger.selector"}));
}

TEST_F(InteractionsApiTest, ButtonsAreAtMostTwoAndNextBelongsToTours) {
  boost::json::object body = Modal();
  body["buttons"] = {{{"label", "a"}, {"action", "close"}},
                     {{"label", "b"}, {"action", "close"}},
                     {{"label", "c"}, {"action", "close"}}};
  EXPECT_EQ(FieldsAtFault(Post("interactions", body)), std::vector<std::string>{"buttons"});
  body["buttons"] = {{{"label", "Next"}, {"action", "next"}},
                     {{"label", "Post"}, {"action", "post"}}};
  EXPECT_EQ(FieldsAtFault(Post("interactions", body)),
            (std::vector<std::string>{"buttons[0].action", "buttons[1].postId"}));
}

TEST_F(InteractionsApiTest, ToursHaveOrderedStepsOfOtherFormats) {
  Reply tour = Post("interactions", {{"format", "tour"},
                                     {"name", "Onboarding"},
                                     {"steps",
                                      {{{"format", "modal"},
                                        {"title", "Welcome"},
                                        {"buttons", {{{"label", "Next"}, {"action", "next"}}}}},
                                       {{"format", "tooltip"},
                                        {"title", "Your inbox"},
                                        {"selector", "#inbox > li:first-child"}}}}});
  ASSERT_EQ(tour.status(), 201) << tour.response.body();
  EXPECT_EQ(tour.json.at("steps").as_array().size(), 2u);
  EXPECT_EQ(Text(tour.json.at("steps").at(1), "selector"), "#inbox > li:first-child");

  Reply nested =
      Post("interactions", {{"format", "tour"}, {"steps", {{{"format", "tour"}, {"title", "x"}}}}});
  EXPECT_EQ(FieldsAtFault(nested), std::vector<std::string>{"steps[0].format"});
}

TEST_F(InteractionsApiTest, BoostedAndLinkedPostsMustBeTheProjects) {
  boost::json::object body = Modal();
  body["postId"] = "no-such-post";
  EXPECT_EQ(FieldsAtFault(Post("interactions", body)), std::vector<std::string>{"postId"});
  body["postId"] = Created("posts", {{"title", "Release notes"}});
  EXPECT_EQ(Post("interactions", body).status(), 201);
}

TEST_F(InteractionsApiTest, TargetingErrorsNameTheirPath) {
  boost::json::object body = Modal();
  body["targeting"] = {
      {"audience",
       {{"type", "conditions"},
        {"conditions", {{"all", {{{"attribute", "plan"}, {"op", "gt"}, {"value", "pro"}}}}}}}},
      {"where", {{"rules", {{{"op", "regex"}, {"value", "(unclosed"}}}}}},
      {"schedule", {{"start", "30000-01-01"}}},
      {"recurrence", {{"type", "custom"}, {"maxTimes", 0}}}};
  Reply reply = Post("interactions", body);
  EXPECT_EQ(reply.status(), 400);
  std::vector<std::string> fields = FieldsAtFault(reply);
  for (std::string_view expected :
       {"targeting.audience.conditions.all[0].value", "targeting.where.rules[0].value",
        "targeting.schedule.start", "targeting.recurrence.maxTimes"}) {
    EXPECT_NE(std::ranges::find(fields, expected), fields.end()) << expected;
  }
}

TEST_F(InteractionsApiTest, TenThousandConditionsAreRefused) {
  boost::json::array conditions;
  for (int i = 0; i < 10'000; ++i) {
    conditions.push_back({{"attribute", "a"}, {"op", "exists"}, {"value", true}});
  }
  boost::json::object body = Modal();
  body["targeting"] = {
      {"audience", {{"type", "conditions"}, {"conditions", {{"any", conditions}}}}}};
  Reply reply = Post("interactions", body);
  EXPECT_EQ(reply.status(), 400);
  EXPECT_FALSE(FieldsAtFault(reply).empty());
}

TEST_F(InteractionsApiTest, PublishUnpublishAndStaleWrites) {
  std::string id = Created("interactions", Modal());
  const std::string path = Path("interactions", "/" + id);
  Reply published = Call(Verb::post, path + "/publish", "", &as_editor_, {{"If-Match", "\"1\""}});
  ASSERT_EQ(published.status(), 200) << published.response.body();
  EXPECT_EQ(Text(published.json, "status"), "published");
  EXPECT_EQ(
      Call(Verb::post, path + "/unpublish", "", &as_editor_, {{"If-Match", "\"1\""}}).status(),
      412);
  Reply edited = Call(Verb::patch, path, R"({"targeting":{"priority":5}})", &as_editor_);
  EXPECT_EQ(edited.json.at("targeting").at("priority").as_int64(), 5);
  EXPECT_EQ(Text(edited.json, "status"), "published");
  EXPECT_EQ(Call(Verb::delete_, path, "", &as_editor_).status(), 204);
}

TEST_F(InteractionsApiTest, APatchMayChangeTheFormatAndNullClearsAField) {
  std::string id = Created("interactions", {{"format", "tooltip"},
                                            {"title", "Here"},
                                            {"selector", "#menu"},
                                            {"mediaUrl", "https://a.test/x.png"}});
  const std::string path = Path("interactions", "/" + id);
  Reply modal = Call(Verb::patch, path, R"({"format":"modal","mediaUrl":null})", &as_editor_);
  ASSERT_EQ(modal.status(), 200) << modal.response.body();
  EXPECT_EQ(Text(modal.json, "format"), "modal");
  EXPECT_FALSE(modal.json.as_object().contains("selector"));
  EXPECT_EQ(Text(modal.json, "mediaUrl"), "");
  EXPECT_EQ(Text(modal.json, "title"), "Here");
}

TEST_F(InteractionsApiTest, APostThatInteractionsLinkToCannotBeDeleted) {
  std::string post = Created("posts", {{"title", "Release notes"}});
  boost::json::object body = Modal();
  body["name"] = "Read the notes";
  body["buttons"] = {{{"label", "Read"}, {"action", "post"}, {"postId", post}}};
  std::string interaction = Created("interactions", body);
  Reply refused = Call(Verb::delete_, Path("posts", "/" + post), "", &as_editor_);
  EXPECT_EQ(refused.status(), 409);
  EXPECT_EQ(Text(refused.json, "detail"),
            "Interactions link to this post: Read the notes. Change them first.");
  Call(Verb::delete_, Path("interactions", "/" + interaction), "", &as_editor_);
  EXPECT_EQ(Call(Verb::delete_, Path("posts", "/" + post), "", &as_editor_).status(), 204);
}

TEST_F(InteractionsApiTest, ListPagesAndFilters) {
  for (int i = 0; i < 3; ++i) Created("interactions", Modal());
  Reply page = Call(Verb::get, Path("interactions", "?limit=2"), "", &as_viewer_);
  ASSERT_EQ(page.status(), 200);
  EXPECT_EQ(page.json.at("items").as_array().size(), 2u);
  Reply rest = Call(Verb::get, Path("interactions", "?cursor=" + Text(page.json, "nextCursor")), "",
                    &as_viewer_);
  EXPECT_EQ(rest.json.at("items").as_array().size(), 1u);
  EXPECT_TRUE(rest.json.at("nextCursor").is_null());
  EXPECT_EQ(Post("interactions", Modal(), &as_viewer_).status(), 403);
}

}  // namespace
}  // namespace waymark::content
