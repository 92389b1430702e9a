#pragma once

#include <string>

#include "access/api_router.hpp"
#include "store/database.hpp"

namespace waymark::workspaces {

struct WorkspaceOptions {
  std::string public_url;  // where invitation links point: public_url + "/app/invitations/..."
};

// The workspace API under /api/v1: the caller's workspaces, their members and roles, and
// the invitations that bring new members in.
void AddRoutes(access::ApiRouter& api, store::Database& db, const WorkspaceOptions& options);

}  // namespace waymark::workspaces
