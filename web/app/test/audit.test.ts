import { test } from "node:test";
import assert from "node:assert/strict";
import { actionText, detailsText } from "../src/settings/audit_text.js";

test("actions read as words, and unknown ones as the server names them", () => {
  assert.equal(actionText("member.role_changed"), "Role changed");
  assert.equal(actionText("login.failed"), "Sign-in failed");
  assert.equal(actionText("thing.happened"), "thing.happened");
});

test("a change reads from → to first, then the other details in order", () => {
  assert.equal(detailsText({ userId: "u1", from: "editor", to: "admin" }), "editor → admin, userId: u1");
  assert.equal(detailsText({ role: "viewer", email: null }), "role: viewer, email: null");
  assert.equal(detailsText({ events: ["post.published"], active: true }), 'events: ["post.published"], active: true');
  assert.equal(detailsText({}), "");
});
