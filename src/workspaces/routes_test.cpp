#include "workspaces/routes.hpp"

#include <gmock/gmock.h>

#include <map>

#include "workspaces/test_scene.hpp"

namespace waymark::workspaces {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using testkit::Reply;
using testkit::Session;
using testkit::Verb;

class WorkspaceRoutesTest : public testkit::SceneTest {
 protected:
  // The roles the members list shows, by email.
  std::map<std::string, std::string> RolesByEmail() {
    Reply reply = Call(Verb::get, Acme("/members"), "", &admin_);
    EXPECT_EQ(reply.status(), 200);
    std::map<std::string, std::string> roles;
    for (const auto& item : reply.json.at("items").as_array()) {
      roles[std::string(item.at("email").as_string())] = item.at("role").as_string();
    }
    return roles;
  }
};

TEST_F(WorkspaceRoutesTest, ListsOnlyTheCallersWorkspaces) {
  std::string other = CreateWorkspace("Other");
  AddMember(other, viewer_.user_id, "admin");
  CreateWorkspace("Not mine");

  Reply reply = Call(Verb::get, "/api/v1/workspaces", "", &viewer_);
  ASSERT_EQ(reply.status(), 200);
  const auto& items = reply.json.at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  std::map<std::string, std::string> roles;
  for (const auto& item : items)
    roles[std::string(item.at("name").as_string())] = item.at("role").as_string();
  EXPECT_EQ(roles, (std::map<std::string, std::string>{{"Acme", "viewer"}, {"Other", "admin"}}));
  EXPECT_TRUE(items[0].as_object().contains("createdAt"));
  EXPECT_EQ(Call(Verb::get, "/api/v1/workspaces").status(), 401);
}

TEST_F(WorkspaceRoutesTest, CreatingAWorkspaceMakesTheCallerItsOwner) {
  Reply created = Call(Verb::post, "/api/v1/workspaces", R"({"name":"Beta"})", &viewer_);
  ASSERT_EQ(created.status(), 201);
  EXPECT_EQ(created.json.at("name"), "Beta");
  EXPECT_EQ(created.json.at("role"), "owner");
  std::string id(created.json.at("id").as_string());

  Reply shown = Call(Verb::get, In(id), "", &viewer_);
  ASSERT_EQ(shown.status(), 200);
  EXPECT_EQ(shown.json.at("role"), "owner");
  EXPECT_EQ(shown.json.at("createdAt"), created.json.at("createdAt"));
  auto events = Events("workspace.created");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].workspace_id, id);
  EXPECT_EQ(events[0].actor_id, viewer_.user_id);
}

TEST_F(WorkspaceRoutesTest, WorkspaceNamesAreChecked) {
  auto create = [&](const std::string& body) {
    return Call(Verb::post, "/api/v1/workspaces", body, &owner_);
  };
  EXPECT_EQ(create(R"({"name":"Beta","color":"red"})").status(), 400);
  EXPECT_THAT(FieldsAtFault(create(R"({"name":"Beta","color":"red"})")), ElementsAre("color"));
  EXPECT_THAT(FieldsAtFault(create(R"({"name":""})")), ElementsAre("name"));
  EXPECT_THAT(FieldsAtFault(create("{}")), ElementsAre("name"));
  EXPECT_THAT(FieldsAtFault(create("not json")), Contains("body"));
  Reply too_long = create(R"({"name":")" + std::string(101, 'x') + R"("})");
  EXPECT_EQ(too_long.status(), 400);
  EXPECT_THAT(FieldsAtFault(too_long), ElementsAre("name"));
  EXPECT_EQ(create(R"({"name":")" + std::string(100, 'x') + R"("})").status(), 201);
  EXPECT_THAT(FieldsAtFault(Call(Verb::patch, Acme(), R"({"name":"A","x":1})", &owner_)),
              ElementsAre("x"));
}

TEST_F(WorkspaceRoutesTest, ShowsTheWorkspaceWithTheCallersRole) {
  Reply reply = Call(Verb::get, Acme(), "", &editor_);
  ASSERT_EQ(reply.status(), 200);
  EXPECT_EQ(Text(reply.json.at("id")), acme_);
  EXPECT_EQ(reply.json.at("name"), "Acme");
  EXPECT_EQ(reply.json.at("role"), "editor");
}

TEST_F(WorkspaceRoutesTest, AdminsRenameTheWorkspace) {
  EXPECT_EQ(Call(Verb::patch, Acme(), R"({"name":"Nope"})", &editor_).status(), 403);
  Reply renamed = Call(Verb::patch, Acme(), R"({"name":"Acme Ltd"})", &admin_);
  ASSERT_EQ(renamed.status(), 200);
  EXPECT_EQ(renamed.json.at("name"), "Acme Ltd");
  EXPECT_EQ(renamed.json.at("role"), "admin");
  EXPECT_EQ(Call(Verb::get, Acme(), "", &viewer_).json.at("name"), "Acme Ltd");
  auto events = Events("workspace.renamed");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].details, boost::json::parse(R"({"from":"Acme","to":"Acme Ltd"})"));
}

TEST_F(WorkspaceRoutesTest, ViewersSeeTheMembers) {
  Reply reply = Call(Verb::get, Acme("/members"), "", &viewer_);
  ASSERT_EQ(reply.status(), 200);
  const auto& items = reply.json.at("items").as_array();
  ASSERT_EQ(items.size(), 4u);
  for (const auto& item : items) {
    if (Text(item.at("userId")) != editor_.user_id) continue;
    EXPECT_EQ(item.at("email"), "editor@example.com");
    EXPECT_EQ(item.at("name"), "Name of editor@example.com");
    EXPECT_EQ(item.at("role"), "editor");
    EXPECT_TRUE(item.as_object().contains("joinedAt"));
  }
}

TEST_F(WorkspaceRoutesTest, AdminsChangeRolesBelowOwner) {
  Reply reply =
      Call(Verb::patch, Acme("/members/" + editor_.user_id), R"({"role":"admin"})", &admin_);
  ASSERT_EQ(reply.status(), 200);
  EXPECT_EQ(Text(reply.json.at("userId")), editor_.user_id);
  EXPECT_EQ(reply.json.at("role"), "admin");
  EXPECT_EQ(RolesByEmail()["editor@example.com"], "admin");

  auto events = Events("member.role_changed");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].workspace_id, acme_);
  EXPECT_EQ(events[0].actor_id, admin_.user_id);
  EXPECT_EQ(events[0].subject_id, editor_.user_id);
  EXPECT_EQ(events[0].target, "user:" + editor_.user_id);
  EXPECT_EQ(events[0].details, boost::json::parse(R"({"from":"editor","to":"admin"})"));
}

TEST_F(WorkspaceRoutesTest, RoleChangesAreRefusedBeyondTheCallersReach) {
  const std::string editor = Acme("/members/" + editor_.user_id);
  const std::string owner = Acme("/members/" + owner_.user_id);
  EXPECT_EQ(Call(Verb::patch, editor, R"({"role":"viewer"})", &viewer_).status(), 403);
  EXPECT_EQ(Call(Verb::patch, editor, R"({"role":"viewer"})", &editor_).status(), 403);
  EXPECT_EQ(Call(Verb::patch, editor, R"({"role":"owner"})", &admin_).status(), 403);
  EXPECT_EQ(Call(Verb::patch, owner, R"({"role":"admin"})", &admin_).status(), 403);
  EXPECT_EQ(Call(Verb::delete_, owner, "", &admin_).status(), 403);
  EXPECT_EQ(Call(Verb::delete_, editor, "", &editor_).status(), 403);
  EXPECT_EQ(RolesByEmail()["editor@example.com"], "editor");
  EXPECT_EQ(RolesByEmail()["owner@example.com"], "owner");
  EXPECT_TRUE(Events("member.role_changed").empty());
  EXPECT_TRUE(Events("member.removed").empty());

  EXPECT_EQ(Call(Verb::patch, editor, R"({"role":"owner"})", &owner_).status(), 200);
  EXPECT_EQ(RolesByEmail()["editor@example.com"], "owner");
}

TEST_F(WorkspaceRoutesTest, RoleChangesCheckTheirInput) {
  const std::string editor = Acme("/members/" + editor_.user_id);
  Reply unknown = Call(Verb::patch, editor, R"({"role":"superuser"})", &admin_);
  EXPECT_EQ(unknown.status(), 400);
  EXPECT_THAT(FieldsAtFault(unknown), ElementsAre("role"));
  EXPECT_THAT(FieldsAtFault(Call(Verb::patch, editor, R"({"role":"viewer","x":1})", &admin_)),
              ElementsAre("x"));
  EXPECT_THAT(FieldsAtFault(Call(Verb::patch, editor, R"({"role":3})", &admin_)),
              ElementsAre("role"));
  EXPECT_EQ(Call(Verb::patch, Acme("/members/nobody"), R"({"role":"viewer"})", &admin_).status(),
            404);
  EXPECT_EQ(Call(Verb::delete_, Acme("/members/nobody"), "", &admin_).status(), 404);
}

TEST_F(WorkspaceRoutesTest, TheLastOwnerCanBeNeitherDemotedNorRemoved) {
  const std::string owner = Acme("/members/" + owner_.user_id);
  EXPECT_EQ(Call(Verb::patch, owner, R"({"role":"admin"})", &owner_).status(), 409);
  EXPECT_EQ(Call(Verb::delete_, owner, "", &owner_).status(), 409);
  EXPECT_EQ(RolesByEmail()["owner@example.com"], "owner");

  // With a second owner, the first may step down.
  ASSERT_EQ(Call(Verb::patch, Acme("/members/" + admin_.user_id), R"({"role":"owner"})", &owner_)
                .status(),
            200);
  EXPECT_EQ(Call(Verb::patch, owner, R"({"role":"admin"})", &owner_).status(), 200);
  EXPECT_EQ(Call(Verb::delete_, Acme("/members/" + admin_.user_id), "", &admin_).status(), 409);
}

TEST_F(WorkspaceRoutesTest, AdminsRemoveMembers) {
  const std::string viewer = Acme("/members/" + viewer_.user_id);
  EXPECT_EQ(Call(Verb::delete_, viewer, "", &editor_).status(), 403);
  EXPECT_EQ(Call(Verb::delete_, viewer, "", &admin_).status(), 204);
  EXPECT_EQ(RolesByEmail().count("viewer@example.com"), 0u);
  EXPECT_EQ(Call(Verb::get, Acme(), "", &viewer_).status(), 404);
  EXPECT_EQ(Call(Verb::delete_, viewer, "", &admin_).status(), 404);

  auto events = Events("member.removed");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].subject_id, viewer_.user_id);
  EXPECT_EQ(events[0].target, "user:" + viewer_.user_id);
  EXPECT_EQ(events[0].details, boost::json::parse(R"({"role":"viewer"})"));
}

// A member of Acme reaches nothing of Beta, by Beta's paths or by Beta's ids under Acme's.
TEST_F(WorkspaceRoutesTest, AnotherWorkspaceIsNotFound) {
  std::string beta = CreateWorkspace("Beta");
  Session beta_owner = Join(beta, "beta@example.com", "owner");
  Reply invited = Call(Verb::post, In(beta, "/invitations"), R"({"role":"viewer"})", &beta_owner);
  ASSERT_EQ(invited.status(), 201);
  std::string invitation(invited.json.at("id").as_string());
  const std::string member = "/members/" + beta_owner.user_id;

  struct Probe {
    Verb method;
    std::string path;
    std::string body;
  };
  const std::vector<Probe> probes{
      {Verb::get, In(beta), ""},
      {Verb::patch, In(beta), R"({"name":"Mine"})"},
      {Verb::get, In(beta, "/members"), ""},
      {Verb::patch, In(beta, member), R"({"role":"viewer"})"},
      {Verb::delete_, In(beta, member), ""},
      {Verb::post, In(beta, "/invitations"), R"({"role":"viewer"})"},
      {Verb::get, In(beta, "/invitations"), ""},
      {Verb::delete_, In(beta, "/invitations/" + invitation), ""},
      {Verb::patch, Acme(member), R"({"role":"viewer"})"},
      {Verb::delete_, Acme(member), ""},
      {Verb::delete_, Acme("/invitations/" + invitation), ""},
  };
  for (const Probe& probe : probes) {
    EXPECT_EQ(Call(probe.method, probe.path, probe.body, &owner_).status(), 404) << probe.path;
  }
  EXPECT_EQ(Call(Verb::get, In(beta), "", &beta_owner).json.at("name"), "Beta");
  EXPECT_EQ(
      Call(Verb::get, In(beta, "/invitations"), "", &beta_owner).json.at("items").as_array().size(),
      1u);
}

}  // namespace
}  // namespace waymark::workspaces
