#include "workspaces/views.hpp"

#include <boost/json/serialize.hpp>

#include "core/time_format.hpp"
#include "http/problem.hpp"

namespace waymark::workspaces {

boost::json::object WorkspaceJson(const Workspace& workspace, access::Role role) {
  return {{"id", workspace.id},
          {"name", workspace.name},
          {"role", access::RoleName(role)},
          {"createdAt", Iso8601(workspace.created_at)}};
}

boost::json::object MemberJson(const Member& member) {
  return {{"userId", member.user_id},
          {"email", member.email},
          {"name", member.name},
          {"role", access::RoleName(member.role)},
          {"joinedAt", Iso8601(member.joined_at)}};
}

boost::json::object InvitationJson(const std::vector<store::Value>& row) {
  boost::json::object invitation{{"id", store::TextOf(row[0])}, {"role", store::TextOf(row[1])}};
  invitation["email"] = store::IsNull(row[2]) ? boost::json::value(nullptr)
                                              : boost::json::value(store::TextOf(row[2]));
  invitation["createdAt"] = Iso8601(store::IntOf(row[3]));
  invitation["expiresAt"] = Iso8601(store::IntOf(row[4]));
  return invitation;
}

http::Response JsonResponse(const boost::json::object& body, http::StatusCode status) {
  return http::Response::Json(boost::json::serialize(body), status);
}

http::Response UnknownRole() {
  return http::BadRequest("role must be one of owner, admin, editor, viewer.", "role");
}

http::Response RefusalResponse(RoleVerdict verdict) {
  if (verdict == RoleVerdict::kLastOwner) {
    return http::Conflict("A workspace keeps at least one owner; make another owner first.");
  }
  return http::Forbidden("Only an owner may grant, change or remove the owner role.");
}

http::Response FailureResponse(const Status& status) {
  switch (status.code()) {
    case Status::Code::kNotFound:
      return http::NotFound();
    case Status::Code::kConflict:
      return http::Conflict(status.message());
    default:
      return http::ServerFailure(status);
  }
}

}  // namespace waymark::workspaces
