#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "access/role.hpp"
#include "core/status.hpp"
#include "http/response.hpp"
#include "store/value.hpp"
#include "workspaces/members.hpp"
#include "workspaces/role_rules.hpp"
#include "workspaces/workspace_store.hpp"

// How the workspace API shows things: the JSON of its resources (camelCase, ISO 8601
// times) and the answers to refused or failed changes.
namespace waymark::workspaces {

// {"id", "name", "role", "createdAt"}: a workspace as `role` sees it.
boost::json::object WorkspaceJson(const Workspace& workspace, access::Role role);

// {"userId", "email", "name", "role", "joinedAt"}
boost::json::object MemberJson(const Member& member);

// {"id", "role", "email", "createdAt", "expiresAt"} from the columns of kInvitationColumns.
inline constexpr std::string_view kInvitationColumns = "id, role, email, created_at, expires_at";
boost::json::object InvitationJson(const std::vector<store::Value>& row);

// A JSON answer.
http::Response JsonResponse(const boost::json::object& body,
                            http::StatusCode status = http::StatusCode::ok);

// 400 naming "role", for a role name that is not one of the four.
http::Response UnknownRole();

// 403 or 409 for a change the role rules refused. REQUIRES: verdict is not kAllow.
http::Response RefusalResponse(RoleVerdict verdict);

// The answer to a write that failed: NotFound and Conflict are the caller's to fix,
// Unavailable asks them to retry, anything else is the server's fault.
http::Response FailureResponse(const Status& status);

}  // namespace waymark::workspaces
