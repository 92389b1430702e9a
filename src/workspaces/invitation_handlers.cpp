#include <boost/json/array.hpp>

#include "access/secrets.hpp"
#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/time_format.hpp"
#include "http/problem.hpp"
#include "workspaces/handlers.hpp"
#include "workspaces/invitations.hpp"
#include "workspaces/role_rules.hpp"
#include "workspaces/views.hpp"

namespace waymark::workspaces {
namespace {

using access::Caller;
using access::Role;
using store::Value;

// Enough for any address a mail server accepts (RFC 5321 caps a path at 256 bytes).
constexpr http::TextRule kEmailRule{.min_length = 3, .max_length = 254};

boost::json::value NullableText(const std::optional<std::string>& text) {
  return text ? boost::json::value(*text) : boost::json::value(nullptr);
}

// The body of a new invitation: {"role", "email"?}.
struct InvitationBody {
  Role role = Role::kViewer;
  std::optional<std::string> email;
  std::optional<http::Response> problem;
};

InvitationBody ReadInvitation(const http::Request& request) {
  http::JsonFields fields = http::JsonFields::FromBody(request.body());
  InvitationBody body;
  std::string role_name = fields.Text("role", kRoleRule);
  body.email = fields.OptionalText("email", kEmailRule);
  fields.RejectOthers();
  if (!fields.errors().empty()) {
    body.problem = fields.Problem();
  } else if (std::optional<Role> role = access::ParseRole(role_name)) {
    body.role = *role;
  } else {
    body.problem = UnknownRole();
  }
  if (!body.problem && body.email && body.email->find('@') == std::string::npos) {
    body.problem = http::BadRequest("email must be an email address.", "email");
  }
  return body;
}

}  // namespace

Handled PostInvitation(store::Database& db, std::string public_url, http::Request& request,
                       const Caller& caller) {
  InvitationBody body = ReadInvitation(request);
  if (body.problem) co_return std::move(*body.problem);
  if (!MayGrant(caller.role, body.role)) {
    co_return http::Forbidden("Only an owner may invite an owner.");
  }
  const std::int64_t now = UnixNow();
  std::optional<IssuedInvitation> issued;
  Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
    auto created =
        IssueInvitation(tx, caller.workspace_id, body.role, body.email, caller.user_id, now);
    if (!created.ok()) return created.status();
    issued = std::move(*created);
    // The token never goes in the log: the log is read by every admin.
    audit::AuditEvent event = audit::By(caller, "invitation.created", "invitation:" + issued->id);
    event.details = {{"role", access::RoleName(body.role)}, {"email", NullableText(body.email)}};
    return audit::Record(tx, event, now);
  });
  if (!status.ok()) co_return FailureResponse(status);
  co_return JsonResponse({{"id", issued->id},
                          {"role", access::RoleName(body.role)},
                          {"email", NullableText(body.email)},
                          {"token", issued->token},
                          {"url", public_url + "/app/invitations/" + issued->token},
                          {"expiresAt", Iso8601(issued->expires_at)}},
                         http::StatusCode::created);
}

Handled GetInvitations(store::Database& db, http::Request&, const Caller& caller) {
  std::vector<Value> params{caller.workspace_id, UnixNow()};
  auto rows =
      co_await db.Query("SELECT " + std::string(kInvitationColumns) +
                            " FROM invitations WHERE workspace_id = ? AND accepted_at IS NULL "
                            "AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at, id",
                        std::move(params));
  if (!rows.ok()) co_return http::ServiceUnavailable();
  boost::json::array items;
  for (const auto& row : rows->rows) items.push_back(InvitationJson(row));
  co_return JsonResponse({{"items", std::move(items)}});
}

Handled DeleteInvitation(store::Database& db, http::Request& request, const Caller& caller) {
  std::optional<std::string> id = request.Param("invitationId");
  if (!id) co_return http::NotFound();
  const std::int64_t now = UnixNow();
  Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
    Status revoked = RevokeInvitation(tx, caller.workspace_id, *id, now);
    if (!revoked.ok()) return revoked;
    return audit::Record(tx, audit::By(caller, "invitation.revoked", "invitation:" + *id), now);
  });
  if (!status.ok()) co_return FailureResponse(status);
  co_return http::Response::Empty();
}

Handled GetInvitation(store::Database& db, http::Request& request, const Caller&) {
  std::optional<std::string> token = request.Param("token");
  if (!token) co_return http::NotFound();
  std::vector<Value> params{access::SecretDigest(*token)};
  auto rows = co_await db.Query(
      "SELECT w.name, i.role, i.email, i.expires_at, i.accepted_at, i.revoked_at "
      "FROM invitations i JOIN workspaces w ON w.id = i.workspace_id WHERE i.token_hash = ?",
      std::move(params));
  if (!rows.ok()) co_return http::ServiceUnavailable();
  if (rows->empty()) co_return http::NotFound();
  const auto& row = rows->rows[0];
  InvitationState state{store::IntOf(row[3]), store::OptionalIntOf(row[4]),
                        store::OptionalIntOf(row[5])};
  if (!IsPending(state, UnixNow())) co_return http::NotFound();
  std::optional<std::string> email;
  if (!store::IsNull(row[2])) email = store::TextOf(row[2]);
  co_return JsonResponse({{"workspace", {{"name", store::TextOf(row[0])}}},
                          {"role", store::TextOf(row[1])},
                          {"email", NullableText(email)},
                          {"expiresAt", Iso8601(state.expires_at)}});
}

Handled PostAccept(store::Database& db, http::Request& request, const Caller& caller) {
  std::optional<std::string> token = request.Param("token");
  if (!token) co_return http::NotFound();
  const std::int64_t now = UnixNow();
  std::optional<Joined> joined;
  Status status = co_await db.Write([&](store::Transaction& tx) -> Status {
    auto accepted = AcceptInvitation(tx, *token, caller.user_id, now);
    if (!accepted.ok()) return accepted.status();
    joined = std::move(*accepted);
    audit::AuditEvent event = audit::By(caller, "member.joined", "user:" + caller.user_id);
    event.workspace_id = joined->workspace_id;
    event.subject_id = caller.user_id;
    event.details = {{"role", access::RoleName(joined->role)}};
    return audit::Record(tx, event, now);
  });
  if (!status.ok()) co_return FailureResponse(status);
  std::vector<Value> params{joined->workspace_id};
  auto rows = co_await db.Query("SELECT name FROM workspaces WHERE id = ?", std::move(params));
  if (!rows.ok()) co_return http::ServiceUnavailable();
  if (rows->empty()) co_return http::NotFound();
  co_return JsonResponse(
      {{"workspace", {{"id", joined->workspace_id}, {"name", store::TextOf(rows->rows[0][0])}}},
       {"role", access::RoleName(joined->role)}});
}

}  // namespace waymark::workspaces
