// Two tenants on one server: everything workspace A's sessions, keys and extension tokens
// ask of workspace B answers 404, exactly as if it did not exist, and B is left as it was.
#include <gtest/gtest.h>

#include "scene.hpp"

namespace waymark::testing {
namespace {

using http::Verb;

class TenantIsolation : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess({"--auth-open-signup", "true"});
    a_ = new Team(BuildTeam(*server_, "a"));
    b_ = new Team(BuildTeam(*server_, "b"));
    // B's content, which A must not reach either.
    ApiClient& b = b_->Member("editor");
    const std::string project = "/api/v1/projects/" + b_->project;
    b_post_ = new std::string(IdOf(b.Post(project + "/posts", {{"title", "B's news"}})));
    b_interaction_ = new std::string(
        IdOf(b.Post(project + "/interactions", {{"format", "modal"}, {"title", "B's modal"}})));
    b_segment_ = new std::string(
        IdOf(b.Post(project + "/segments",
                    {{"name", "B's users"},
                     {"conditions",
                      {{"all", {{{"attribute", "plan"}, {"op", "exists"}, {"value", true}}}}}}})));
    ApiReply webhook = b_->Member("admin").Post(
        project + "/webhooks",
        {{"url", "https://hooks.example.com/b"}, {"events", {"post.published"}}});
    b_webhook_ = new std::string(IdOf(webhook));
    b_webhook_secret_ = new std::string(webhook.Text("secret"));
  }
  static void TearDownTestSuite() {
    delete a_;
    delete b_;
    delete server_;
    delete b_post_;
    delete b_interaction_;
    delete b_segment_;
    delete b_webhook_;
    delete b_webhook_secret_;
  }

  // B's ids in every parameter of the pattern.
  static std::string InB(std::string path) {
    const std::vector<std::pair<std::string, std::string>> ids{
        {"{workspaceId}", b_->workspace},
        {"{projectId}", b_->project},
        {"{userId}", b_->user_ids.at("viewer")},
        {"{invitationId}", b_->invitation_id},
        {"{keyId}", b_->key_id},
        {"{tokenId}", b_->extension_token_id},
        {"{postId}", *b_post_},
        {"{interactionId}", *b_interaction_},
        {"{segmentId}", *b_segment_},
        {"{webhookId}", *b_webhook_}};
    for (const auto& [param, id] : ids) {
      std::size_t at = path.find(param);
      if (at != std::string::npos) path.replace(at, param.size(), id);
    }
    return path;
  }

  static ServerProcess* server_;
  static Team* a_;
  static Team* b_;
  static std::string* b_post_;
  static std::string* b_interaction_;
  static std::string* b_segment_;
  static std::string* b_webhook_;
  static std::string* b_webhook_secret_;
};

ServerProcess* TenantIsolation::server_ = nullptr;
Team* TenantIsolation::a_ = nullptr;
Team* TenantIsolation::b_ = nullptr;
std::string* TenantIsolation::b_post_ = nullptr;
std::string* TenantIsolation::b_interaction_ = nullptr;
std::string* TenantIsolation::b_segment_ = nullptr;
std::string* TenantIsolation::b_webhook_ = nullptr;
std::string* TenantIsolation::b_webhook_secret_ = nullptr;

TEST_F(TenantIsolation, EveryWorkspaceAndProjectRouteOfBIs404ForA) {
  ApiClient key(*server_);
  key.UseBearer(a_->secret_key);
  ApiClient extension(*server_);
  extension.UseBearer(a_->extension_token);
  std::vector<std::pair<std::string, ApiClient*>> callers{{"key", &key}, {"extension", &extension}};
  for (const auto& [role, client] : a_->members) callers.emplace_back(role, client.get());

  std::size_t probed = 0;
  std::size_t routes = 0;
  for (const auto& [route, cells] : DeclaredRoutes()) {
    const std::string& scope = cells[2];
    if (scope != "workspace" && scope != "project") continue;
    ++routes;
    const std::string method = cells[0];
    const std::string path = InB(cells[1]);
    // A body that would be valid, so nothing but the tenant boundary can refuse it.
    std::string body;
    if (method == "PATCH" && path.find("/members/") != std::string::npos) {
      body = R"({"role":"admin"})";
    } else if (method == "POST" && path.ends_with("/invitations")) {
      body = R"({"role":"owner"})";
    } else if (method != "GET" && method != "DELETE") {
      body = R"({"name":"taken over"})";
    }
    for (const auto& [who, client] : callers) {
      ApiReply reply = client->Call(http::beast_http::string_to_verb(method), path, body);
      EXPECT_EQ(reply.status, 404u) << route << " as A's " << who << ": " << reply.raw.body;
      ++probed;
    }
  }
  EXPECT_GE(routes, 35u);
  EXPECT_EQ(probed, routes * callers.size());
  const std::string project = "/api/v1/projects/" + b_->project;
  ApiClient& b = b_->Member("viewer");
  EXPECT_EQ(b.Get(project + "/posts/" + *b_post_).Text("title"), "B's news");
  EXPECT_EQ(b.Get(project + "/interactions/" + *b_interaction_).Text("status"), "draft");
  EXPECT_EQ(b.Get(project + "/segments/" + *b_segment_).Text("name"), "B's users");
  ApiReply webhook = b_->Member("admin").Get(project + "/webhooks/" + *b_webhook_);
  EXPECT_EQ(webhook.Text("url"), "https://hooks.example.com/b");
  EXPECT_EQ(webhook.json.at("active"), true);
  EXPECT_EQ(
      b_->Member("admin").Get(project + "/webhooks/" + *b_webhook_ + "/secret").Text("secret"),
      *b_webhook_secret_);
}

TEST_F(TenantIsolation, AccountRoutesCannotReachBsSessionsTokensOrWorkspace) {
  ApiClient& a = a_->Member("owner");
  ApiClient& b = b_->Member("owner");
  ApiReply sessions = b.Get("/api/v1/auth/sessions");
  std::string b_session(sessions.json.at("items").at(0).at("id").as_string());
  EXPECT_EQ(a.Call(Verb::delete_, "/api/v1/auth/sessions/" + b_session).status, 404u);
  EXPECT_EQ(b_->Member("editor")
                .Call(Verb::delete_, "/api/v1/extension-tokens/" + a_->extension_token_id)
                .status,
            404u);
  ApiReply planted =
      a.Post("/api/v1/projects", {{"name", "planted"}, {"workspaceId", b_->workspace}});
  EXPECT_EQ(planted.status, 404u) << planted.raw.body;

  ApiReply projects = a.Get("/api/v1/projects");
  for (const auto& item : projects.json.at("items").as_array()) {
    EXPECT_NE(item.at("id").as_string(), b_->project);
  }
  ApiReply workspaces = a.Get("/api/v1/workspaces");
  for (const auto& item : workspaces.json.at("items").as_array()) {
    EXPECT_NE(item.at("id").as_string(), b_->workspace);
  }
  ApiReply audit = a.Get("/api/v1/workspaces/" + a_->workspace + "/audit?limit=200");
  for (const auto& event : audit.json.at("items").as_array()) {
    EXPECT_EQ(event.at("details").as_object().if_contains("workspaceId"), nullptr);
    EXPECT_EQ(event.at("target").as_string().find(b_->project), std::string::npos);
  }
}

TEST_F(TenantIsolation, BIsUntouchedAfterwards) {
  EXPECT_EQ(b_->Member("owner").Get("/api/v1/auth/me").status, 200u);
  ApiClient key(*server_);
  key.UseBearer(b_->secret_key);
  ApiReply project = key.Get("/api/v1/projects/" + b_->project);
  ASSERT_EQ(project.status, 200u);
  EXPECT_EQ(project.Text("name"), "b app");
  ApiReply members = b_->Member("owner").Get("/api/v1/workspaces/" + b_->workspace + "/members");
  EXPECT_EQ(members.json.at("items").as_array().size(), 4u);  // none removed
  for (const auto& member : members.json.at("items").as_array()) {
    if (member.at("userId").as_string() == b_->user_ids.at("viewer")) {
      EXPECT_EQ(member.at("role"), "viewer");
    }
  }
  ApiReply pending =
      b_->Member("owner").Get("/api/v1/workspaces/" + b_->workspace + "/invitations");
  bool still_pending = false;
  for (const auto& invitation : pending.json.at("items").as_array()) {
    still_pending |= invitation.at("id").as_string() == b_->invitation_id;
  }
  EXPECT_TRUE(still_pending);
}

}  // namespace
}  // namespace waymark::testing
