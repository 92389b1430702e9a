#include <array>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <optional>

#include "audit/audit_log.hpp"
#include "content/language_tag.hpp"
#include "core/clock.hpp"
#include "core/time_format.hpp"
#include "http/problem.hpp"
#include "projects/project_store.hpp"
#include "projects/route_parts.hpp"
#include "projects/workspace_choice.hpp"

namespace waymark::projects {
namespace {

using access::Caller;
using access::Role;
using boost::asio::awaitable;
using http::StatusCode;
using store::Value;

constexpr http::TextRule kIdRule{.min_length = 1, .max_length = 64};

boost::json::object ProjectJson(const Project& project, Role role) {
  boost::json::object json{
      {"id", project.id},
      {"workspaceId", project.workspace_id},
      {"name", project.name},
      {"slug", project.slug},
      {"publicKey", project.public_key},
      {"defaultLanguage", project.default_language},
      {"rateLimit",
       {{"maxShows", project.rate_limit_shows}, {"windowSeconds", project.rate_limit_window_s}}},
      {"createdAt", Iso8601(project.created_at)},
      {"role", access::RoleName(role)}};
  content::PutWidgetSettings(project.widget, json);
  json["sdkSeenAt"] = project.sdk_seen_at ? boost::json::value(Iso8601(*project.sdk_seen_at))
                                          : boost::json::value(nullptr);
  json["sdkSeenOrigin"] = project.sdk_seen_origin ? boost::json::value(*project.sdk_seen_origin)
                                                  : boost::json::value(nullptr);
  return json;
}

// The settings a PATCH may change, each optional.
struct SettingsPatch {
  std::optional<std::string> name;
  std::optional<std::string> default_language;
  std::optional<std::int64_t> max_shows;
  std::optional<std::int64_t> window_seconds;
  // The widget's members as sent, checked already; laid over the stored settings by Apply.
  boost::json::object widget;
};

constexpr std::array<std::string_view, 4> kWidgetMembers{"allowedOrigins", "identityVerification",
                                                         "consentMode", "look"};

SettingsPatch ReadSettings(http::JsonFields& fields) {
  SettingsPatch patch;
  patch.name = fields.OptionalText("name", kNameRule);
  patch.default_language = fields.OptionalText("defaultLanguage", {.max_length = 35});
  if (patch.default_language && !content::IsLanguageTag(*patch.default_language)) {
    fields.Fail("defaultLanguage", "must be a language tag such as en or fr-CA");
  }
  if (auto limit = fields.OptionalObject("rateLimit")) {
    http::JsonFields nested = http::JsonFields::Of(std::move(*limit), "rateLimit.");
    patch.max_shows = nested.OptionalInt("maxShows", 1, 100);
    patch.window_seconds = nested.OptionalInt("windowSeconds", 60, 30 * 86400);
    nested.RejectOthers();
    fields.Absorb(nested);
  }
  content::WidgetSettings checked;
  content::ReadWidgetSettings(fields, checked);
  for (std::string_view member : kWidgetMembers) {
    if (const auto* value = fields.OptionalValue(member)) patch.widget[member] = *value;
  }
  return patch;
}

void Apply(const SettingsPatch& patch, Project& project) {
  if (patch.name) project.name = *patch.name;
  if (patch.default_language) project.default_language = *patch.default_language;
  if (patch.max_shows) project.rate_limit_shows = static_cast<int>(*patch.max_shows);
  if (patch.window_seconds) project.rate_limit_window_s = *patch.window_seconds;
  http::JsonFields widget = http::JsonFields::Of(patch.widget, "");
  content::ReadWidgetSettings(widget, project.widget);
}

http::Response ProjectResponse(const Project& project, Role role,
                               StatusCode status = StatusCode::ok) {
  return http::Response::Json(boost::json::serialize(ProjectJson(project, role)), status);
}

// Why a new project cannot go where the body asked, or anywhere.
// REQUIRES: outcome is not kChosen.
http::Response Refusal(Choice outcome) {
  constexpr std::string_view kAdminsOnly =
      "Only admins and owners of a workspace can create its projects.";
  switch (outcome) {
    case Choice::kNoSuchWorkspace:
      return http::ProblemResponse({StatusCode::not_found,
                                    "Not Found",
                                    "No workspace of yours has this id.",
                                    {{"workspaceId", "is not a workspace of yours"}}});
    case Choice::kRoleTooLow:
      return http::ProblemResponse({StatusCode::forbidden,
                                    "Forbidden",
                                    std::string(kAdminsOnly),
                                    {{"workspaceId", "is a workspace you do not administer"}}});
    case Choice::kNoneAdministered:
      return http::Forbidden(std::string(kAdminsOnly) + " You administer none.");
    case Choice::kAmbiguous:
      return http::BadRequest("You administer several workspaces; name one in workspaceId.",
                              "workspaceId");
    case Choice::kChosen:
      break;
  }
  return http::NotFound();  // unreachable, as required
}

awaitable<http::Response> Create(store::Database& db, http::Request& request,
                                 const Caller& caller) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  std::string name = fields.Text("name", kNameRule);
  std::optional<std::string> workspace_id = fields.OptionalText("workspaceId", kIdRule);
  fields.RejectOthers();
  const bool valid = fields.errors().empty();

  const std::int64_t now = UnixNow();
  WorkspaceChoice choice;
  std::optional<Project> created;
  // The role is checked inside the write, so a demotion cannot slip between check and
  // insert; and before the body's errors are reported, so a caller without the role learns
  // 403 whatever they sent, as on every other route.
  Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
    auto memberships = MembershipsOf(tx, caller.user_id);
    if (!memberships.ok()) return memberships.status();
    choice = ChooseWorkspace(*memberships, workspace_id);
    if (choice.outcome != Choice::kChosen || !valid) return Status::Ok();
    auto project = CreateProject(tx, choice.workspace_id, name, now);
    if (!project.ok()) return project.status();
    audit::AuditEvent event = audit::By(caller, "project.created", "project:" + project->id);
    event.workspace_id = project->workspace_id;
    event.details = {{"name", project->name}, {"slug", project->slug}};
    created = std::move(*project);
    return audit::Record(tx, event, now);
  });
  if (!status.ok()) co_return StoreFailure(status);
  const bool refused = choice.outcome != Choice::kChosen && choice.outcome != Choice::kAmbiguous;
  if (refused) co_return Refusal(choice.outcome);
  if (!valid) co_return fields.Problem();
  if (!created) co_return Refusal(choice.outcome);
  co_return ProjectResponse(*created, choice.role, StatusCode::created);
}

awaitable<http::Response> List(store::Database& db, http::Request&, const Caller& caller) {
  std::vector<Value> params{caller.user_id};
  auto rows = co_await db.Query(
      "SELECT " + std::string(kProjectColumns) +
          ", m.role FROM projects p JOIN memberships m ON m.workspace_id = p.workspace_id "
          "WHERE m.user_id = ? ORDER BY p.created_at, p.id",
      std::move(params));
  if (!rows.ok()) co_return StoreFailure(rows.status());
  boost::json::array items;
  for (const auto& row : rows->rows) {
    Role role = access::ParseRole(store::TextOf(row[kProjectColumnCount])).value_or(Role::kViewer);
    items.push_back(ProjectJson(ProjectOf(row), role));
  }
  boost::json::object body;
  body["items"] = std::move(items);
  co_return http::Response::Json(boost::json::serialize(body));
}

awaitable<http::Response> Show(store::Database& db, http::Request&, const Caller& caller) {
  std::vector<Value> params{caller.project_id, caller.workspace_id};
  auto rows = co_await db.Query("SELECT " + std::string(kProjectColumns) +
                                    " FROM projects p WHERE p.id = ? AND p.workspace_id = ?",
                                std::move(params));
  if (!rows.ok()) co_return StoreFailure(rows.status());
  if (rows->empty()) co_return http::NotFound();
  co_return ProjectResponse(ProjectOf(rows->rows[0]), caller.role);
}

awaitable<http::Response> Update(ProjectContext& context, http::Request& request,
                                 const Caller& caller) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  SettingsPatch patch = ReadSettings(fields);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();

  const std::int64_t now = UnixNow();
  std::optional<Project> updated;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto project = FindProject(tx, caller.project_id, caller.workspace_id);
    if (!project.ok()) return project.status();
    const std::string old_name = project->name;
    Apply(patch, *project);
    Status saved = SaveProject(tx, *project);
    if (!saved.ok()) return saved;
    updated = *project;
    // Where the widget may run and whether identities are verified matter to security:
    // their changes are kept, as renames are.
    if (!patch.widget.empty()) {
      audit::AuditEvent event =
          audit::By(caller, "project.widget_changed", "project:" + project->id);
      event.details = patch.widget;
      Status recorded = audit::Record(tx, event, now);
      if (!recorded.ok()) return recorded;
    }
    if (project->name == old_name) return Status::Ok();
    audit::AuditEvent event = audit::By(caller, "project.renamed", "project:" + project->id);
    event.details = {{"from", old_name}, {"to", project->name}};
    return audit::Record(tx, event, now);
  });
  if (!status.ok()) co_return StoreFailure(status);
  if (context.changed) co_await context.changed(caller.project_id);
  co_return ProjectResponse(*updated, caller.role);
}

awaitable<http::Response> Remove(ProjectContext& context, http::Request&, const Caller& caller) {
  const std::int64_t now = UnixNow();
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto project = FindProject(tx, caller.project_id, caller.workspace_id);
    if (!project.ok()) return project.status();
    Status deleted = DeleteProject(tx, project->id, project->workspace_id, now);
    if (!deleted.ok()) return deleted;
    audit::AuditEvent event = audit::By(caller, "project.deleted", "project:" + project->id);
    event.details = {{"name", project->name}, {"slug", project->slug}};
    return audit::Record(tx, event, now);
  });
  if (!status.ok()) co_return StoreFailure(status);
  if (context.changed) co_await context.changed(caller.project_id);
  co_return http::Response::Empty();
}

}  // namespace

void AddProjectRoutes(access::ApiRouter& api, ProjectContext& context) {
  store::Database& db = context.db;
  using access::Scope;
  using http::Verb;
  // The role applies to the workspace the body names, which the Gatekeeper cannot read:
  // Create checks it with ChooseWorkspace, over one membership query.
  api.Add(Verb::post, "/api/v1/projects", {.scope = Scope::kUser, .role = Role::kAdmin},
          access::Bind(db, Create));
  api.Add(Verb::get, "/api/v1/projects", {.scope = Scope::kUser, .extension = true},
          access::Bind(db, List));
  api.Add(Verb::get, "/api/v1/projects/{projectId}",
          {.scope = Scope::kProject, .role = Role::kViewer, .secret_key = true, .extension = true},
          access::Bind(db, Show));
  api.Add(Verb::patch, "/api/v1/projects/{projectId}",
          {.scope = Scope::kProject, .role = Role::kAdmin}, access::Bind(context, Update));
  api.Add(Verb::delete_, "/api/v1/projects/{projectId}",
          {.scope = Scope::kProject, .role = Role::kAdmin}, access::Bind(context, Remove));
}

}  // namespace waymark::projects
