#include "workspaces/role_rules.hpp"

namespace waymark::workspaces {

using access::Role;

bool MayGrant(Role actor, Role role) {
  if (role == Role::kOwner) return actor == Role::kOwner;
  return access::AtLeast(actor, Role::kAdmin);
}

RoleVerdict CheckRoleChange(Role actor, Role current, Role wanted, int owner_count) {
  // Taking a role away is as much a power over it as giving it.
  if (!MayGrant(actor, current) || !MayGrant(actor, wanted)) return RoleVerdict::kForbidden;
  if (current == Role::kOwner && wanted != Role::kOwner && owner_count <= 1) {
    return RoleVerdict::kLastOwner;
  }
  return RoleVerdict::kAllow;
}

RoleVerdict CheckRemoval(Role actor, Role current, int owner_count) {
  if (!MayGrant(actor, current)) return RoleVerdict::kForbidden;
  if (current == Role::kOwner && owner_count <= 1) return RoleVerdict::kLastOwner;
  return RoleVerdict::kAllow;
}

}  // namespace waymark::workspaces
