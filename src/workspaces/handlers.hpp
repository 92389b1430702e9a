#pragma once

#include <boost/asio/awaitable.hpp>
#include <string>

#include "access/access.hpp"
#include "http/json_fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "store/database.hpp"

// The handlers behind the routes of routes.cpp, where each is listed with its path and the
// Access it requires. They run only for callers the Gatekeeper admitted, so a workspace
// route's caller.workspace_id is the workspace of its path, and the caller's role in it
// has been checked.
namespace waymark::workspaces {

using Handled = boost::asio::awaitable<http::Response>;

// Workspace names: what people type, on one line.
inline constexpr http::TextRule kNameRule{.min_length = 1, .max_length = 100};
// Role names are short words; ParseRole decides which.
inline constexpr http::TextRule kRoleRule{.min_length = 1, .max_length = 16};

// workspace_handlers.cpp
Handled GetWorkspaces(store::Database& db, http::Request& request, const access::Caller& caller);
Handled PostWorkspace(store::Database& db, http::Request& request, const access::Caller& caller);
Handled GetWorkspace(store::Database& db, http::Request& request, const access::Caller& caller);
Handled PatchWorkspace(store::Database& db, http::Request& request, const access::Caller& caller);

// member_handlers.cpp
Handled GetMembers(store::Database& db, http::Request& request, const access::Caller& caller);
Handled PatchMember(store::Database& db, http::Request& request, const access::Caller& caller);
Handled DeleteMember(store::Database& db, http::Request& request, const access::Caller& caller);

// invitation_handlers.cpp
Handled PostInvitation(store::Database& db, std::string public_url, http::Request& request,
                       const access::Caller& caller);
Handled GetInvitations(store::Database& db, http::Request& request, const access::Caller& caller);
Handled DeleteInvitation(store::Database& db, http::Request& request, const access::Caller& caller);
Handled GetInvitation(store::Database& db, http::Request& request, const access::Caller& caller);
Handled PostAccept(store::Database& db, http::Request& request, const access::Caller& caller);

}  // namespace waymark::workspaces
