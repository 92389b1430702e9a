#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.hpp"
#include "store/database.hpp"

// Workspaces as rows: the changes, made inside the caller's transaction so that the audit
// event (or the signup creating the owner) commits with them.
namespace waymark::workspaces {

struct Workspace {
  std::string id;
  std::string name;
  std::int64_t created_at = 0;
};

// A new workspace with `owner_user_id` as its owner; returns its id.
Result<std::string> CreateWorkspace(store::Transaction& tx, std::string_view name,
                                    std::string_view owner_user_id, std::int64_t now);

// Renames the workspace; returns it as it was before. NotFound when it does not exist.
Result<Workspace> RenameWorkspace(store::Transaction& tx, std::string_view workspace_id,
                                  std::string_view name);

}  // namespace waymark::workspaces
