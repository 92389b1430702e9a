#include "webhooks/routes.hpp"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "access/test_api.hpp"
#include "webhooks/signature.hpp"

namespace waymark::webhooks {
namespace {

using access::testkit::Reply;
using access::testkit::Session;
using http::Verb;

std::string Text(const boost::json::value& json, std::string_view key) {
  const boost::json::value* value = json.is_object() ? json.as_object().if_contains(key) : nullptr;
  return value != nullptr && value->is_string() ? std::string(value->as_string()) : std::string();
}

std::vector<std::string> FieldsAtFault(const Reply& reply) {
  std::vector<std::string> fields;
  const boost::json::value* errors =
      reply.json.is_object() ? reply.json.as_object().if_contains("errors") : nullptr;
  if (errors == nullptr || !errors->is_array()) return fields;
  for (const auto& error : errors->as_array()) fields.push_back(Text(error, "field"));
  return fields;
}

constexpr char kServerKey[] = "server key";

class WebhooksApiTest : public access::testkit::ApiTest {
 protected:
  WebhooksApiTest() {
    AddRoutes(*api_, context_);
    workspace_ = CreateWorkspace("Acme");
    project_ = CreateProject("acme");
    as_admin_ = Member("admin@example.com", "admin");
    as_editor_ = Member("editor@example.com", "editor");
  }

  std::string CreateProject(const std::string& slug) {
    std::string id = crypto::NewId();
    Exec(
        "INSERT INTO projects (id, workspace_id, name, slug, public_key, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {id, workspace_, slug, slug, "wm_pk_" + slug, UnixNow()});
    return id;
  }

  Session Member(const std::string& email, std::string_view role) {
    std::string user = CreateUser(email);
    AddMember(workspace_, user, role);
    return SignIn(user);
  }

  std::string Path(const std::string& suffix = "", const std::string& project = "") const {
    return "/api/v1/projects/" + (project.empty() ? project_ : project) + "/webhooks" + suffix;
  }

  Reply Send(Verb method, const std::string& path, const boost::json::value& body = nullptr,
             const Session* as = nullptr) {
    return Call(method, path, body.is_null() ? "" : boost::json::serialize(body),
                as ? as : &as_admin_);
  }

  // Creates a webhook and answers its id, failing the test if the API refused.
  std::string Created(const std::string& project = "") {
    Reply reply = Send(Verb::post, Path("", project),
                       {{"url", "https://hooks.example.com/in"}, {"events", {"post.published"}}});
    EXPECT_EQ(reply.status(), 201) << reply.response.body();
    return Text(reply.json, "id");
  }

  std::vector<std::string> AuditActions() {
    auto rows = store::testkit::Await(
        db_->Query("SELECT action FROM audit_events WHERE target LIKE 'webhook:%' ORDER BY at"));
    std::vector<std::string> actions;
    for (const auto& row : rows->rows) actions.push_back(store::TextOf(row[0]));
    return actions;
  }

  WebhookContext context_{*db_, kServerKey};
  std::string workspace_;
  std::string project_;
  Session as_admin_;
  Session as_editor_;
};

TEST_F(WebhooksApiTest, CreateAnswersTheWebhookWithItsSecret) {
  Reply reply = Send(Verb::post, Path(),
                     {{"url", "https://hooks.example.com/in?token=1"},
                      {"events", {"post.published", "interaction.completed", "post.published"}}});
  ASSERT_EQ(reply.status(), 201) << reply.response.body();
  const std::string id = Text(reply.json, "id");
  EXPECT_EQ(Text(reply.json, "url"), "https://hooks.example.com/in?token=1");
  EXPECT_EQ(boost::json::serialize(reply.json.at("events")),
            R"(["post.published","interaction.completed"])");
  EXPECT_EQ(reply.json.at("active"), true);
  EXPECT_EQ(Text(reply.json, "createdBy"), as_admin_.user_id);
  EXPECT_EQ(Text(reply.json, "secret"), SigningSecret(kServerKey, id, 1));
  EXPECT_EQ(reply.Header("Cache-Control"), "no-store");

  Reply shown = Send(Verb::get, Path("/" + id));
  EXPECT_EQ(shown.status(), 200);
  EXPECT_EQ(shown.json.as_object().if_contains("secret"), nullptr);
  Reply secret = Send(Verb::get, Path("/" + id + "/secret"));
  EXPECT_EQ(Text(secret.json, "secret"), SigningSecret(kServerKey, id, 1));
  EXPECT_EQ(secret.Header("Cache-Control"), "no-store");
  Reply listed = Send(Verb::get, Path());
  ASSERT_EQ(listed.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(Text(listed.json.at("items").at(0), "id"), id);
}

TEST_F(WebhooksApiTest, EveryFieldIsChecked) {
  EXPECT_EQ(FieldsAtFault(Send(Verb::post, Path(), boost::json::object{})),
            (std::vector<std::string>{"url", "events"}));
  Reply bad = Send(Verb::post, Path(),
                   {{"url", "ftp://files.example.com/"},
                    {"events", {"post.published", "user.signed_up"}},
                    {"active", "yes"},
                    {"secret", "mine"}});
  EXPECT_EQ(bad.status(), 400);
  EXPECT_EQ(FieldsAtFault(bad), (std::vector<std::string>{"url", "events", "active", "secret"}));
  EXPECT_EQ(FieldsAtFault(Send(Verb::post, Path(),
                               {{"url", "https://x.example.com/" + std::string(2048, 'a')},
                                {"events", boost::json::array{}}})),
            (std::vector<std::string>{"url", "events"}));
  EXPECT_TRUE(AuditActions().empty());
}

TEST_F(WebhooksApiTest, AUrlMayNotNameAnAddressInsideAPrivateNetwork) {
  const std::string id = Created();
  for (const char* url : {"http://10.0.0.1/x", "http://[::1]/x", "http://169.254.169.254/",
                          "https://[::ffff:127.0.0.1]:8443/", "http://0.0.0.0:5432/"}) {
    Reply created = Send(Verb::post, Path(), {{"url", url}, {"events", {"post.published"}}});
    EXPECT_EQ(created.status(), 400) << url;
    EXPECT_EQ(created.response.content_type, "application/problem+json") << url;
    EXPECT_EQ(FieldsAtFault(created), std::vector<std::string>{"url"}) << url;
    Reply moved = Send(Verb::patch, Path("/" + id), {{"url", url}});
    EXPECT_EQ(FieldsAtFault(moved), std::vector<std::string>{"url"}) << url;
  }
  Reply refused =
      Send(Verb::post, Path(), {{"url", "http://10.0.0.1/x"}, {"events", {"post.published"}}});
  EXPECT_NE(refused.response.body().find(
                "must not be an address inside a private network: webhooks go to public "
                "addresses only (webhooks.allow_private_networks)"),
            std::string::npos)
      << refused.response.body();
  // A host name is checked at each delivery, against what it resolves to then.
  EXPECT_EQ(
      Send(Verb::post, Path(), {{"url", "http://localhost:9000/"}, {"events", {"post.published"}}})
          .status(),
      201);
  EXPECT_EQ(Text(Send(Verb::get, Path("/" + id)).json, "url"), "https://hooks.example.com/in");
}

TEST_F(WebhooksApiTest, AServerThatAllowsPrivateNetworksTakesTheirAddresses) {
  context_.allow_private_networks = true;
  Reply created =
      Send(Verb::post, Path(), {{"url", "http://10.0.0.1/x"}, {"events", {"post.published"}}});
  ASSERT_EQ(created.status(), 201) << created.response.body();
  const std::string id = Text(created.json, "id");
  Reply moved = Send(Verb::patch, Path("/" + id), {{"url", "http://[::1]/x"}});
  EXPECT_EQ(moved.status(), 200) << moved.response.body();
  EXPECT_EQ(Text(moved.json, "url"), "http://[::1]/x");
}

TEST_F(WebhooksApiTest, UpdateChangesOnlyWhatItNames) {
  const std::string id = Created();
  Reply paused = Send(Verb::patch, Path("/" + id), {{"active", false}});
  ASSERT_EQ(paused.status(), 200) << paused.response.body();
  EXPECT_EQ(paused.json.at("active"), false);
  EXPECT_EQ(Text(paused.json, "url"), "https://hooks.example.com/in");
  Reply moved =
      Send(Verb::patch, Path("/" + id),
           {{"url", "http://93.184.216.34:9000/"}, {"events", {"interaction.dismissed"}}});
  EXPECT_EQ(Text(moved.json, "url"), "http://93.184.216.34:9000/");
  EXPECT_EQ(boost::json::serialize(moved.json.at("events")), R"(["interaction.dismissed"])");
  EXPECT_EQ(moved.json.at("active"), false);
  EXPECT_EQ(FieldsAtFault(Send(Verb::patch, Path("/" + id), {{"events", {"nope"}}})),
            std::vector<std::string>{"events"});
}

TEST_F(WebhooksApiTest, RotationReplacesTheSecret) {
  const std::string id = Created();
  Reply rotated = Send(Verb::post, Path("/" + id + "/rotate-secret"));
  ASSERT_EQ(rotated.status(), 200) << rotated.response.body();
  EXPECT_EQ(Text(rotated.json, "secret"), SigningSecret(kServerKey, id, 2));
  EXPECT_EQ(Text(Send(Verb::get, Path("/" + id + "/secret")).json, "secret"),
            SigningSecret(kServerKey, id, 2));
}

TEST_F(WebhooksApiTest, TestQueuesAPingThatTheLogShowsNewestFirstPageByPage) {
  const std::string id = Created();
  std::vector<std::string> queued;
  for (int i = 0; i < 3; ++i) {
    Reply ping = Send(Verb::post, Path("/" + id + "/test"));
    ASSERT_EQ(ping.status(), 202) << ping.response.body();
    queued.push_back(Text(ping.json, "deliveryId"));
  }
  Reply first = Send(Verb::get, Path("/" + id + "/deliveries?limit=2"));
  ASSERT_EQ(first.status(), 200) << first.response.body();
  const auto& items = first.json.at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(Text(items[0], "event"), "ping");
  EXPECT_EQ(Text(items[0], "status"), "pending");
  EXPECT_EQ(items[0].at("attempts"), 0);
  EXPECT_EQ(Text(items[0].at("payload"), "type"), "ping");
  EXPECT_EQ(Text(items[0].at("payload"), "id"), Text(items[0], "id"));
  EXPECT_EQ(Text(items[0].at("payload").at("data"), "webhookId"), id);

  Reply rest = Send(
      Verb::get, Path("/" + id + "/deliveries?limit=2&cursor=" + Text(first.json, "nextCursor")));
  ASSERT_EQ(rest.json.at("items").as_array().size(), 1u);
  EXPECT_TRUE(rest.json.at("nextCursor").is_null());
  std::vector<std::string> shown{Text(items[0], "id"), Text(items[1], "id"),
                                 Text(rest.json.at("items").at(0), "id")};
  std::sort(shown.begin(), shown.end());
  std::sort(queued.begin(), queued.end());
  EXPECT_EQ(shown, queued);
  EXPECT_EQ(Send(Verb::get, Path("/" + id + "/deliveries?cursor=junk")).status(), 400);
}

TEST_F(WebhooksApiTest, DeleteTakesTheDeliveriesWithIt) {
  const std::string id = Created();
  ASSERT_EQ(Send(Verb::post, Path("/" + id + "/test")).status(), 202);
  EXPECT_EQ(Send(Verb::delete_, Path("/" + id)).status(), 204);
  EXPECT_EQ(Send(Verb::get, Path("/" + id)).status(), 404);
  EXPECT_EQ(Send(Verb::delete_, Path("/" + id)).status(), 404);
  auto rows = store::testkit::Await(db_->Query("SELECT COUNT(*) FROM webhook_deliveries"));
  EXPECT_EQ(store::IntOf(rows->rows[0][0]), 0);
}

TEST_F(WebhooksApiTest, ChangesAreAudited) {
  const std::string id = Created();
  Send(Verb::patch, Path("/" + id), {{"active", false}});
  Send(Verb::post, Path("/" + id + "/rotate-secret"));
  Send(Verb::delete_, Path("/" + id));
  EXPECT_EQ(AuditActions(),
            (std::vector<std::string>{"webhook.created", "webhook.updated",
                                      "webhook.secret_rotated", "webhook.deleted"}));
}

TEST_F(WebhooksApiTest, AWebhookOfAnotherProjectIsNotFound) {
  const std::string other = CreateProject("other");
  const std::string id = Created(other);
  const boost::json::object change{{"active", false}};
  EXPECT_EQ(Send(Verb::get, Path("/" + id)).status(), 404);
  EXPECT_EQ(Send(Verb::patch, Path("/" + id), change).status(), 404);
  EXPECT_EQ(Send(Verb::get, Path("/" + id + "/secret")).status(), 404);
  EXPECT_EQ(Send(Verb::post, Path("/" + id + "/rotate-secret")).status(), 404);
  EXPECT_EQ(Send(Verb::get, Path("/" + id + "/deliveries")).status(), 404);
  EXPECT_EQ(Send(Verb::post, Path("/" + id + "/test")).status(), 404);
  EXPECT_EQ(Send(Verb::delete_, Path("/" + id)).status(), 404);
  EXPECT_EQ(Send(Verb::get, Path()).json.at("items").as_array().size(), 0u);
  EXPECT_EQ(Send(Verb::get, Path("/" + id, other)).json.at("active"), true);
}

TEST_F(WebhooksApiTest, OnlyAdminsManageWebhooks) {
  const std::string id = Created();
  EXPECT_EQ(Send(Verb::get, Path(), nullptr, &as_editor_).status(), 403);
  EXPECT_EQ(Send(Verb::get, Path("/" + id + "/secret"), nullptr, &as_editor_).status(), 403);
  EXPECT_EQ(Send(Verb::post, Path("/" + id + "/test"), nullptr, &as_editor_).status(), 403);
}

TEST_F(WebhooksApiTest, AProjectHasAtMostTwentyWebhooks) {
  for (int i = 0; i < 20; ++i) Created();
  Reply refused = Send(Verb::post, Path(),
                       {{"url", "https://hooks.example.com/in"}, {"events", {"post.published"}}});
  EXPECT_EQ(refused.status(), 409) << refused.response.body();
}

}  // namespace
}  // namespace waymark::webhooks
