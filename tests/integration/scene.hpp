// Test-only: a workspace with a project and a member of every role, a secret key and an
// extension token, built through the public API as makers would build it.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "api_client.hpp"
#include "server_process.hpp"

namespace waymark::testing {

inline constexpr char kScenePassword[] = "a long enough password";

struct Team {
  std::string workspace;
  std::string project;
  std::map<std::string, std::unique_ptr<ApiClient>> members;  // by role
  std::map<std::string, std::string> user_ids;                // by role
  std::string secret_key;
  std::string key_id;
  std::string extension_token;  // the editor's
  std::string extension_token_id;
  std::string invitation_id;  // a pending one

  ApiClient& Member(const std::string& role) { return *members.at(role); }
};

inline std::string IdOf(const ApiReply& reply) {
  return reply.Text("id");
}

// `prefix` keeps the emails of two teams on one server apart. The first team on a server
// with closed signup gets its owner as the instance's first account; with open signup
// every team's owner signs up alone.
inline Team BuildTeam(const ServerProcess& server, const std::string& prefix) {
  Team team;
  auto owner = std::make_unique<ApiClient>(server);
  EXPECT_EQ(owner->SignUp(prefix + "owner@example.com", kScenePassword, prefix + " owner").status,
            201u);
  team.workspace =
      std::string(owner->Get("/api/v1/workspaces").json.at("items").at(0).at("id").as_string());
  team.user_ids["owner"] =
      std::string(owner->Get("/api/v1/auth/me").json.at("user").at("id").as_string());
  ApiReply project = owner->Post("/api/v1/projects", {{"name", prefix + " app"}});
  EXPECT_EQ(project.status, 201u) << project.raw.body;
  team.project = IdOf(project);

  for (std::string role : {"admin", "editor", "viewer"}) {
    ApiReply invitation =
        owner->Post("/api/v1/workspaces/" + team.workspace + "/invitations", {{"role", role}});
    EXPECT_EQ(invitation.status, 201u) << invitation.raw.body;
    auto member = std::make_unique<ApiClient>(server);
    ApiReply joined = member->SignUp(prefix + role + "@example.com", kScenePassword,
                                     prefix + " " + role, invitation.Text("token"));
    EXPECT_EQ(joined.status, 201u) << joined.raw.body;
    team.user_ids[role] = std::string(joined.json.at("user").at("id").as_string());
    team.members[role] = std::move(member);
  }
  ApiReply pending =
      owner->Post("/api/v1/workspaces/" + team.workspace + "/invitations", {{"role", "viewer"}});
  team.invitation_id = IdOf(pending);
  ApiReply key = owner->Post("/api/v1/projects/" + team.project + "/keys", {{"name", "ci"}});
  EXPECT_EQ(key.status, 201u) << key.raw.body;
  team.secret_key = key.Text("secret");
  team.key_id = IdOf(key);
  ApiReply extension = team.members["editor"]->Post("/api/v1/extension-tokens", {{"name", "ext"}});
  EXPECT_EQ(extension.status, 201u) << extension.raw.body;
  team.extension_token = extension.Text("token");
  team.extension_token_id = IdOf(extension);
  team.members["owner"] = std::move(owner);
  return team;
}

// "GET\t/api/v1/auth/me\tuser\tviewer\tno\tyes" lines of `waymark routes`, keyed
// "GET /api/v1/auth/me".
inline std::map<std::string, std::vector<std::string>> DeclaredRoutes() {
  std::filesystem::path dir = MakeTempDir();
  CommandResult listed = RunWaymark({"routes", "--data-dir", dir.string()});
  std::filesystem::remove_all(dir);
  EXPECT_EQ(listed.exit_status, 0) << listed.output;
  std::map<std::string, std::vector<std::string>> routes;
  std::istringstream lines(listed.output);
  std::string line;
  std::getline(lines, line);  // the header
  while (std::getline(lines, line)) {
    std::vector<std::string> cells;
    std::istringstream fields(line);
    for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
    if (cells.size() == 6) routes[cells[0] + " " + cells[1]] = cells;
  }
  return routes;
}

}  // namespace waymark::testing
