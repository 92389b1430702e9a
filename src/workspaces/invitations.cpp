#include "workspaces/invitations.hpp"

#include <array>

#include "access/secrets.hpp"
#include "core/crypto.hpp"

namespace waymark::workspaces {
namespace {

using store::Value;

// One message for every unusable token, so that a guesser learns nothing from it.
constexpr std::string_view kUnusable = "This invitation is unknown, used, revoked or expired.";

}  // namespace

bool IsPending(const InvitationState& state, std::int64_t now) {
  return !state.accepted_at && !state.revoked_at && now < state.expires_at;
}

Result<IssuedInvitation> IssueInvitation(store::Transaction& tx, std::string_view workspace_id,
                                         access::Role role, std::optional<std::string> email,
                                         std::string_view invited_by, std::int64_t now) {
  IssuedInvitation issued{crypto::NewId(), crypto::RandomToken(32),
                          now + kInvitationLifetimeSeconds};
  const std::array<Value, 8> row{issued.id,
                                 access::SecretDigest(issued.token),
                                 std::string(workspace_id),
                                 std::string(access::RoleName(role)),
                                 store::TextOrNull(email),
                                 std::string(invited_by),
                                 now,
                                 issued.expires_at};
  auto inserted = tx.Execute(
      "INSERT INTO invitations (id, token_hash, workspace_id, role, email, invited_by, "
      "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      row);
  if (!inserted.ok()) return inserted.status();
  return issued;
}

Result<PendingInvitation> FindPendingInvitation(store::Transaction& tx, std::string_view token,
                                                std::int64_t now) {
  const std::array<Value, 1> digest{access::SecretDigest(token)};
  auto rows = tx.Query(
      "SELECT id, workspace_id, role, expires_at, accepted_at, revoked_at FROM invitations "
      "WHERE token_hash = ?",
      digest);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound(std::string(kUnusable));
  const auto& row = rows->rows[0];
  InvitationState state{store::IntOf(row[3]), store::OptionalIntOf(row[4]),
                        store::OptionalIntOf(row[5])};
  if (!IsPending(state, now)) return Status::NotFound(std::string(kUnusable));
  // The schema's CHECK constraint admits only the four role names.
  return PendingInvitation{
      store::TextOf(row[0]), store::TextOf(row[1]),
      access::ParseRole(store::TextOf(row[2])).value_or(access::Role::kViewer)};
}

Result<Joined> AcceptInvitation(store::Transaction& tx, std::string_view token,
                                std::string_view user_id, std::int64_t now) {
  auto pending = FindPendingInvitation(tx, token, now);
  if (!pending.ok()) return pending.status();
  Joined joined{pending->workspace_id, pending->role};

  const std::array<Value, 2> membership{joined.workspace_id, std::string(user_id)};
  auto existing =
      tx.Query("SELECT 1 FROM memberships WHERE workspace_id = ? AND user_id = ?", membership);
  if (!existing.ok()) return existing.status();
  if (!existing->empty()) return Status::Conflict("You are already a member of this workspace.");

  const std::array<Value, 4> member{joined.workspace_id, std::string(user_id),
                                    std::string(access::RoleName(joined.role)), now};
  auto inserted = tx.Execute(
      "INSERT INTO memberships (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)",
      member);
  if (!inserted.ok()) return inserted.status();
  const std::array<Value, 3> used{now, std::string(user_id), pending->id};
  auto updated =
      tx.Execute("UPDATE invitations SET accepted_at = ?, accepted_by = ? WHERE id = ?", used);
  if (!updated.ok()) return updated.status();
  return joined;
}

Status RevokeInvitation(store::Transaction& tx, std::string_view workspace_id,
                        std::string_view invitation_id, std::int64_t now) {
  const std::array<Value, 4> params{now, std::string(invitation_id), std::string(workspace_id),
                                    now};
  auto changed = tx.Execute(
      "UPDATE invitations SET revoked_at = ? WHERE id = ? AND workspace_id = ? "
      "AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?",
      params);
  if (!changed.ok()) return changed.status();
  return *changed == 0 ? Status::NotFound("no such pending invitation") : Status::Ok();
}

}  // namespace waymark::workspaces
