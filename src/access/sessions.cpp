#include "access/sessions.hpp"

#include <array>

#include "access/secrets.hpp"
#include "core/crypto.hpp"

namespace waymark::access {

using store::Value;

Result<NewSession> CreateSession(store::Transaction& tx, const SessionStart& start) {
  NewSession session{crypto::NewId(), crypto::RandomToken(32), start.now + start.lifetime.count()};
  const std::array<Value, 9> row{session.id,         SecretDigest(session.token),
                                 start.user_id,      std::int64_t{start.remember},
                                 start.now,          start.now,
                                 session.expires_at, start.ip,
                                 start.user_agent};
  auto inserted = tx.Execute(
      "INSERT INTO sessions (id, token_hash, user_id, remember, created_at, last_seen_at, "
      "expires_at, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      row);
  if (!inserted.ok()) return inserted.status();
  return session;
}

Status RevokeSession(store::Transaction& tx, std::string_view user_id, std::string_view session_id,
                     std::int64_t now) {
  const std::array<Value, 3> params{now, std::string(session_id), std::string(user_id)};
  auto changed = tx.Execute(
      "UPDATE sessions SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
      params);
  if (!changed.ok()) return changed.status();
  return *changed == 0 ? Status::NotFound("no such session") : Status::Ok();
}

Result<std::int64_t> RevokeUserSessions(store::Transaction& tx, std::string_view user_id,
                                        std::int64_t now, std::optional<std::string> keep) {
  const std::array<Value, 3> params{now, std::string(user_id), keep ? *keep : std::string()};
  return tx.Execute(
      "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND id <> ?",
      params);
}

}  // namespace waymark::access
