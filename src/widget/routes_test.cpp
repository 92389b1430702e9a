#include "widget/routes.hpp"

#include <boost/json/serialize.hpp>
#include <future>

#include "content/identity_secret.hpp"
#include "content/test_fixture.hpp"
#include "widget/sighting_store.hpp"

namespace waymark::widget {
namespace {

using namespace content::testkit;

constexpr std::string_view kSite = "https://app.acme.test";

class WidgetApiTest : public ContentTest {
 protected:
  WidgetApiTest()
      : context_{*db_, publishing_.snapshots(), "server key", "https://waymark.test"},
        cors_(publishing_.snapshots()) {
    AddRoutes(router_, context_, cors_);
    Exec("UPDATE projects SET allowed_origins = ? WHERE id = ?",
         {R"(["https://app.acme.test", "https://*.acme.dev"])", project_});
  }

  // Publishes a post or an interaction made with the management API.
  std::string Published(std::string_view kind, const boost::json::object& body) {
    std::string id = Created(kind, body);
    Reply reply = Call(Verb::post, Path(kind, "/" + id + "/publish"), "", &as_editor_);
    EXPECT_EQ(reply.status(), 200) << reply.response.body();
    return id;
  }

  void Settle() { http::test::Await(publishing_.snapshots().Rebuild(project_)); }

  Reply Widget(Verb method, const std::string& target, const boost::json::object& body,
               std::string_view origin = kSite, const http::test::HeaderList& extra = {}) {
    http::test::HeaderList headers{{"Content-Type", "text/plain;charset=UTF-8"}};
    if (!origin.empty()) headers.emplace_back("Origin", std::string(origin));
    for (const auto& header : extra) headers.push_back(header);
    return Call(method, target, body.empty() ? "" : boost::json::serialize(body), nullptr, headers);
  }

  Reply Boot(boost::json::object body, std::string_view origin = kSite) {
    if (!body.contains("projectId")) body["projectId"] = "wm_pk_acme";
    if (!body.contains("url")) body["url"] = "https://app.acme.test/home";
    return Widget(Verb::post, "/v1/widget/boot", body, origin);
  }

  // The project's sdk_seen_at and sdk_seen_origin as stored.
  std::vector<store::Value> Seen() {
    auto rows = store::testkit::Await(
        db_->Query("SELECT sdk_seen_at, sdk_seen_origin FROM projects WHERE id = ?", {project_}));
    EXPECT_TRUE(rows.ok() && rows->size() == 1u);
    return rows.ok() && !rows->empty() ? rows->rows[0] : std::vector<store::Value>{};
  }

  static std::vector<std::string> Ids(const boost::json::value& list) {
    std::vector<std::string> ids;
    for (const auto& item : list.as_array()) ids.push_back(Text(item, "id"));
    return ids;
  }

  WidgetContext context_;
  WidgetCorsPolicy cors_;
};

boost::json::object Modal(std::string title) {
  return {{"format", "modal"}, {"title", std::move(title)}, {"body", "It is **fast**."}};
}

TEST_F(WidgetApiTest, BootAnswersTheFeedTheInteractionsAndTheLookForAnAllowedOrigin) {
  Published("posts", {{"title", "Dark mode"}, {"body", "At last."}, {"category", "New"}});
  std::string modal = Published("interactions", Modal("Meet the editor"));
  Created("interactions", Modal("A draft"));
  Settle();

  Reply reply = Boot({{"anonymousId", "anon-1"}, {"language", "en-GB"}});
  ASSERT_EQ(reply.status(), 200) << reply.response.body();
  EXPECT_EQ(reply.Header("Access-Control-Allow-Origin"), kSite);
  EXPECT_TRUE(Text(reply.json, "token").starts_with("wm_es_"));
  EXPECT_EQ(Text(reply.json.at("user"), "anonymousId"), "anon-1");
  EXPECT_TRUE(reply.json.at("user").at("id").is_null());
  EXPECT_EQ(Text(reply.json, "language"), "en-GB");
  EXPECT_EQ(reply.json.at("unreadCount"), 1);
  const auto& post = reply.json.at("feed").at("posts").at(0);
  EXPECT_EQ(Text(post, "title"), "Dark mode");
  EXPECT_EQ(Text(post, "html"), "<p>At last.</p>\n");
  EXPECT_EQ(Text(post, "url"), "https://waymark.test/changelog/acme/dark-mode");
  EXPECT_EQ(Ids(reply.json.at("interactions")), std::vector<std::string>{modal});
  EXPECT_EQ(Text(reply.json.at("interactions").at(0), "bodyHtml"),
            "<p>It is <strong>fast</strong>.</p>\n");
  EXPECT_FALSE(reply.json.at("interactions").at(0).as_object().contains("audience"));
  EXPECT_EQ(Text(reply.json.at("project"), "consentMode"), "always");
  EXPECT_EQ(Text(reply.json.at("project").at("look"), "accentColor"), "#4f46e5");
}

TEST_F(WidgetApiTest, UnknownKeysAndOriginsOutsideTheListAreRefusedUnreadably) {
  Reply unknown = Boot({{"projectId", "wm_pk_nobody"}, {"anonymousId", "a"}});
  EXPECT_EQ(unknown.status(), 404);
  EXPECT_EQ(FieldsAtFault(unknown), std::vector<std::string>{"projectId"});
  EXPECT_EQ(unknown.Header("Access-Control-Allow-Origin"), "");

  Reply hostile = Boot({{"anonymousId", "a"}}, "https://evil.test");
  EXPECT_EQ(hostile.status(), 403);
  EXPECT_EQ(hostile.Header("Access-Control-Allow-Origin"), "");

  Reply subdomain = Boot({{"anonymousId", "a"}}, "https://eu.acme.dev");
  EXPECT_EQ(subdomain.status(), 200);
  EXPECT_EQ(subdomain.Header("Access-Control-Allow-Origin"), "https://eu.acme.dev");
  EXPECT_EQ(Boot({{"anonymousId", "a"}}, "").status(), 200);  // a server, not a browser
}

TEST_F(WidgetApiTest, ABootFromAnAllowedOriginMarksTheProjectSeen) {
  const std::vector<store::Value> unseen{nullptr, nullptr};
  EXPECT_EQ(Seen(), unseen);
  EXPECT_EQ(Boot({{"projectId", "wm_pk_nobody"}, {"anonymousId", "a"}}).status(), 404);
  EXPECT_EQ(Boot({{"anonymousId", "a"}}, "https://evil.test").status(), 403);
  EXPECT_EQ(Boot({{"anonymousId", "a"}}, "").status(), 200);  // a server's, not a page's
  EXPECT_EQ(Seen(), unseen);

  const std::int64_t before = UnixNow();
  ASSERT_EQ(Boot({{"anonymousId", "a"}}).status(), 200);
  const std::vector<store::Value> seen = Seen();
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_GE(store::IntOf(seen[0]), before);
  EXPECT_LE(store::IntOf(seen[0]), UnixNow());
  EXPECT_EQ(store::TextOf(seen[1]), kSite);
}

TEST_F(WidgetApiTest, BootsWithinAMinuteWaitInMemoryUntilAShutdownWritesThem) {
  ASSERT_EQ(Boot({{"anonymousId", "a"}}).status(), 200);
  ASSERT_EQ(Boot({{"anonymousId", "a"}}, "https://eu.acme.dev").status(), 200);
  EXPECT_EQ(store::TextOf(Seen().at(1)), kSite) << "the second boot was not written";

  ASSERT_TRUE(SaveUnsavedSightings(*db_, context_.sightings).ok());
  EXPECT_EQ(store::TextOf(Seen().at(1)), "https://eu.acme.dev");
}

TEST_F(WidgetApiTest, ASightingNeverReplacesALaterOne) {
  const std::int64_t later = UnixNow() + 3600;  // another node's, say
  Exec("UPDATE projects SET sdk_seen_at = ?, sdk_seen_origin = 'https://later.test' WHERE id = ?",
       {later, project_});
  ASSERT_EQ(Boot({{"anonymousId", "a"}}).status(), 200);
  EXPECT_EQ(Seen(), (std::vector<store::Value>{later, "https://later.test"}));
}

TEST_F(WidgetApiTest, ASecondBootWithTheTokenContinuesTheSession) {
  Reply first = Boot({{"anonymousId", "anon-2"}});
  ASSERT_EQ(first.status(), 200);
  const std::string token = Text(first.json, "token");
  Reply again = Boot({{"anonymousId", "anon-2"}, {"token", token}});
  EXPECT_EQ(Text(again.json, "token"), token);
  Reply forged = Boot({{"anonymousId", "anon-2"}, {"token", "wm_es_forged"}});
  EXPECT_NE(Text(forged.json, "token"), token);
  EXPECT_EQ(Text(forged.json.at("user"), "anonymousId"), "anon-2");
  // An identified boot never continues an anonymous session.
  Reply identified = Boot({{"token", token}, {"user", {{"id", "u-2"}}}});
  EXPECT_NE(Text(identified.json, "token"), token);
}

// A page load of a continuing session only reads: it is answered while the writer is held
// (by a long analytics turn, say). One with something to save still saves it.
TEST_F(WidgetApiTest, AContinuingBootThatOnlyReadsDoesNotWaitForTheWriter) {
  Reply first = Boot({{"anonymousId", "anon-3"}});
  ASSERT_EQ(first.status(), 200);
  const std::string token = Text(first.json, "token");

  store::testkit::Gate gate;
  store::testkit::IoThread io;
  auto held = io.Start(db_->Write(gate.Fn()));
  gate.WaitEntered();
  auto again = std::async(std::launch::async, [&] {
    return Boot({{"anonymousId", "anon-3"}, {"token", token}});
  });
  const bool answered = again.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
  gate.Open();
  ASSERT_TRUE(answered) << "the boot waited for the writer";
  EXPECT_EQ(again.get().status(), 200);
  EXPECT_TRUE(held.get().ok());

  ASSERT_EQ(Boot({{"anonymousId", "anon-3"}, {"token", token}, {"language", "fr"}}).status(), 200);
  auto language = store::testkit::Await(
      db_->Query("SELECT language FROM end_users WHERE anonymous_id = 'anon-3'"));
  ASSERT_TRUE(language.ok()) << language.status().message();
  EXPECT_EQ(store::TextOf(language->rows.at(0).at(0)), "fr");
}

TEST_F(WidgetApiTest, IdentityVerificationRefusesAMissingOrWrongHash) {
  Exec("UPDATE projects SET identity_required = 1 WHERE id = ?", {project_});
  Settle();
  const std::string secret = content::IdentitySecret("server key", project_, 1);
  Reply missing = Boot({{"user", {{"id", "u-1"}}}});
  EXPECT_EQ(missing.status(), 401);
  EXPECT_EQ(FieldsAtFault(missing), std::vector<std::string>{"user.hash"});
  EXPECT_EQ(missing.Header("Access-Control-Allow-Origin"), kSite);  // the SDK can tell why
  Reply wrong = Boot({{"user", {{"id", "u-1"}, {"hash", crypto::HmacSha256Hex(secret, "u-2")}}}});
  EXPECT_EQ(wrong.status(), 401);
  Reply right = Boot({{"user", {{"id", "u-1"}, {"hash", crypto::HmacSha256Hex(secret, "u-1")}}}});
  ASSERT_EQ(right.status(), 200) << right.response.body();
  EXPECT_EQ(Text(right.json.at("user"), "id"), "u-1");
  // Anonymous end-users need no hash.
  EXPECT_EQ(Boot({{"anonymousId", "a"}}).status(), 200);
}

TEST_F(WidgetApiTest, ADismissalOnOneDeviceHoldsOnAnother) {
  std::string modal = Published("interactions", Modal("Once is enough"));
  Settle();
  Reply laptop = Boot({{"user", {{"id", "u-7"}, {"attributes", {{"plan", "pro"}}}}}});
  ASSERT_EQ(Ids(laptop.json.at("interactions")), std::vector<std::string>{modal});
  Reply dismissed = Widget(Verb::post, "/v1/widget/state",
                           {{"projectId", "wm_pk_acme"},
                            {"token", Text(laptop.json, "token")},
                            {"forbidden", {modal, "made-up-id"}},
                            {"lastOpenedAt", 1764000000000}});
  ASSERT_EQ(dismissed.status(), 200) << dismissed.response.body();

  Reply phone = Boot({{"user", {{"id", "u-7"}}}});
  ASSERT_EQ(phone.status(), 200);
  EXPECT_TRUE(phone.json.at("interactions").as_array().empty());
  const auto& state = phone.json.at("state");
  EXPECT_EQ(boost::json::serialize(state.at("forbidden")), "[\"" + modal + "\"]");
  EXPECT_EQ(state.at("lastOpenedAt"), 1764000000000);
  EXPECT_EQ(Text(phone.json.at("user").at("attributes"), "plan"), "pro");
}

TEST_F(WidgetApiTest, ResetsForgetWhatTheServerKept) {
  std::string modal = Published("interactions", Modal("Reset me"));
  Published("posts", {{"title", "Unread again"}});
  Settle();
  Reply boot = Boot({{"user", {{"id", "u-8"}}}});
  boost::json::object body{{"projectId", "wm_pk_acme"},
                           {"token", Text(boot.json, "token")},
                           {"forbidden", {modal}},
                           {"lastOpenedAt", (UnixNow() + 60) * 1000}};
  ASSERT_EQ(Widget(Verb::post, "/v1/widget/state", body).status(), 200);
  EXPECT_EQ(Boot({{"user", {{"id", "u-8"}}}}).json.at("unreadCount"), 0);

  boost::json::object reopen{
      {"projectId", "wm_pk_acme"}, {"token", Text(boot.json, "token")}, {"resetLastOpened", true}};
  Reply reopened = Widget(Verb::post, "/v1/widget/state", reopen);
  EXPECT_TRUE(reopened.json.at("state").at("lastOpenedAt").is_null());
  Reply unread = Boot({{"user", {{"id", "u-8"}}}});
  EXPECT_EQ(unread.json.at("unreadCount"), 1);
  EXPECT_TRUE(unread.json.at("interactions").as_array().empty());  // still dismissed

  boost::json::object reset{
      {"projectId", "wm_pk_acme"}, {"token", Text(boot.json, "token")}, {"reset", true}};
  ASSERT_EQ(Widget(Verb::post, "/v1/widget/state", reset).status(), 200);
  EXPECT_EQ(Ids(Boot({{"user", {{"id", "u-8"}}}}).json.at("interactions")),
            std::vector<std::string>{modal});
}

TEST_F(WidgetApiTest, ViewsFromTheCookiesCountForRecurrence) {
  std::string modal = Published("interactions", Modal("Once"));
  Settle();
  boost::json::object state{
      {"viewed", {{{"id", modal}, {"times", 1}, {"lastShownAt", 1764000000000}}}}};
  Reply reply = Boot({{"anonymousId", "anon-3"}, {"state", state}});
  ASSERT_EQ(reply.status(), 200);
  EXPECT_TRUE(reply.json.at("interactions").as_array().empty());
  EXPECT_EQ(reply.json.at("state").at("viewed").at(0).at("times"), 1);
}

TEST_F(WidgetApiTest, UrlRulesAreDecidedAgainForEachPageOfASinglePageApp) {
  boost::json::object pricing = Modal("Pricing tip");
  pricing["targeting"] = {{"where", {{"rules", {{{"op", "contains"}, {"value", "/pricing"}}}}}}};
  std::string modal = Published("interactions", pricing);
  Settle();
  Reply home = Boot({{"anonymousId", "anon-4"}});
  EXPECT_TRUE(home.json.at("interactions").as_array().empty());
  boost::json::object body{{"projectId", "wm_pk_acme"},
                           {"token", Text(home.json, "token")},
                           {"url", "https://app.acme.test/pricing"}};
  Reply moved = Widget(Verb::post, "/v1/widget/interactions", body);
  ASSERT_EQ(moved.status(), 200) << moved.response.body();
  EXPECT_EQ(Ids(moved.json.at("interactions")), std::vector<std::string>{modal});
  EXPECT_EQ(moved.Header("Access-Control-Allow-Origin"), kSite);
}

TEST_F(WidgetApiTest, TheFeedPagesAndCountsUnreadPostsAfterTheLastOpening) {
  for (int i = 0; i < 12; ++i) {
    Published("posts", {{"title", "Release " + std::to_string(i)}});
  }
  Settle();
  Reply boot = Boot({{"anonymousId", "anon-5"}});
  ASSERT_EQ(boot.status(), 200);
  EXPECT_EQ(boot.json.at("unreadCount"), 12);
  const auto& first = boot.json.at("feed");
  EXPECT_EQ(first.at("posts").as_array().size(), 10u);
  const std::string next(first.at("next").as_string());
  Reply rest = Widget(Verb::get, "/v1/widget/feed?projectId=wm_pk_acme&cursor=" + next, {}, kSite,
                      {{"Authorization", "Bearer " + Text(boot.json, "token")}});
  ASSERT_EQ(rest.status(), 200) << rest.response.body();
  EXPECT_EQ(rest.json.at("posts").as_array().size(), 2u);
  EXPECT_TRUE(rest.json.at("next").is_null());
  Reply anonymous = Widget(Verb::get, "/v1/widget/feed?projectId=wm_pk_acme", {}, kSite);
  EXPECT_EQ(anonymous.status(), 401);

  boost::json::object opened{{"lastOpenedAt", (UnixNow() + 10) * 1000}};
  Reply later = Boot({{"anonymousId", "anon-5"}, {"state", opened}});
  EXPECT_EQ(later.json.at("unreadCount"), 0);
}

TEST_F(WidgetApiTest, ReactionsAreCountedOncePerEndUser) {
  std::string post = Published("posts", {{"title", "Reactions"}});
  Settle();
  Reply boot = Boot({{"anonymousId", "anon-6"}});
  boost::json::object body{{"projectId", "wm_pk_acme"},
                           {"token", Text(boot.json, "token")},
                           {"postId", post},
                           {"reaction", "heart"}};
  Widget(Verb::post, "/v1/widget/reactions", body);
  Reply twice = Widget(Verb::post, "/v1/widget/reactions", body);
  ASSERT_EQ(twice.status(), 200) << twice.response.body();
  EXPECT_EQ(boost::json::serialize(twice.json), R"({"reactions":{"heart":1},"mine":["heart"]})");
  body["on"] = false;
  EXPECT_EQ(boost::json::serialize(Widget(Verb::post, "/v1/widget/reactions", body).json),
            R"({"reactions":{},"mine":[]})");
  body["reaction"] = "angry";
  EXPECT_EQ(FieldsAtFault(Widget(Verb::post, "/v1/widget/reactions", body)),
            std::vector<std::string>{"reaction"});
  body["reaction"] = "like";
  body["postId"] = "not-a-post";
  EXPECT_EQ(Widget(Verb::post, "/v1/widget/reactions", body).status(), 400);
}

TEST_F(WidgetApiTest, UserAttributesMergeOrReplace) {
  Reply boot = Boot({{"user", {{"id", "u-9"}, {"attributes", {{"plan", "free"}, {"seats", 3}}}}}});
  boost::json::object body{{"projectId", "wm_pk_acme"},
                           {"token", Text(boot.json, "token")},
                           {"attributes", {{"plan", "pro"}}}};
  Reply merged = Widget(Verb::post, "/v1/widget/user", body);
  ASSERT_EQ(merged.status(), 200) << merged.response.body();
  EXPECT_EQ(boost::json::serialize(merged.json.at("user").at("attributes")),
            R"({"plan":"pro","seats":3})");
  body["removeUnspecified"] = true;
  EXPECT_EQ(boost::json::serialize(
                Widget(Verb::post, "/v1/widget/user", body).json.at("user").at("attributes")),
            R"({"plan":"pro"})");
}

TEST_F(WidgetApiTest, BadInputNamesTheField) {
  auto call = [&](std::string_view body) {
    return Call(Verb::post, "/v1/widget/boot", std::string(body), nullptr,
                {{"Origin", std::string(kSite)}});
  };
  EXPECT_EQ(FieldsAtFault(call(R"({"projectId": "wm_pk_acme", "anon)")),
            std::vector<std::string>{"body"});
  EXPECT_EQ(FieldsAtFault(call(R"({"projectId": "wm_pk_acme"})")),
            std::vector<std::string>{"anonymousId"});
  boost::json::object attributes;
  for (int i = 0; i < 101; ++i) attributes["a" + std::to_string(i)] = i;
  EXPECT_EQ(FieldsAtFault(Boot({{"user", {{"id", "u"}, {"attributes", attributes}}}})),
            std::vector<std::string>{"user.attributes"});
  EXPECT_EQ(FieldsAtFault(Boot({{"user", {{"id", "u"}, {"attributes", {{"x", {{"y", 1}}}}}}}})),
            std::vector<std::string>{"user.attributes.x"});
  boost::json::array viewed;
  for (int i = 0; i < 201; ++i) viewed.push_back({{"id", "i"}, {"times", 1}});
  EXPECT_EQ(FieldsAtFault(Boot({{"anonymousId", "a"}, {"state", {{"viewed", viewed}}}})),
            std::vector<std::string>{"state.viewed"});
  EXPECT_EQ(FieldsAtFault(Boot({{"anonymousId", "a"}, {"language", "not a tag"}})),
            std::vector<std::string>{"language"});
  EXPECT_EQ(FieldsAtFault(Boot({{"anonymousId", "a"}, {"colour", "red"}})),
            std::vector<std::string>{"colour"});
}

}  // namespace
}  // namespace waymark::widget
