import { test } from "node:test";
import assert from "node:assert/strict";
import { hashOfEmailLink, invitationLink } from "../src/settings/email_link.js";
import { parseRoute } from "../src/router.js";

test("an invitation link the server mails opens the invitation screen", () => {
  const hash = hashOfEmailLink("/app/invitations/AbC-_9", "");
  assert.equal(hash, "#/invitation/AbC-_9");
  assert.deepEqual(parseRoute(hash ?? ""), { screen: "invitation", token: "AbC-_9" });
  assert.equal(hashOfEmailLink("/app/", ""), null);
  assert.equal(hashOfEmailLink("/app/invitations/", ""), null);
});

test("the link an admin copies is this dashboard's, whatever screen it is on", () => {
  assert.equal(invitationLink("https://w.example.com/app/#/workspaces/w1/team", "t0k"), "https://w.example.com/app/#/invitation/t0k");
  assert.equal(invitationLink("https://w.example.com/app/", "t0k"), "https://w.example.com/app/#/invitation/t0k");
});
