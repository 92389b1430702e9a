import { test } from "node:test";
import assert from "node:assert/strict";
import { deliveryOutcome, type Delivery } from "../src/settings/deliveries.js";

const base: Delivery = {
  id: "d".repeat(44),
  event: "post.published",
  status: "pending",
  attempts: 0,
  nextAttemptAt: null,
  lastAttemptAt: null,
  lastStatus: null,
  lastError: null,
  lastResponse: null,
  createdAt: "2026-01-31T09:30:00Z",
  payload: {},
};
const at = (iso: string) => `at ${iso}`;

test("a delivery says how it went, with the receiver's answer or the reason it failed", () => {
  assert.equal(deliveryOutcome({ ...base, status: "succeeded", attempts: 1, lastStatus: 204 }, at), "Delivered (answered 204) after 1 attempt");
  assert.equal(
    deliveryOutcome({ ...base, status: "failed", attempts: 8, lastError: "answered 500" }, at),
    "Gave up after 8 attempts: answered 500",
  );
  assert.equal(
    deliveryOutcome({ ...base, attempts: 2, nextAttemptAt: "2026-01-31T09:32:00Z", lastError: "no answer within 10000 ms" }, at),
    "Waiting (2 attempts so far, next try at 2026-01-31T09:32:00Z). Last: no answer within 10000 ms.",
  );
  assert.equal(deliveryOutcome(base, at), "Waiting (0 attempts so far).");
});
