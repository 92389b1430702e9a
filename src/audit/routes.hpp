#pragma once

#include "access/api_router.hpp"
#include "store/database.hpp"

namespace waymark::audit {

// GET /api/v1/workspaces/{workspaceId}/audit: the workspace's events and the account
// events of its members, newest first, for owners and admins.
void AddRoutes(access::ApiRouter& api, store::Database& db);

}  // namespace waymark::audit
