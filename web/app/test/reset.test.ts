import { test } from "node:test";
import assert from "node:assert/strict";
import { hashOfEmailLink } from "../src/settings/email_link.js";
import { parseRoute } from "../src/router.js";

test("a reset link the server mails opens the new-password screen with its token", () => {
  const hash = hashOfEmailLink("/app/reset-password", "?token=a%2Bb");
  assert.deepEqual(parseRoute(hash ?? ""), { screen: "reset", token: "a+b" });
  assert.deepEqual(parseRoute(hashOfEmailLink("/app/reset-password", "") ?? ""), { screen: "reset", token: null });
});
