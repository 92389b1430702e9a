#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <optional>

#include "audit/audit_log.hpp"
#include "content/identity_secret.hpp"
#include "core/clock.hpp"
#include "projects/project_store.hpp"
#include "projects/route_parts.hpp"

namespace waymark::projects {
namespace {

using access::Caller;
using boost::asio::awaitable;

http::Response SecretResponse(const ProjectContext& context, const Project& project) {
  const content::WidgetSettings& widget = project.widget;
  boost::json::object body{{"secret", content::IdentitySecret(context.server_key, project.id,
                                                              widget.identity_generation)},
                           {"identityVerification", widget.identity_required}};
  return http::Response::Json(boost::json::serialize(body));
}

awaitable<http::Response> Show(ProjectContext& context, http::Request&, const Caller& caller) {
  std::vector<store::Value> params{caller.project_id, caller.workspace_id};
  auto rows =
      co_await context.db.Query("SELECT " + std::string(kProjectColumns) +
                                    " FROM projects p WHERE p.id = ? AND p.workspace_id = ?",
                                std::move(params));
  if (!rows.ok()) co_return StoreFailure(rows.status());
  if (rows->empty()) co_return http::NotFound();
  co_return SecretResponse(context, ProjectOf(rows->rows[0]));
}

// A new secret replaces the old at once: signatures made with the old one are refused from
// now on, so the project's servers must switch before verification is turned back on.
awaitable<http::Response> Rotate(ProjectContext& context, http::Request&, const Caller& caller) {
  const std::int64_t now = UnixNow();
  std::optional<Project> project;
  Status status = co_await context.db.Write([&](store::Transaction& tx) -> Status {
    auto found = FindProject(tx, caller.project_id, caller.workspace_id);
    if (!found.ok()) return found.status();
    found->widget.identity_generation += 1;
    Status saved = SaveProject(tx, *found);
    if (!saved.ok()) return saved;
    project = std::move(*found);
    return audit::Record(
        tx, audit::By(caller, "project.identity_secret_rotated", "project:" + project->id), now);
  });
  if (!status.ok()) co_return StoreFailure(status);
  if (context.changed) co_await context.changed(caller.project_id);
  co_return SecretResponse(context, *project);
}

}  // namespace

void AddIdentityRoutes(access::ApiRouter& api, ProjectContext& context) {
  using access::Role;
  using access::Scope;
  using http::Verb;
  api.Add(Verb::get, "/api/v1/projects/{projectId}/identity-secret",
          {.scope = Scope::kProject, .role = Role::kAdmin}, access::Bind(context, Show));
  api.Add(Verb::post, "/api/v1/projects/{projectId}/identity-secret/rotate",
          {.scope = Scope::kProject, .role = Role::kAdmin}, access::Bind(context, Rotate));
}

}  // namespace waymark::projects
