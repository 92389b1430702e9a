// Who may give which role, as the server decides: admins manage admins, editors and
// viewers; only an owner grants, changes or removes the owner role.
import { atLeast, type Role } from "../types.js";

export const roles: Role[] = ["viewer", "editor", "admin", "owner"];

// The roles `actor` may give a member who holds `held`; none when the member is out of reach.
export function assignableRoles(actor: Role | undefined, held: Role): Role[] {
  if (!atLeast(actor, "admin")) return [];
  if (actor === "owner") return roles;
  return held === "owner" ? [] : roles.filter((role) => role !== "owner");
}

// The roles `actor` may invite someone with.
export function invitableRoles(actor: Role | undefined): Role[] {
  return assignableRoles(actor, "viewer");
}

export function canRemove(actor: Role | undefined, held: Role): boolean {
  return assignableRoles(actor, held).length > 0;
}

export const roleSummaries: Record<Role, string> = {
  viewer: "reads everything, changes nothing",
  editor: "writes posts, interactions and segments",
  admin: "also manages settings, keys, webhooks and the team",
  owner: "also manages owners",
};
