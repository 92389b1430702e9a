#include "projects/routes.hpp"

#include <boost/json/serialize.hpp>
#include <map>

#include "access/test_api.hpp"

namespace waymark::projects {
namespace {

using access::testkit::Reply;
using access::testkit::Session;
using http::Verb;

std::string Text(const boost::json::value& json, std::string_view key) {
  const boost::json::value* value = json.is_object() ? json.as_object().if_contains(key) : nullptr;
  return value != nullptr && value->is_string() ? std::string(value->as_string()) : std::string();
}

// The fields a problem+json answer names.
std::vector<std::string> FieldsAtFault(const Reply& reply) {
  std::vector<std::string> fields;
  if (!reply.json.is_object()) return fields;
  const boost::json::value* errors = reply.json.as_object().if_contains("errors");
  if (errors == nullptr || !errors->is_array()) return fields;
  for (const auto& error : errors->as_array()) fields.push_back(Text(error, "field"));
  return fields;
}

std::string NameBody(std::string_view name) {
  return boost::json::serialize(boost::json::object{{"name", name}});
}

class ProjectsApiTest : public access::testkit::ApiTest {
 protected:
  ProjectsApiTest() {
    AddRoutes(*api_, context_);
    workspace_ = CreateWorkspace("Acme");
    owner_ = CreateUser("owner@example.com");
    AddMember(workspace_, owner_, "owner");
    as_owner_ = SignIn(owner_);
  }

  Reply Create(const Session& session, const std::string& body) {
    return Call(Verb::post, "/api/v1/projects", body, &session);
  }

  // A project of workspace_, created by its owner; returns its id.
  std::string CreateProject(std::string_view name = "Acme Web") {
    Reply reply = Create(as_owner_, NameBody(name));
    EXPECT_EQ(reply.status(), 201) << reply.response.body();
    return Text(reply.json, "id");
  }

  // A new user with `role` in `workspace`, signed in.
  Session Member(const std::string& email, std::string_view role, const std::string& workspace) {
    std::string user = CreateUser(email);
    AddMember(workspace, user, role);
    return SignIn(user);
  }

  // Creates a secret key of `project` as its owner; returns the whole answer.
  Reply CreateKey(const std::string& project, std::string_view name = "CI") {
    return Call(Verb::post, "/api/v1/projects/" + project + "/keys", NameBody(name), &as_owner_);
  }

  Reply WithKey(Verb method, const std::string& target, const std::string& secret,
                const std::string& body = "") {
    return Call(method, target, body, nullptr, {{"Authorization", "Bearer " + secret}});
  }

  Reply Keys(const std::string& project) {
    return Call(Verb::get, "/api/v1/projects/" + project + "/keys", "", &as_owner_);
  }

  store::Rows AuditRows() {
    auto rows = store::testkit::Await(
        db_->Query("SELECT action, target, workspace_id, actor_id, details FROM audit_events "
                   "ORDER BY at, rowid"));
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? *rows : store::Rows{};
  }

  ProjectContext context_{*db_, {}};
  std::string workspace_;
  std::string owner_;
  Session as_owner_;
};

TEST_F(ProjectsApiTest, CreateAnswers201WithIdSlugAndPublicKey) {
  Reply reply = Create(as_owner_, NameBody("Acme Web App"));
  ASSERT_EQ(reply.status(), 201) << reply.response.body();
  EXPECT_FALSE(Text(reply.json, "id").empty());
  EXPECT_EQ(Text(reply.json, "slug"), "acme-web-app");
  EXPECT_TRUE(Text(reply.json, "publicKey").starts_with("wm_pk_"));
  EXPECT_EQ(Text(reply.json, "name"), "Acme Web App");
  EXPECT_EQ(Text(reply.json, "workspaceId"), workspace_);
  EXPECT_EQ(Text(reply.json, "role"), "owner");
  EXPECT_TRUE(Text(reply.json, "createdAt").ends_with("Z"));
}

TEST_F(ProjectsApiTest, DuplicateNamesGetNumberedSlugsAcrossTheInstance) {
  EXPECT_EQ(Text(Create(as_owner_, NameBody("Acme")).json, "slug"), "acme");
  EXPECT_EQ(Text(Create(as_owner_, NameBody("ACME!")).json, "slug"), "acme-2");
  std::string other = CreateWorkspace("Other");
  Session other_owner = Member("other@example.com", "owner", other);
  EXPECT_EQ(Text(Create(other_owner, NameBody("acme")).json, "slug"), "acme-3");
  EXPECT_EQ(Text(Create(as_owner_, NameBody("🚀")).json, "slug"), "project");
}

TEST_F(ProjectsApiTest, SdkSeenIsNullUntilTheWidgetHasBeenSeen) {
  Reply created = Create(as_owner_, NameBody("Acme Seen"));
  ASSERT_EQ(created.status(), 201);
  EXPECT_TRUE(created.json.at("sdkSeenAt").is_null());
  EXPECT_TRUE(created.json.at("sdkSeenOrigin").is_null());
  const std::string id = Text(created.json, "id");
  // What the widget writes when it boots (widget/sighting_store.hpp).
  Exec(
      "UPDATE projects SET sdk_seen_at = 1764000000, sdk_seen_origin = 'https://a.test' "
      "WHERE id = ?",
      {id});
  Reply shown = Call(Verb::get, "/api/v1/projects/" + id, "", &as_owner_);
  EXPECT_EQ(Text(shown.json, "sdkSeenAt"), "2025-11-24T16:00:00Z");
  EXPECT_EQ(Text(shown.json, "sdkSeenOrigin"), "https://a.test");
  // A rename leaves it as the widget wrote it.
  Reply renamed = Call(Verb::patch, "/api/v1/projects/" + id, NameBody("Renamed"), &as_owner_);
  EXPECT_EQ(Text(renamed.json, "sdkSeenAt"), "2025-11-24T16:00:00Z");
  Reply listed = Call(Verb::get, "/api/v1/projects", "", &as_owner_);
  EXPECT_EQ(Text(listed.json.at("items").at(0), "sdkSeenOrigin"), "https://a.test");
}

TEST_F(ProjectsApiTest, RenameKeepsTheSlug) {
  std::string id = CreateProject("First Name");
  Reply renamed = Call(Verb::patch, "/api/v1/projects/" + id, NameBody("Second"), &as_owner_);
  EXPECT_EQ(renamed.status(), 200);
  EXPECT_EQ(Text(renamed.json, "name"), "Second");
  EXPECT_EQ(Text(renamed.json, "slug"), "first-name");
  Reply shown = Call(Verb::get, "/api/v1/projects/" + id, "", &as_owner_);
  EXPECT_EQ(Text(shown.json, "name"), "Second");
  EXPECT_EQ(Text(shown.json, "slug"), "first-name");
}

TEST_F(ProjectsApiTest, ANamedWorkspaceMustBeOneTheCallerAdministers) {
  std::string other = CreateWorkspace("Other");
  Session editor = Member("editor@example.com", "editor", other);
  AddMember(workspace_, editor.user_id, "admin");

  Reply below_admin = Create(editor, R"({"name": "X", "workspaceId": ")" + other + R"("})");
  EXPECT_EQ(below_admin.status(), 403);
  EXPECT_EQ(FieldsAtFault(below_admin), std::vector<std::string>{"workspaceId"});

  std::string stranger = CreateWorkspace("Stranger");
  for (const std::string& id : {stranger, std::string("no-such-workspace")}) {
    Reply outside = Create(editor, R"({"name": "X", "workspaceId": ")" + id + R"("})");
    EXPECT_EQ(outside.status(), 404);
    EXPECT_EQ(FieldsAtFault(outside), std::vector<std::string>{"workspaceId"});
  }

  Reply admin = Create(editor, R"({"name": "X", "workspaceId": ")" + workspace_ + R"("})");
  EXPECT_EQ(admin.status(), 201);
  EXPECT_EQ(Text(admin.json, "workspaceId"), workspace_);
  EXPECT_EQ(Text(admin.json, "role"), "admin");
}

TEST_F(ProjectsApiTest, WithoutWorkspaceIdTheOnlyAdministeredWorkspaceIsUsed) {
  std::string other = CreateWorkspace("Other");
  AddMember(other, owner_, "editor");  // not administered: does not compete
  Reply reply = Create(as_owner_, NameBody("X"));
  EXPECT_EQ(reply.status(), 201);
  EXPECT_EQ(Text(reply.json, "workspaceId"), workspace_);
}

TEST_F(ProjectsApiTest, WithoutWorkspaceIdSeveralAdministeredIs400) {
  std::string other = CreateWorkspace("Other");
  AddMember(other, owner_, "admin");
  Reply reply = Create(as_owner_, NameBody("X"));
  EXPECT_EQ(reply.status(), 400);
  EXPECT_EQ(FieldsAtFault(reply), std::vector<std::string>{"workspaceId"});
  Reply named = Create(as_owner_, R"({"name": "X", "workspaceId": ")" + other + R"("})");
  EXPECT_EQ(named.status(), 201);
  EXPECT_EQ(Text(named.json, "workspaceId"), other);
}

TEST_F(ProjectsApiTest, WithoutWorkspaceIdNoneAdministeredIs403) {
  Session editor = Member("editor@example.com", "editor", workspace_);
  EXPECT_EQ(Create(editor, NameBody("X")).status(), 403);
  Session nobody = SignIn(CreateUser("nobody@example.com"));
  EXPECT_EQ(Create(nobody, NameBody("X")).status(), 403);
}

TEST_F(ProjectsApiTest, ListShowsEveryProjectOfTheCallersWorkspacesWithTheirRole) {
  std::string mine = CreateProject("Mine");
  std::string other = CreateWorkspace("Other");
  Session other_owner = Member("other@example.com", "owner", other);
  std::string theirs = Text(Create(other_owner, NameBody("Theirs")).json, "id");
  AddMember(other, owner_, "viewer");
  std::string elsewhere = CreateWorkspace("Elsewhere");
  Session elsewhere_owner = Member("elsewhere@example.com", "owner", elsewhere);
  EXPECT_EQ(Create(elsewhere_owner, NameBody("Hidden")).status(), 201);

  Reply reply = Call(Verb::get, "/api/v1/projects", "", &as_owner_);
  ASSERT_EQ(reply.status(), 200);
  std::map<std::string, std::string> roles;
  for (const auto& item : reply.json.at("items").as_array()) {
    roles[Text(item, "id")] = Text(item, "role");
  }
  EXPECT_EQ(roles, (std::map<std::string, std::string>{{mine, "owner"}, {theirs, "viewer"}}));
}

TEST_F(ProjectsApiTest, ViewersAndEditorsAreRefusedAdminRoutes) {
  std::string id = CreateProject();
  std::string key = Text(CreateKey(id).json, "id");
  const std::string project = "/api/v1/projects/" + id;
  for (std::string_view role : {"viewer", "editor"}) {
    Session member = Member(std::string(role) + "@example.com", role, workspace_);
    Reply shown = Call(Verb::get, project, "", &member);
    EXPECT_EQ(shown.status(), 200);
    EXPECT_EQ(Text(shown.json, "role"), role);
    EXPECT_EQ(Call(Verb::patch, project, NameBody("Y"), &member).status(), 403) << role;
    EXPECT_EQ(Call(Verb::delete_, project, "", &member).status(), 403) << role;
    EXPECT_EQ(Call(Verb::get, project + "/keys", "", &member).status(), 403) << role;
    EXPECT_EQ(Call(Verb::post, project + "/keys", NameBody("K"), &member).status(), 403) << role;
    EXPECT_EQ(Call(Verb::delete_, project + "/keys/" + key, "", &member).status(), 403) << role;
  }
}

TEST_F(ProjectsApiTest, ASecretKeyReadsItsProjectAndNothingMore) {
  std::string id = CreateProject();
  std::string other = CreateProject("Other");
  Reply created = CreateKey(id);
  ASSERT_EQ(created.status(), 201) << created.response.body();
  EXPECT_EQ(created.Header("Cache-Control"), "no-store");
  const std::string secret = Text(created.json, "secret");
  EXPECT_TRUE(secret.starts_with("wm_sk_"));
  EXPECT_TRUE(secret.starts_with(Text(created.json, "hint").substr(0, 10)));

  Reply shown = WithKey(Verb::get, "/api/v1/projects/" + id, secret);
  EXPECT_EQ(shown.status(), 200);
  EXPECT_EQ(Text(shown.json, "id"), id);
  EXPECT_EQ(Text(shown.json, "role"), "editor");
  EXPECT_EQ(WithKey(Verb::get, "/api/v1/projects/" + id + "/keys", secret).status(), 403);
  EXPECT_EQ(WithKey(Verb::post, "/api/v1/projects/" + id + "/keys", secret, NameBody("K")).status(),
            403);
  EXPECT_EQ(WithKey(Verb::patch, "/api/v1/projects/" + id, secret, NameBody("K")).status(), 403);
  EXPECT_EQ(WithKey(Verb::get, "/api/v1/projects/" + other, secret).status(), 404);
  EXPECT_EQ(WithKey(Verb::get, "/api/v1/projects", secret).status(), 403);
}

TEST_F(ProjectsApiTest, TheKeyListShowsUseButNeverTheSecret) {
  std::string id = CreateProject();
  Reply created = CreateKey(id, "Deploys");
  const std::string secret = Text(created.json, "secret");

  Reply before = Keys(id);
  ASSERT_EQ(before.status(), 200);
  EXPECT_TRUE(Text(before.json, "publicKey").starts_with("wm_pk_"));
  const auto& items = before.json.at("items").as_array();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(Text(items[0], "id"), Text(created.json, "id"));
  EXPECT_EQ(Text(items[0], "name"), "Deploys");
  EXPECT_EQ(Text(items[0], "hint"), Text(created.json, "hint"));
  EXPECT_EQ(Text(items[0], "createdBy"), owner_);
  EXPECT_TRUE(items[0].at("lastUsedAt").is_null());
  EXPECT_EQ(before.response.body().find(secret), std::string_view::npos);
  EXPECT_EQ(before.response.body().find(secret.substr(10)), std::string_view::npos);

  EXPECT_EQ(WithKey(Verb::get, "/api/v1/projects/" + id, secret).status(), 200);
  Reply after = Keys(id);
  EXPECT_TRUE(Text(after.json.at("items").at(0), "lastUsedAt").ends_with("Z"));
}

TEST_F(ProjectsApiTest, ARevokedKeyIs401AndLeavesTheList) {
  std::string id = CreateProject();
  Reply created = CreateKey(id);
  const std::string secret = Text(created.json, "secret");
  const std::string key = "/api/v1/projects/" + id + "/keys/" + Text(created.json, "id");

  EXPECT_EQ(Call(Verb::delete_, key, "", &as_owner_).status(), 204);
  EXPECT_EQ(WithKey(Verb::get, "/api/v1/projects/" + id, secret).status(), 401);
  EXPECT_TRUE(Keys(id).json.at("items").as_array().empty());
  EXPECT_EQ(Call(Verb::delete_, key, "", &as_owner_).status(), 404);
}

TEST_F(ProjectsApiTest, DeletingAProjectEndsItAndItsKeys) {
  std::string id = CreateProject();
  const std::string secret = Text(CreateKey(id).json, "secret");
  EXPECT_EQ(Call(Verb::delete_, "/api/v1/projects/" + id, "", &as_owner_).status(), 204);
  EXPECT_EQ(Call(Verb::get, "/api/v1/projects/" + id, "", &as_owner_).status(), 404);
  EXPECT_EQ(WithKey(Verb::get, "/api/v1/projects/" + id, secret).status(), 401);
}

TEST_F(ProjectsApiTest, AnotherWorkspacesProjectIs404Throughout) {
  std::string id = CreateProject();
  Reply created = CreateKey(id);
  const std::string key_id = Text(created.json, "id");
  std::string other = CreateWorkspace("Other");
  Session intruder = Member("intruder@example.com", "owner", other);
  std::string own = Text(Create(intruder, NameBody("Own")).json, "id");

  const std::string project = "/api/v1/projects/" + id;
  EXPECT_EQ(Call(Verb::get, project, "", &intruder).status(), 404);
  EXPECT_EQ(Call(Verb::patch, project, NameBody("Mine now"), &intruder).status(), 404);
  EXPECT_EQ(Call(Verb::delete_, project, "", &intruder).status(), 404);
  EXPECT_EQ(Call(Verb::get, project + "/keys", "", &intruder).status(), 404);
  EXPECT_EQ(Call(Verb::post, project + "/keys", NameBody("K"), &intruder).status(), 404);
  EXPECT_EQ(Call(Verb::delete_, project + "/keys/" + key_id, "", &intruder).status(), 404);
  // Through their own project, the other tenant's key id is no key at all.
  EXPECT_EQ(
      Call(Verb::delete_, "/api/v1/projects/" + own + "/keys/" + key_id, "", &intruder).status(),
      404);

  Reply shown = Call(Verb::get, project, "", &as_owner_);
  EXPECT_EQ(Text(shown.json, "name"), "Acme Web");
  EXPECT_EQ(WithKey(Verb::get, project, Text(created.json, "secret")).status(), 200);
}

TEST_F(ProjectsApiTest, BadBodiesAre400NamingTheField) {
  std::string id = CreateProject();
  const std::vector<std::string> targets{"/api/v1/projects", "/api/v1/projects/" + id + "/keys"};
  for (const std::string& target : targets) {
    auto post = [&](const std::string& body) { return Call(Verb::post, target, body, &as_owner_); };
    Reply unknown = post(R"({"name": "X", "color": "red"})");
    EXPECT_EQ(unknown.status(), 400) << target;
    EXPECT_EQ(FieldsAtFault(unknown), std::vector<std::string>{"color"}) << target;
    Reply missing = post("{}");
    EXPECT_EQ(missing.status(), 400) << target;
    EXPECT_EQ(FieldsAtFault(missing), std::vector<std::string>{"name"}) << target;
    Reply too_long = post(NameBody(std::string(101, 'n')));
    EXPECT_EQ(too_long.status(), 400) << target;
    EXPECT_EQ(FieldsAtFault(too_long), std::vector<std::string>{"name"}) << target;
    Reply empty = post(NameBody(""));
    EXPECT_EQ(FieldsAtFault(empty), std::vector<std::string>{"name"}) << target;
    Reply invalid = post("{\"name\": ");
    EXPECT_EQ(invalid.status(), 400) << target;
    EXPECT_EQ(FieldsAtFault(invalid).at(0), "body") << target;
    EXPECT_EQ(post(NameBody(std::string(100, 'n'))).status(), 201) << target;
  }
  Reply patch = Call(Verb::patch, "/api/v1/projects/" + id, R"({"slug": "x"})", &as_owner_);
  EXPECT_EQ(patch.status(), 400);
  EXPECT_EQ(FieldsAtFault(patch), std::vector<std::string>{"slug"});
}

TEST_F(ProjectsApiTest, EveryChangeIsAudited) {
  std::string id = CreateProject();
  Reply created = CreateKey(id);
  const std::string key_id = Text(created.json, "id");
  Call(Verb::delete_, "/api/v1/projects/" + id + "/keys/" + key_id, "", &as_owner_);
  Call(Verb::patch, "/api/v1/projects/" + id, NameBody("Renamed"), &as_owner_);
  Call(Verb::delete_, "/api/v1/projects/" + id, "", &as_owner_);

  store::Rows rows = AuditRows();
  const std::vector<std::pair<std::string, std::string>> expected{
      {"project.created", "project:" + id},
      {"key.created", "key:" + key_id},
      {"key.revoked", "key:" + key_id},
      {"project.renamed", "project:" + id},
      {"project.deleted", "project:" + id}};
  ASSERT_EQ(rows.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& row = rows.rows[i];
    EXPECT_EQ(store::TextOf(row[0]), expected[i].first);
    EXPECT_EQ(store::TextOf(row[1]), expected[i].second);
    EXPECT_EQ(store::TextOf(row[2]), workspace_) << expected[i].first;
    EXPECT_EQ(store::TextOf(row[3]), owner_) << expected[i].first;
    EXPECT_EQ(store::TextOf(row[4]).find(Text(created.json, "secret")), std::string::npos);
  }
}

TEST_F(ProjectsApiTest, RefusedCreationsWriteNothing) {
  Session editor = Member("editor@example.com", "editor", workspace_);
  EXPECT_EQ(Create(editor, NameBody("X")).status(), 403);
  EXPECT_TRUE(AuditRows().empty());
  auto rows = store::testkit::Await(db_->Query("SELECT COUNT(*) FROM projects"));
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(store::IntOf(rows->rows[0][0]), 0);
}

}  // namespace
}  // namespace waymark::projects

namespace waymark::projects {
namespace {

TEST_F(ProjectsApiTest, SettingsHaveDefaultsAndCanBeChanged) {
  std::string id = CreateProject("Acme Web");
  Reply shown = Call(Verb::get, "/api/v1/projects/" + id, "", &as_owner_);
  EXPECT_EQ(Text(shown.json, "defaultLanguage"), "en");
  EXPECT_EQ(boost::json::serialize(shown.json.at("rateLimit")),
            R"({"maxShows":1,"windowSeconds":14400})");

  Reply changed = Call(
      Verb::patch, "/api/v1/projects/" + id,
      R"({"defaultLanguage":"fr-CA","rateLimit":{"maxShows":3,"windowSeconds":3600}})", &as_owner_);
  ASSERT_EQ(changed.status(), 200) << changed.response.body();
  EXPECT_EQ(Text(changed.json, "name"), "Acme Web");
  EXPECT_EQ(Text(changed.json, "defaultLanguage"), "fr-CA");
  EXPECT_EQ(boost::json::serialize(changed.json.at("rateLimit")),
            R"({"maxShows":3,"windowSeconds":3600})");

  Reply refused =
      Call(Verb::patch, "/api/v1/projects/" + id,
           R"({"defaultLanguage":"french","rateLimit":{"maxShows":0,"every":1}})", &as_owner_);
  EXPECT_EQ(refused.status(), 400);
  EXPECT_EQ(FieldsAtFault(refused),
            (std::vector<std::string>{"defaultLanguage", "rateLimit.maxShows", "rateLimit.every"}));
}

TEST_F(ProjectsApiTest, ADeletedProjectsSlugIsNeverGivenAgain) {
  std::string id = CreateProject("Acme");
  EXPECT_EQ(Call(Verb::delete_, "/api/v1/projects/" + id, "", &as_owner_).status(), 204);
  EXPECT_EQ(Text(Create(as_owner_, NameBody("Acme")).json, "slug"), "acme-2");
}

}  // namespace
}  // namespace waymark::projects
