#include "auth/password_resets.hpp"

#include <array>

#include "access/secrets.hpp"
#include "core/crypto.hpp"

namespace waymark::auth {

using store::Value;

Result<std::string> IssueReset(store::Transaction& tx, std::string_view user_id, std::int64_t now) {
  std::string token = crypto::RandomToken(32);
  const std::array<Value, 4> row{access::SecretDigest(token), std::string(user_id), now,
                                 now + kResetLifetimeSeconds};
  auto inserted = tx.Execute(
      "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, "
      "?)",
      row);
  if (!inserted.ok()) return inserted.status();
  return token;
}

Result<std::string> ConsumeReset(store::Transaction& tx, std::string_view token, std::int64_t now) {
  const std::array<Value, 2> lookup{access::SecretDigest(token), now};
  auto rows = tx.Query(
      "SELECT user_id FROM password_resets WHERE token_hash = ? AND used_at IS NULL "
      "AND expires_at > ?",
      lookup);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("the reset link is invalid or has expired");
  std::string user_id = store::TextOf(rows->rows[0][0]);
  const std::array<Value, 2> use{now, user_id};
  auto used = tx.Execute(
      "UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL", use);
  if (!used.ok()) return used.status();
  return user_id;
}

std::string ResetLink(std::string_view public_url, std::string_view token) {
  return std::string(public_url) + "/app/reset-password?token=" + std::string(token);
}

}  // namespace waymark::auth
