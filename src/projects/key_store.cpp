#include "projects/key_store.hpp"

#include <array>

#include "access/secrets.hpp"
#include "core/crypto.hpp"

namespace waymark::projects {

using store::Value;

SecretKey KeyOf(const std::vector<Value>& row, std::size_t first) {
  SecretKey key;
  key.id = store::TextOf(row[first]);
  key.name = store::TextOf(row[first + 1]);
  key.hint = store::TextOf(row[first + 2]);
  key.created_at = store::IntOf(row[first + 3]);
  key.last_used_at = store::OptionalIntOf(row[first + 4]);
  if (!store::IsNull(row[first + 5])) key.created_by = store::TextOf(row[first + 5]);
  return key;
}

Result<IssuedKey> CreateKey(store::Transaction& tx, std::string_view project_id,
                            std::string_view workspace_id, std::string name,
                            std::optional<std::string> created_by, std::int64_t now) {
  access::IssuedSecret secret = access::IssueSecret(access::kSecretKeyPrefix);
  IssuedKey issued{
      {crypto::NewId(), std::move(name), secret.hint, now, std::nullopt, std::move(created_by)},
      std::move(secret.token)};
  const SecretKey& key = issued.key;
  // Inserting from the project row makes a project outside the workspace insert nothing.
  const std::array<Value, 8> params{key.id,
                                    key.name,
                                    key.hint,
                                    secret.digest,
                                    store::TextOrNull(key.created_by),
                                    key.created_at,
                                    std::string(project_id),
                                    std::string(workspace_id)};
  auto inserted = tx.Execute(
      "INSERT INTO api_keys (id, project_id, name, hint, secret_hash, created_by, created_at) "
      "SELECT ?, p.id, ?, ?, ?, ?, ? FROM projects p WHERE p.id = ? AND p.workspace_id = ?",
      params);
  if (!inserted.ok()) return inserted.status();
  if (*inserted == 0) return Status::NotFound("no such project");
  return issued;
}

Status RevokeKey(store::Transaction& tx, std::string_view key_id, std::string_view project_id,
                 std::string_view workspace_id, std::int64_t now) {
  const std::array<Value, 4> params{now, std::string(key_id), std::string(project_id),
                                    std::string(workspace_id)};
  auto changed = tx.Execute(
      "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND project_id IN "
      "(SELECT id FROM projects WHERE id = ? AND workspace_id = ?)",
      params);
  if (!changed.ok()) return changed.status();
  return *changed == 0 ? Status::NotFound("no such key") : Status::Ok();
}

}  // namespace waymark::projects
