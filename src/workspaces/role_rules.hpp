#pragma once

#include "access/role.hpp"

// Who may give which role to whom. A workspace must always keep someone able to manage it,
// so its last owner can be neither demoted nor removed.
namespace waymark::workspaces {

enum class RoleVerdict {
  kAllow,
  kForbidden,  // the actor's role does not reach that far (403)
  kLastOwner,  // the change would leave the workspace without an owner (409)
};

// `actor` moving a member from `current` to `wanted`, while the workspace has
// `owner_count` owners. Only an owner grants, changes or removes the owner role; an admin
// sets admin, editor and viewer on everyone else.
RoleVerdict CheckRoleChange(access::Role actor, access::Role current, access::Role wanted,
                            int owner_count);

// `actor` removing a member whose role is `current`; the same rules as a change.
RoleVerdict CheckRemoval(access::Role actor, access::Role current, int owner_count);

// Whether `actor` may hand out `role`, as an invitation does.
bool MayGrant(access::Role actor, access::Role role);

}  // namespace waymark::workspaces
