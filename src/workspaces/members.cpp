#include "workspaces/members.hpp"

#include <array>

namespace waymark::workspaces {
namespace {

using access::Role;
using store::Value;

// A member as they stand now, with the workspace's owner count that the rules weigh.
struct Standing {
  Member member;
  int owners = 0;
};

Result<Standing> LoadStanding(store::Transaction& tx, std::string_view workspace_id,
                              std::string_view user_id) {
  const std::array<Value, 2> key{std::string(workspace_id), std::string(user_id)};
  auto rows = tx.Query(std::string(kSelectMembers) + " AND m.user_id = ?", key);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("not a member of this workspace");
  const std::array<Value, 1> workspace{std::string(workspace_id)};
  auto owners = tx.Query(
      "SELECT COUNT(*) FROM memberships WHERE workspace_id = ? AND role = 'owner'", workspace);
  if (!owners.ok()) return owners.status();
  return Standing{MemberOf(rows->rows[0]), static_cast<int>(store::IntOf(owners->rows[0][0]))};
}

}  // namespace

Member MemberOf(const std::vector<store::Value>& row) {
  // The schema's CHECK constraint admits only the four role names.
  return {store::TextOf(row[0]), store::TextOf(row[1]), store::TextOf(row[2]),
          access::ParseRole(store::TextOf(row[3])).value_or(Role::kViewer), store::IntOf(row[4])};
}

Result<MemberChange> ChangeMemberRole(store::Transaction& tx, std::string_view workspace_id,
                                      Role actor, std::string_view user_id, Role wanted) {
  auto standing = LoadStanding(tx, workspace_id, user_id);
  if (!standing.ok()) return standing.status();
  MemberChange change{CheckRoleChange(actor, standing->member.role, wanted, standing->owners),
                      standing->member};
  if (change.verdict != RoleVerdict::kAllow || wanted == change.before.role) return change;
  const std::array<Value, 3> params{std::string(access::RoleName(wanted)),
                                    std::string(workspace_id), std::string(user_id)};
  auto updated =
      tx.Execute("UPDATE memberships SET role = ? WHERE workspace_id = ? AND user_id = ?", params);
  if (!updated.ok()) return updated.status();
  return change;
}

Result<MemberChange> RemoveMember(store::Transaction& tx, std::string_view workspace_id, Role actor,
                                  std::string_view user_id) {
  auto standing = LoadStanding(tx, workspace_id, user_id);
  if (!standing.ok()) return standing.status();
  MemberChange change{CheckRemoval(actor, standing->member.role, standing->owners),
                      standing->member};
  if (change.verdict != RoleVerdict::kAllow) return change;
  const std::array<Value, 2> params{std::string(workspace_id), std::string(user_id)};
  auto deleted =
      tx.Execute("DELETE FROM memberships WHERE workspace_id = ? AND user_id = ?", params);
  if (!deleted.ok()) return deleted.status();
  return change;
}

}  // namespace waymark::workspaces
