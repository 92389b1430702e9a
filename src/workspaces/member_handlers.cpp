#include <boost/json/array.hpp>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "http/problem.hpp"
#include "workspaces/handlers.hpp"
#include "workspaces/members.hpp"
#include "workspaces/views.hpp"

namespace waymark::workspaces {
namespace {

using access::Caller;
using access::Role;
using store::Value;

audit::AuditEvent MemberEvent(const Caller& caller, std::string action,
                              const std::string& user_id) {
  audit::AuditEvent event = audit::By(caller, std::move(action), "user:" + user_id);
  event.subject_id = user_id;
  return event;
}

}  // namespace

Handled GetMembers(store::Database& db, http::Request&, const Caller& caller) {
  std::vector<Value> params{caller.workspace_id};
  auto rows = co_await db.Query(std::string(kSelectMembers) + " ORDER BY m.created_at, m.user_id",
                                std::move(params));
  if (!rows.ok()) co_return http::ServiceUnavailable();
  boost::json::array items;
  for (const auto& row : rows->rows) items.push_back(MemberJson(MemberOf(row)));
  co_return JsonResponse({{"items", std::move(items)}});
}

Handled PatchMember(store::Database& db, http::Request& request, const Caller& caller) {
  std::optional<std::string> user_id = request.Param("userId");
  if (!user_id) co_return http::NotFound();
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  std::string role_name = fields.Text("role", kRoleRule);
  fields.RejectOthers();
  if (!fields.errors().empty()) co_return fields.Problem();
  std::optional<Role> wanted = access::ParseRole(role_name);
  if (!wanted) co_return UnknownRole();

  const std::int64_t now = UnixNow();
  MemberChange change;
  Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
    auto changed = ChangeMemberRole(tx, caller.workspace_id, caller.role, *user_id, *wanted);
    if (!changed.ok()) return changed.status();
    change = std::move(*changed);
    if (change.verdict != RoleVerdict::kAllow || change.before.role == *wanted) return {};
    audit::AuditEvent event = MemberEvent(caller, "member.role_changed", *user_id);
    event.details = {{"from", access::RoleName(change.before.role)},
                     {"to", access::RoleName(*wanted)}};
    return audit::Record(tx, event, now);
  });
  if (!status.ok()) co_return FailureResponse(status);
  if (change.verdict != RoleVerdict::kAllow) co_return RefusalResponse(change.verdict);
  Member after = change.before;
  after.role = *wanted;
  co_return JsonResponse(MemberJson(after));
}

Handled DeleteMember(store::Database& db, http::Request& request, const Caller& caller) {
  std::optional<std::string> user_id = request.Param("userId");
  if (!user_id) co_return http::NotFound();
  const std::int64_t now = UnixNow();
  MemberChange change;
  Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
    auto removed = RemoveMember(tx, caller.workspace_id, caller.role, *user_id);
    if (!removed.ok()) return removed.status();
    change = std::move(*removed);
    if (change.verdict != RoleVerdict::kAllow) return {};
    audit::AuditEvent event = MemberEvent(caller, "member.removed", *user_id);
    event.details = {{"role", access::RoleName(change.before.role)}};
    return audit::Record(tx, event, now);
  });
  if (!status.ok()) co_return FailureResponse(status);
  if (change.verdict != RoleVerdict::kAllow) co_return RefusalResponse(change.verdict);
  co_return http::Response::Empty();
}

}  // namespace waymark::workspaces
