import { test } from "node:test";
import assert from "node:assert/strict";
import { assignableRoles, canRemove, invitableRoles } from "../src/settings/roles.js";

test("owners give any role, to anyone", () => {
  assert.deepEqual(assignableRoles("owner", "owner"), ["viewer", "editor", "admin", "owner"]);
  assert.deepEqual(invitableRoles("owner"), ["viewer", "editor", "admin", "owner"]);
  assert.equal(canRemove("owner", "owner"), true);
});

test("admins manage everyone but owners, and never grant the owner role", () => {
  assert.deepEqual(assignableRoles("admin", "editor"), ["viewer", "editor", "admin"]);
  assert.deepEqual(assignableRoles("admin", "owner"), []);
  assert.deepEqual(invitableRoles("admin"), ["viewer", "editor", "admin"]);
  assert.equal(canRemove("admin", "owner"), false);
  assert.equal(canRemove("admin", "admin"), true);
});

test("editors and viewers are offered nothing", () => {
  for (const actor of ["editor", "viewer", undefined] as const) {
    assert.deepEqual(assignableRoles(actor, "viewer"), []);
    assert.deepEqual(invitableRoles(actor), []);
    assert.equal(canRemove(actor, "viewer"), false);
  }
});
