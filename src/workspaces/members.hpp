#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "access/role.hpp"
#include "core/status.hpp"
#include "store/database.hpp"
#include "workspaces/role_rules.hpp"

// The members of a workspace, and the changes an admin or owner makes to them. The rules
// are checked inside the write transaction, against the owners counted there, so two
// owners demoting each other at once cannot leave the workspace with none.
namespace waymark::workspaces {

struct Member {
  std::string user_id;
  std::string email;
  std::string name;
  access::Role role = access::Role::kViewer;
  std::int64_t joined_at = 0;
};

// The members of a workspace (its id the parameter), in the columns MemberOf reads; a
// query may add conditions with AND.
inline constexpr std::string_view kSelectMembers =
    "SELECT m.user_id, u.email, u.name, m.role, m.created_at "
    "FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = ?";
Member MemberOf(const std::vector<store::Value>& row);

struct MemberChange {
  RoleVerdict verdict = RoleVerdict::kAllow;  // anything but kAllow changed nothing
  Member before;
};

// `actor` giving member `user_id` the role `wanted`. NotFound when they are not a member of
// the workspace.
Result<MemberChange> ChangeMemberRole(store::Transaction& tx, std::string_view workspace_id,
                                      access::Role actor, std::string_view user_id,
                                      access::Role wanted);

// `actor` removing member `user_id` from the workspace. NotFound when they are not a member.
Result<MemberChange> RemoveMember(store::Transaction& tx, std::string_view workspace_id,
                                  access::Role actor, std::string_view user_id);

}  // namespace waymark::workspaces
