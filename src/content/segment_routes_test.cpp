#include <boost/json/serialize.hpp>

#include "content/test_fixture.hpp"

namespace waymark::content {
namespace {

using namespace testkit;

class SegmentsApiTest : public ContentTest {
 protected:
  void KnownUser(const std::string& id, std::string_view attributes, std::string_view language,
                 std::int64_t sessions) {
    Exec(
        "INSERT INTO end_users (id, project_id, external_id, attributes, language, first_seen, "
        "last_seen, session_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {id, project_, id, std::string(attributes), std::string(language), UnixNow() - 86400,
         UnixNow(), sessions});
  }
};

boost::json::object ProPlan() {
  return {{"all", {{{"attribute", "plan"}, {"op", "eq"}, {"value", "pro"}}}}};
}

TEST_F(SegmentsApiTest, CreateShowAndRename) {
  Reply created = Post("segments", {{"name", "Pro users"}, {"conditions", ProPlan()}});
  ASSERT_EQ(created.status(), 201) << created.response.body();
  EXPECT_EQ(boost::json::serialize(created.json.at("conditions")),
            R"({"all":[{"attribute":"plan","op":"eq","value":"pro"}]})");
  const std::string path = Path("segments", "/" + Text(created.json, "id"));
  Reply renamed =
      Call(Verb::patch, path, R"({"name":"Paying"})", &as_editor_, {{"If-Match", "\"1\""}});
  EXPECT_EQ(Text(renamed.json, "name"), "Paying");
  EXPECT_EQ(Text(Call(Verb::get, path, "", &as_viewer_).json, "name"), "Paying");
}

TEST_F(SegmentsApiTest, NamesAreUniqueAndConditionsRequired) {
  Created("segments", {{"name", "Pro"}, {"conditions", ProPlan()}});
  Reply taken = Post("segments", {{"name", "Pro"}, {"conditions", ProPlan()}});
  EXPECT_EQ(taken.status(), 409);
  EXPECT_EQ(FieldsAtFault(taken), std::vector<std::string>{"name"});
  EXPECT_EQ(FieldsAtFault(Post("segments", {{"name", "x"}})),
            std::vector<std::string>{"conditions"});
  Reply bad = Post("segments", {{"name", "x"}, {"conditions", {{"all", boost::json::array{}}}}});
  EXPECT_EQ(bad.status(), 400);
}

TEST_F(SegmentsApiTest, PreviewCountsTheKnownUsersWhoMatch) {
  KnownUser("u1", R"({"plan":"pro","seats":12})", "fr-CA", 9);
  KnownUser("u2", R"({"plan":"free"})", "en", 2);
  KnownUser("u3", R"({"plan":"pro","seats":3})", "fr", 1);
  Exec(
      "INSERT INTO end_user_events (end_user_id, name, times, last_at) VALUES ('u3', "
      "'report_exported', 4, 0)");
  auto count = [&](const boost::json::object& conditions) {
    Reply reply =
        Call(Verb::post, Path("segments", "/preview"),
             boost::json::serialize(boost::json::object{{"conditions", conditions}}), &as_viewer_);
    EXPECT_EQ(reply.status(), 200) << reply.response.body();
    return std::to_string(reply.json.at("matching").as_int64()) + " of " +
           std::to_string(reply.json.at("total").as_int64());
  };
  EXPECT_EQ(count(ProPlan()), "2 of 3");
  EXPECT_EQ(count({{"all",
                    {{{"attribute", "plan"}, {"op", "eq"}, {"value", "pro"}},
                     {{"fact", "language"}, {"op", "starts_with"}, {"value", "fr"}},
                     {{"fact", "sessionCount"}, {"op", "gt"}, {"value", 5}}}}}),
            "1 of 3");
  EXPECT_EQ(count({{"any",
                    {{{"fact", "event"}, {"event", "report_exported"}, {"op", "gt"}, {"value", 3}},
                     {{"attribute", "plan"}, {"op", "eq"}, {"value", "free"}}}}}),
            "2 of 3");
  Reply bad = Call(Verb::post, Path("segments", "/preview"),
                   R"({"conditions":{"all":[{"op":"eq"}]}})", &as_viewer_);
  EXPECT_EQ(bad.status(), 400);
}

TEST_F(SegmentsApiTest, ASegmentInUseCannotBeDeleted) {
  std::string segment = Created("segments", {{"name", "Pro"}, {"conditions", ProPlan()}});
  Reply missing =
      Post("interactions",
           {{"format", "modal"},
            {"title", "x"},
            {"name", "Upsell"},
            {"targeting", {{"audience", {{"type", "segments"}, {"segmentIds", {segment}}}}}}});
  ASSERT_EQ(missing.status(), 201) << missing.response.body();
  Reply refused = Call(Verb::delete_, Path("segments", "/" + segment), "", &as_editor_);
  EXPECT_EQ(refused.status(), 409);
  EXPECT_NE(Text(refused.json, "detail").find("Upsell"), std::string::npos);
  Call(Verb::delete_, Path("interactions", "/" + Text(missing.json, "id")), "", &as_editor_);
  EXPECT_EQ(Call(Verb::delete_, Path("segments", "/" + segment), "", &as_editor_).status(), 204);
}

}  // namespace
}  // namespace waymark::content
