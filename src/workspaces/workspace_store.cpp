#include "workspaces/workspace_store.hpp"

#include <array>

#include "core/crypto.hpp"

namespace waymark::workspaces {

using store::Value;

Result<std::string> CreateWorkspace(store::Transaction& tx, std::string_view name,
                                    std::string_view owner_user_id, std::int64_t now) {
  std::string id = crypto::NewId();
  const std::array<Value, 3> workspace{id, std::string(name), now};
  auto inserted =
      tx.Execute("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)", workspace);
  if (!inserted.ok()) return inserted.status();
  const std::array<Value, 3> owner{id, std::string(owner_user_id), now};
  inserted = tx.Execute(
      "INSERT INTO memberships (workspace_id, user_id, role, created_at) VALUES (?, ?, 'owner', ?)",
      owner);
  if (!inserted.ok()) return inserted.status();
  return id;
}

Result<Workspace> RenameWorkspace(store::Transaction& tx, std::string_view workspace_id,
                                  std::string_view name) {
  const std::array<Value, 1> key{std::string(workspace_id)};
  auto rows = tx.Query("SELECT name, created_at FROM workspaces WHERE id = ?", key);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("no such workspace");
  Workspace before{std::string(workspace_id), store::TextOf(rows->rows[0][0]),
                   store::IntOf(rows->rows[0][1])};
  const std::array<Value, 2> params{std::string(name), std::string(workspace_id)};
  auto updated = tx.Execute("UPDATE workspaces SET name = ? WHERE id = ?", params);
  if (!updated.ok()) return updated.status();
  return before;
}

}  // namespace waymark::workspaces
