#include <boost/json/array.hpp>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "http/problem.hpp"
#include "workspaces/handlers.hpp"
#include "workspaces/views.hpp"
#include "workspaces/workspace_store.hpp"

namespace waymark::workspaces {
namespace {

using access::Caller;
using access::Role;
using store::Value;

constexpr std::string_view kMineSql =
    "SELECT w.id, w.name, w.created_at, m.role FROM memberships m "
    "JOIN workspaces w ON w.id = m.workspace_id WHERE m.user_id = ? "
    "ORDER BY w.created_at, w.id";

Workspace WorkspaceOf(const std::vector<Value>& row) {
  return {store::TextOf(row[0]), store::TextOf(row[1]), store::IntOf(row[2])};
}

// The body of a create or rename: {"name"}.
struct NameBody {
  std::string name;
  std::optional<http::Response> problem;
};

NameBody ReadName(const http::Request& request) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  NameBody body{fields.Text("name", kNameRule), std::nullopt};
  fields.RejectOthers();
  if (!fields.errors().empty()) body.problem = fields.Problem();
  return body;
}

}  // namespace

Handled GetWorkspaces(store::Database& db, http::Request&, const Caller& caller) {
  std::vector<Value> params{caller.user_id};
  auto rows = co_await db.Query(std::string(kMineSql), std::move(params));
  if (!rows.ok()) co_return http::ServiceUnavailable();
  boost::json::array items;
  for (const auto& row : rows->rows) {
    // The schema's CHECK constraint admits only the four role names.
    Role role = access::ParseRole(store::TextOf(row[3])).value_or(Role::kViewer);
    items.push_back(WorkspaceJson(WorkspaceOf(row), role));
  }
  co_return JsonResponse({{"items", std::move(items)}});
}

Handled PostWorkspace(store::Database& db, http::Request& request, const Caller& caller) {
  NameBody body = ReadName(request);
  if (body.problem) co_return std::move(*body.problem);
  const std::int64_t now = UnixNow();
  std::string id;
  Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
    auto created = CreateWorkspace(tx, body.name, caller.user_id, now);
    if (!created.ok()) return created.status();
    id = *created;
    audit::AuditEvent event = audit::By(caller, "workspace.created", "workspace:" + id);
    event.workspace_id = id;
    event.details = {{"name", body.name}};
    return audit::Record(tx, event, now);
  });
  if (!status.ok()) co_return FailureResponse(status);
  co_return JsonResponse(WorkspaceJson({id, body.name, now}, Role::kOwner),
                         http::StatusCode::created);
}

Handled GetWorkspace(store::Database& db, http::Request&, const Caller& caller) {
  std::vector<Value> params{caller.workspace_id};
  auto rows = co_await db.Query("SELECT id, name, created_at FROM workspaces WHERE id = ?",
                                std::move(params));
  if (!rows.ok()) co_return http::ServiceUnavailable();
  if (rows->empty()) co_return http::NotFound();
  co_return JsonResponse(WorkspaceJson(WorkspaceOf(rows->rows[0]), caller.role));
}

Handled PatchWorkspace(store::Database& db, http::Request& request, const Caller& caller) {
  NameBody body = ReadName(request);
  if (body.problem) co_return std::move(*body.problem);
  const std::int64_t now = UnixNow();
  Workspace before;
  Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
    auto renamed = RenameWorkspace(tx, caller.workspace_id, body.name);
    if (!renamed.ok()) return renamed.status();
    before = *renamed;
    audit::AuditEvent event =
        audit::By(caller, "workspace.renamed", "workspace:" + caller.workspace_id);
    event.details = {{"from", before.name}, {"to", body.name}};
    return audit::Record(tx, event, now);
  });
  if (!status.ok()) co_return FailureResponse(status);
  co_return JsonResponse(WorkspaceJson({before.id, body.name, before.created_at}, caller.role));
}

}  // namespace waymark::workspaces
