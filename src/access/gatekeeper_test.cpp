#include "access/gatekeeper.hpp"

#include "access/test_api.hpp"

namespace waymark::access {
namespace {

using http::Verb;

class GatekeeperTest : public testkit::ApiTest {
 protected:
  GatekeeperTest() {
    auto echo = [](http::Request&, const Caller& caller) -> boost::asio::awaitable<http::Response> {
      co_return http::Response::Text(caller.user_id + " " + std::string(RoleName(caller.role)));
    };
    api_->Add(Verb::get, "/me", {.scope = Scope::kUser}, echo);
    api_->Add(Verb::post, "/me", {.scope = Scope::kUser}, echo);
    api_->Add(Verb::post, "/ws/{workspaceId}", {.scope = Scope::kWorkspace, .role = Role::kAdmin},
              echo);
    workspace_ = CreateWorkspace();
    owner_ = CreateUser("owner@example.com");
    AddMember(workspace_, owner_, "owner");
  }
  std::string workspace_;
  std::string owner_;
};

TEST_F(GatekeeperTest, NoCredentialIs401) {
  EXPECT_EQ(Call(Verb::get, "/me").status(), 401);
}

TEST_F(GatekeeperTest, SessionAdmitsItsUser) {
  testkit::Session session = SignIn(owner_);
  auto reply = Call(Verb::get, "/me", "", &session);
  EXPECT_EQ(reply.status(), 200);
  EXPECT_EQ(reply.response.body(), owner_ + " viewer");
}

TEST_F(GatekeeperTest, TamperedTokenIs401AndExpiresTheCookie) {
  testkit::Session session = SignIn(owner_);
  session.token.back() = session.token.back() == 'A' ? 'B' : 'A';
  auto reply = Call(Verb::get, "/me", "", &session);
  EXPECT_EQ(reply.status(), 401);
  EXPECT_EQ(reply.Header("Set-Cookie"),
            "_JIMO_TOKEN=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax");
}

TEST_F(GatekeeperTest, MutationNeedsTheCsrfToken) {
  testkit::Session session = SignIn(owner_);
  EXPECT_EQ(Call(Verb::post, "/me", "", &session).status(), 200);
  EXPECT_EQ(Call(Verb::post, "/me", "", &session, {{"X-CSRF-Token", "wrong"}}).status(), 403);
  EXPECT_EQ(Call(Verb::post, "/me", "", &session, {{"X-CSRF-Token", ""}}).status(), 403);
}

TEST_F(GatekeeperTest, MutationFromAnotherOriginIsRefused) {
  testkit::Session session = SignIn(owner_);
  EXPECT_EQ(Call(Verb::post, "/me", "", &session, {{"Origin", "https://evil.example"}}).status(),
            403);
  EXPECT_EQ(Call(Verb::post, "/me", "", &session, {{"Origin", "http://test"}}).status(), 200);
}

TEST_F(GatekeeperTest, WorkspaceRoleDecides) {
  std::string viewer = CreateUser("viewer@example.com");
  AddMember(workspace_, viewer, "viewer");
  testkit::Session as_owner = SignIn(owner_);
  testkit::Session as_viewer = SignIn(viewer);
  EXPECT_EQ(Call(Verb::post, "/ws/" + workspace_, "", &as_owner).status(), 200);
  EXPECT_EQ(Call(Verb::post, "/ws/" + workspace_, "", &as_viewer).status(), 403);
}

TEST_F(GatekeeperTest, OutsidersGet404) {
  std::string stranger = CreateUser("stranger@example.com");
  testkit::Session session = SignIn(stranger);
  EXPECT_EQ(Call(Verb::post, "/ws/" + workspace_, "", &session).status(), 404);
  EXPECT_EQ(Call(Verb::post, "/ws/no-such-workspace", "", &session).status(), 404);
}

TEST_F(GatekeeperTest, InstanceRoutesAdmitTheInstanceOwnerAndTheirTeamByRole) {
  auto echo = [](http::Request&, const Caller& caller) -> boost::asio::awaitable<http::Response> {
    co_return http::Response::Text(std::string(RoleName(caller.role)));
  };
  api_->Add(Verb::get, "/ops", {.scope = Scope::kInstance, .role = Role::kAdmin}, echo);
  Exec("UPDATE users SET instance_owner = 1 WHERE id = ?", {owner_});
  std::string admin = CreateUser("admin@example.com");
  AddMember(workspace_, admin, "admin");
  std::string editor = CreateUser("editor@example.com");
  AddMember(workspace_, editor, "editor");
  // The owner of another workspace, and an admin there: another tenant.
  std::string other_workspace = CreateWorkspace("Other");
  std::string other_owner = CreateUser("other-owner@example.com");
  AddMember(other_workspace, other_owner, "owner");
  AddMember(other_workspace, editor, "owner");  // owning elsewhere does not count here

  auto call_as = [&](const std::string& user) {
    testkit::Session session = SignIn(user);
    return Call(Verb::get, "/ops", "", &session);
  };
  EXPECT_EQ(call_as(owner_).response.body(), "owner");
  EXPECT_EQ(call_as(admin).response.body(), "admin");
  EXPECT_EQ(call_as(editor).status(), 403);
  EXPECT_EQ(call_as(other_owner).status(), 403);
  // An instance owner with no workspace left is still one.
  Exec("DELETE FROM memberships WHERE user_id = ?", {owner_});
  EXPECT_EQ(call_as(owner_).response.body(), "owner");
  EXPECT_EQ(call_as(admin).status(), 403);  // their workspace has no instance owner now
}

TEST_F(GatekeeperTest, RevokedSessionIs401) {
  testkit::Session session = SignIn(owner_);
  Exec("UPDATE sessions SET revoked_at = 1");
  EXPECT_EQ(Call(Verb::get, "/me", "", &session).status(), 401);
}

TEST_F(GatekeeperTest, UnknownBearerIs401) {
  EXPECT_EQ(Call(Verb::get, "/me", "", nullptr, {{"Authorization", "Bearer wm_sk_nope"}}).status(),
            401);
  EXPECT_EQ(Call(Verb::get, "/me", "", nullptr, {{"Authorization", "Basic eDp5"}}).status(), 401);
}

}  // namespace
}  // namespace waymark::access
