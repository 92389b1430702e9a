// Every route of the management API, called with every role, a secret key, an extension
// token and no credentials at all; each answer checked against the access policy written
// out below. The policy is the specification: the test also checks that it lists exactly
// the routes the server declares, so a new route cannot ship without a line here.
#include <gtest/gtest.h>

#include <set>

#include "scene.hpp"

namespace waymark::testing {
namespace {

using http::Verb;

// Who may call a route. `least` is "public", "user" (any signed-in maker, for their own
// account), "instance" (the instance's owner: the team's owner signed up first),
// "instance-admin" (the operators: the instance's owner and the admins of its workspace) or
// the least workspace role: viewer < editor < admin < owner.
struct Policy {
  std::string least;
  bool secret_key = false;
  bool extension = false;
};

const std::map<std::string, Policy>& Policies() {
  static const std::map<std::string, Policy> policies{
      {"POST /api/v1/auth/signup", {"public"}},
      {"POST /api/v1/auth/login", {"public"}},
      {"POST /api/v1/auth/logout", {"user"}},
      {"GET /api/v1/auth/me", {"user", false, true}},
      {"POST /api/v1/auth/password", {"user"}},
      {"POST /api/v1/auth/password-reset", {"public"}},
      {"POST /api/v1/auth/password-reset/confirm", {"public"}},
      {"GET /api/v1/auth/sessions", {"user"}},
      {"DELETE /api/v1/auth/sessions", {"user"}},
      {"DELETE /api/v1/auth/sessions/{sessionId}", {"user"}},
      {"GET /api/v1/extension-tokens", {"user"}},
      {"POST /api/v1/extension-tokens", {"user"}},
      {"DELETE /api/v1/extension-tokens/{tokenId}", {"user"}},
      {"GET /api/v1/workspaces", {"user"}},
      {"POST /api/v1/workspaces", {"user"}},
      {"GET /api/v1/workspaces/{workspaceId}", {"viewer"}},
      {"PATCH /api/v1/workspaces/{workspaceId}", {"admin"}},
      {"GET /api/v1/workspaces/{workspaceId}/members", {"viewer"}},
      {"PATCH /api/v1/workspaces/{workspaceId}/members/{userId}", {"admin"}},
      {"DELETE /api/v1/workspaces/{workspaceId}/members/{userId}", {"admin"}},
      {"POST /api/v1/workspaces/{workspaceId}/invitations", {"admin"}},
      {"GET /api/v1/workspaces/{workspaceId}/invitations", {"admin"}},
      {"DELETE /api/v1/workspaces/{workspaceId}/invitations/{invitationId}", {"admin"}},
      {"GET /api/v1/workspaces/{workspaceId}/audit", {"admin"}},
      {"GET /api/v1/invitations/{token}", {"public"}},
      {"GET /api/v1/cookies", {"public"}},
      {"POST /api/v1/invitations/{token}/accept", {"user"}},
      {"POST /api/v1/projects", {"admin"}},  // admin of the workspace the project goes in
      {"GET /api/v1/projects", {"user", false, true}},
      {"GET /api/v1/projects/{projectId}", {"viewer", true, true}},
      {"PATCH /api/v1/projects/{projectId}", {"admin"}},
      {"DELETE /api/v1/projects/{projectId}", {"admin"}},
      {"GET /api/v1/projects/{projectId}/keys", {"admin"}},
      {"POST /api/v1/projects/{projectId}/keys", {"admin"}},
      {"DELETE /api/v1/projects/{projectId}/keys/{keyId}", {"admin"}},
      {"GET /api/v1/projects/{projectId}/identity-secret", {"admin"}},
      {"POST /api/v1/projects/{projectId}/identity-secret/rotate", {"admin"}},
      {"POST /api/v1/projects/{projectId}/markdown", {"viewer", true, true}},
      {"POST /api/v1/projects/{projectId}/posts", {"editor", true}},
      {"GET /api/v1/projects/{projectId}/posts", {"viewer", true, true}},
      {"GET /api/v1/projects/{projectId}/posts/{postId}", {"viewer", true, true}},
      {"PATCH /api/v1/projects/{projectId}/posts/{postId}", {"editor", true}},
      {"DELETE /api/v1/projects/{projectId}/posts/{postId}", {"editor", true}},
      {"POST /api/v1/projects/{projectId}/posts/{postId}/publish", {"editor", true}},
      {"POST /api/v1/projects/{projectId}/posts/{postId}/unpublish", {"editor", true}},
      // Extension tokens build interactions on the maker's own site.
      {"POST /api/v1/projects/{projectId}/interactions", {"editor", true, true}},
      {"GET /api/v1/projects/{projectId}/interactions", {"viewer", true, true}},
      {"GET /api/v1/projects/{projectId}/interactions/{interactionId}", {"viewer", true, true}},
      {"PATCH /api/v1/projects/{projectId}/interactions/{interactionId}", {"editor", true, true}},
      {"DELETE /api/v1/projects/{projectId}/interactions/{interactionId}", {"editor", true, true}},
      {"POST /api/v1/projects/{projectId}/interactions/{interactionId}/publish",
       {"editor", true, true}},
      {"POST /api/v1/projects/{projectId}/interactions/{interactionId}/unpublish",
       {"editor", true, true}},
      {"POST /api/v1/projects/{projectId}/segments", {"editor", true}},
      {"GET /api/v1/projects/{projectId}/segments", {"viewer", true, true}},
      {"POST /api/v1/projects/{projectId}/segments/preview", {"viewer", true, true}},
      {"GET /api/v1/projects/{projectId}/segments/{segmentId}", {"viewer", true, true}},
      {"PATCH /api/v1/projects/{projectId}/segments/{segmentId}", {"editor", true}},
      {"DELETE /api/v1/projects/{projectId}/segments/{segmentId}", {"editor", true}},
      {"GET /api/v1/projects/{projectId}/analytics", {"viewer", true}},
      // Raw events name end-users: admins and the project's own servers only.
      {"GET /api/v1/projects/{projectId}/analytics/events", {"admin", true}},
      // No key: a leaked key must not be able to send the project's events elsewhere.
      {"GET /api/v1/projects/{projectId}/webhooks", {"admin"}},
      {"POST /api/v1/projects/{projectId}/webhooks", {"admin"}},
      {"GET /api/v1/projects/{projectId}/webhooks/{webhookId}", {"admin"}},
      {"PATCH /api/v1/projects/{projectId}/webhooks/{webhookId}", {"admin"}},
      {"DELETE /api/v1/projects/{projectId}/webhooks/{webhookId}", {"admin"}},
      {"GET /api/v1/projects/{projectId}/webhooks/{webhookId}/secret", {"admin"}},
      {"POST /api/v1/projects/{projectId}/webhooks/{webhookId}/rotate-secret", {"admin"}},
      {"GET /api/v1/projects/{projectId}/webhooks/{webhookId}/deliveries", {"admin"}},
      {"POST /api/v1/projects/{projectId}/webhooks/{webhookId}/test", {"admin"}},
      // Proof of the site's visitors' consent: the server's owners, in person.
      {"GET /api/v1/consents", {"instance"}},
      // The server's access log holds every tenant's requests: its operators only.
      {"GET /api/v1/traffic", {"instance-admin"}},
  };
  return policies;
}

int Rank(const std::string& role) {
  static const std::map<std::string, int> ranks{
      {"viewer", 1}, {"editor", 2}, {"admin", 3}, {"owner", 4}};
  return ranks.at(role);
}

const std::vector<std::string> kCredentials{"none",  "viewer", "editor",   "admin",
                                            "owner", "key",    "extension"};

// Whether `credential` passes the policy: the route is then expected to answer anything
// but 401 and 403; otherwise exactly one of them.
bool Allowed(const Policy& policy, const std::string& credential) {
  if (policy.least == "public") return true;
  if (credential == "none") return false;
  if (policy.least == "instance") return credential == "owner";
  if (policy.least == "instance-admin") return credential == "owner" || credential == "admin";
  if (credential == "key") return policy.secret_key;
  if (credential == "extension") {
    return policy.extension && (policy.least == "user" || Rank(policy.least) <= Rank("editor"));
  }
  return policy.least == "user" || Rank(credential) >= Rank(policy.least);
}

Verb VerbOf(const std::string& name) {
  return http::beast_http::string_to_verb(name);
}

class PermissionMatrix : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess();
    team_ = new Team(BuildTeam(*server_, "m"));
  }
  static void TearDownTestSuite() {
    delete team_;
    delete server_;
  }

  // The path with its parameters filled: the team's own workspace and project, and ids
  // that name nothing for the rest, so no allowed call changes anything.
  std::string Fill(const std::string& pattern, const std::string& key, bool allowed) {
    std::string path = pattern;
    auto replace = [&](const std::string& param, const std::string& value) {
      std::size_t at = path.find(param);
      if (at != std::string::npos) path.replace(at, param.size(), value);
    };
    std::string project = team_->project;
    if (allowed && key == "DELETE /api/v1/projects/{projectId}") project = FreshProject();
    replace("{workspaceId}", team_->workspace);
    replace("{projectId}", project);
    for (std::string param :
         {"{userId}", "{invitationId}", "{keyId}", "{sessionId}", "{tokenId}", "{token}",
          "{postId}", "{interactionId}", "{segmentId}", "{webhookId}"}) {
      replace(param, "no-such-id");
    }
    return path;
  }

  // A project made only to be deleted.
  std::string FreshProject() {
    return IdOf(team_->Member("owner").Post("/api/v1/projects", {{"name", "doomed"}}));
  }

  ApiClient& As(const std::string& credential) {
    if (credential == "none" || credential == "key" || credential == "extension") {
      if (!anonymous_) anonymous_ = std::make_unique<ApiClient>(*server_);
      if (credential == "none") anonymous_->UseNothing();
      if (credential == "key") anonymous_->UseBearer(team_->secret_key);
      if (credential == "extension") anonymous_->UseBearer(team_->extension_token);
      return *anonymous_;
    }
    return team_->Member(credential);
  }

  // Logout and "sign out everywhere" end the member's sessions: sign in again.
  void Restore(const std::string& credential) {
    if (credential == "none" || credential == "key" || credential == "extension") return;
    ApiClient& member = team_->Member(credential);
    if (member.Get("/api/v1/auth/me").status == 401u) {
      ASSERT_EQ(member.Login("m" + credential + "@example.com", kScenePassword).status, 200u);
    }
  }

  static ServerProcess* server_;
  static Team* team_;
  std::unique_ptr<ApiClient> anonymous_;
};

ServerProcess* PermissionMatrix::server_ = nullptr;
Team* PermissionMatrix::team_ = nullptr;

TEST_F(PermissionMatrix, PolicyListsExactlyTheDeclaredRoutes) {
  std::set<std::string> declared;
  for (const auto& [key, cells] : DeclaredRoutes()) declared.insert(key);
  std::set<std::string> written;
  for (const auto& [key, policy] : Policies()) written.insert(key);
  EXPECT_EQ(declared, written);
}

TEST_F(PermissionMatrix, EveryRouteAnswersEveryCredentialAsThePolicySays) {
  int calls = 0;
  for (const auto& [key, policy] : Policies()) {
    const std::string method = key.substr(0, key.find(' '));
    const std::string pattern = key.substr(key.find(' ') + 1);
    for (const std::string& credential : kCredentials) {
      const bool allowed = Allowed(policy, credential);
      const std::string path = Fill(pattern, key, allowed);
      // An unknown field: an admitted mutation is refused for its body and changes nothing.
      const std::string body = method == "GET" ? "" : R"({"matrixProbe":true})";
      ApiReply reply = As(credential).Call(VerbOf(method), path, body);
      ++calls;
      if (!allowed) {
        const unsigned expected = credential == "none" ? 401u : 403u;
        EXPECT_EQ(reply.status, expected) << key << " as " << credential << ": " << reply.raw.body;
      } else {
        EXPECT_NE(reply.status, 401u) << key << " as " << credential << ": " << reply.raw.body;
        EXPECT_NE(reply.status, 403u) << key << " as " << credential << ": " << reply.raw.body;
        EXPECT_LT(reply.status, 500u) << key << " as " << credential << ": " << reply.raw.body;
      }
      Restore(credential);
    }
  }
  EXPECT_EQ(calls, static_cast<int>(Policies().size() * kCredentials.size()));
}

TEST_F(PermissionMatrix, AdmittedCallsReallyWork) {
  // Spot checks that "allowed" means served, not merely "not refused".
  EXPECT_EQ(As("viewer").Get("/api/v1/projects/" + team_->project).status, 200u);
  EXPECT_EQ(As("key").Get("/api/v1/projects/" + team_->project).status, 200u);
  EXPECT_EQ(As("extension").Get("/api/v1/projects").status, 200u);
  EXPECT_EQ(As("extension").Get("/api/v1/auth/me").status, 200u);
  EXPECT_EQ(As("admin").Get("/api/v1/workspaces/" + team_->workspace + "/audit").status, 200u);
  EXPECT_EQ(As("viewer").Get("/api/v1/workspaces/" + team_->workspace + "/members").status, 200u);
}

}  // namespace
}  // namespace waymark::testing
