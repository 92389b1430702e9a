// Extension tokens as the browser extension meets them, and the audit log that records
// every security event along the way.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "scene.hpp"

namespace waymark::testing {
namespace {

using http::Verb;

TEST(ExtensionTokens, IssuedAsAScopedThirtyDayCookieListedAndRevocable) {
  ServerProcess server;
  Team team = BuildTeam(server, "x");
  ApiClient& editor = team.Member("editor");
  ApiReply issued = editor.Post("/api/v1/extension-tokens", {{"name", "Chrome at work"}});
  ASSERT_EQ(issued.status, 201u) << issued.raw.body;
  EXPECT_TRUE(std::regex_match(
      issued.raw.Header("Set-Cookie"),
      std::regex("_JIMO_EXTENSION_TOKEN=wm_ext_[A-Za-z0-9_-]{43}; Max-Age=2592000; Path=/; "
                 "HttpOnly; Secure; SameSite=Lax")))
      << issued.raw.Header("Set-Cookie");
  EXPECT_EQ(CookieValue(issued.raw.Header("Set-Cookie"), "_JIMO_EXTENSION_TOKEN"),
            issued.Text("token"));
  // The token is shown once: the list names it by a hint only.
  ApiReply listed = editor.Get("/api/v1/extension-tokens");
  ASSERT_EQ(listed.status, 200u);
  EXPECT_EQ(listed.raw.body.find(issued.Text("token")), std::string::npos);
  EXPECT_NE(listed.raw.body.find("Chrome at work"), std::string::npos);

  ApiClient extension(server);
  extension.UseBearer(issued.Text("token"));
  EXPECT_EQ(extension.Get("/api/v1/projects/" + team.project).status, 200u);
  EXPECT_EQ(extension.Get("/api/v1/projects/" + team.project + "/keys").status, 403u);
  EXPECT_EQ(extension.Call(Verb::post, "/api/v1/extension-tokens", "{}").status, 403u);

  EXPECT_EQ(editor.Call(Verb::delete_, "/api/v1/extension-tokens/" + issued.Text("id")).status,
            204u);
  EXPECT_EQ(extension.Get("/api/v1/projects/" + team.project).status, 401u);
  EXPECT_EQ(editor.Call(Verb::delete_, "/api/v1/extension-tokens/" + issued.Text("id")).status,
            404u);
}

TEST(AuditLog, RecordsTheSecurityEventsOfAWorkspaceForItsAdmins) {
  ServerProcess server;
  Team team = BuildTeam(server, "y");
  ApiClient& owner = team.Member("owner");
  ApiClient stranger(server);
  EXPECT_EQ(stranger.Login("yeditor@example.com", "not the password").status, 401u);
  EXPECT_EQ(team.Member("editor").Login("yeditor@example.com", kScenePassword).status, 200u);
  ApiReply patched =
      owner.Call(Verb::patch,
                 "/api/v1/workspaces/" + team.workspace + "/members/" + team.user_ids.at("viewer"),
                 R"({"role":"editor"})");
  EXPECT_EQ(patched.status, 200u) << patched.raw.body;
  EXPECT_EQ(
      owner.Call(Verb::delete_, "/api/v1/projects/" + team.project + "/keys/" + team.key_id).status,
      204u);
  EXPECT_EQ(team.Member("admin").Call(Verb::post, "/api/v1/auth/logout").status, 204u);

  std::set<std::string> actions;
  std::string cursor;
  for (int page = 0; page < 20; ++page) {
    ApiReply reply = owner.Get("/api/v1/workspaces/" + team.workspace + "/audit?limit=5" +
                               (cursor.empty() ? "" : "&cursor=" + cursor));
    ASSERT_EQ(reply.status, 200u) << reply.raw.body;
    for (const auto& event : reply.json.at("items").as_array()) {
      actions.insert(std::string(event.at("action").as_string()));
      EXPECT_EQ(event.at("ip"), "127.0.0.0");  // anonymized
    }
    const auto& next = reply.json.at("nextCursor");
    if (next.is_null()) break;
    cursor = std::string(next.as_string());
  }
  for (std::string expected :
       {"account.created", "login.succeeded", "login.failed", "member.role_changed", "key.created",
        "key.revoked", "session.revoked", "extension_token.created", "project.created",
        "invitation.created"}) {
    EXPECT_TRUE(actions.contains(expected)) << expected;
  }
  // No secret ever reaches the log.
  ApiReply all = owner.Get("/api/v1/workspaces/" + team.workspace + "/audit?limit=200");
  EXPECT_EQ(all.raw.body.find(team.secret_key), std::string::npos);
  EXPECT_EQ(all.raw.body.find(team.extension_token), std::string::npos);
  EXPECT_EQ(all.raw.body.find(kScenePassword), std::string::npos);

  EXPECT_EQ(team.Member("editor").Get("/api/v1/workspaces/" + team.workspace + "/audit").status,
            403u);
  ApiReply bad = owner.Get("/api/v1/workspaces/" + team.workspace + "/audit?limit=1000");
  EXPECT_EQ(bad.status, 400u);
  EXPECT_EQ(bad.ErrorField(), "limit");
}

}  // namespace
}  // namespace waymark::testing
