import { test } from "node:test";
import assert from "node:assert/strict";
import { badgeMessageDue, planTrigger, selectInteractions, takesTurns } from "../src/rules";
import type { Interaction } from "../src/types";

const T = 1764000000000;
const HOUR = 3600 * 1000;

test("badge message: once shows only if it never showed", () => {
  assert.equal(badgeMessageDue("once", null, T, 2, "New!"), true);
  assert.equal(badgeMessageDue("once", T - 400 * 24 * HOUR, T, 2, "New!"), false);
});

test("badge message: daily and weekly wait a day or a week since it last showed", () => {
  assert.equal(badgeMessageDue("daily", T - 23 * HOUR, T, 1, "New!"), false);
  assert.equal(badgeMessageDue("daily", T - 24 * HOUR, T, 1, "New!"), true);
  assert.equal(badgeMessageDue("weekly", T - 6 * 24 * HOUR, T, 1, "New!"), false);
  assert.equal(badgeMessageDue("weekly", T - 7 * 24 * HOUR, T, 1, "New!"), true);
  assert.equal(badgeMessageDue("daily", null, T, 1, "New!"), true);
});

test("badge message: always shows on every page load", () => {
  assert.equal(badgeMessageDue("always", T - 1, T, 1, "New!"), true);
});

test("badge message: never without unread posts or without text", () => {
  for (const repeat of ["once", "daily", "weekly", "always"] as const) {
    assert.equal(badgeMessageDue(repeat, null, T, 0, "New!"), false, repeat);
    assert.equal(badgeMessageDue(repeat, null, T, 3, ""), false, repeat);
  }
});

const ix = (id: string, priority?: number, rest: Partial<Interaction> = {}): Interaction => ({
  id,
  format: "modal",
  postId: null,
  priority,
  ...rest,
});

test("selection skips what is forbidden and what this page already showed", () => {
  const chosen = selectInteractions([ix("a"), ix("b"), ix("c"), ix("d")], ["b"], ["d"]);
  assert.deepEqual(chosen.map((i) => i.id), ["a", "c"]);
});

test("selection puts the highest priority first, the server's order on ties", () => {
  const chosen = selectInteractions([ix("low", -5), ix("none"), ix("high", 10), ix("zero", 0), ix("mid", 3)], [], []);
  assert.deepEqual(chosen.map((i) => i.id), ["high", "mid", "none", "zero", "low"]);
});

test("trigger plans", () => {
  assert.deepEqual(planTrigger(undefined), { on: "load", delayMs: 0 });
  assert.deepEqual(planTrigger({ type: "page_load" }), { on: "load", delayMs: 0 });
  assert.deepEqual(planTrigger({ type: "page_load", delayMs: 1500 }), { on: "load", delayMs: 1500 });
  assert.deepEqual(planTrigger({ type: "page_load", delayMs: -3 }), { on: "load", delayMs: 0 });
  assert.deepEqual(planTrigger({ type: "page_load", delayMs: 1e12 }), { on: "load", delayMs: 600000 });
  assert.deepEqual(planTrigger({ type: "page_load", delayMs: NaN }), { on: "load", delayMs: 0 });
  assert.deepEqual(planTrigger({ type: "click", selector: "#buy" }), { on: "click", selector: "#buy" });
  assert.deepEqual(planTrigger({ type: "click" }), { on: "manual" });
  assert.deepEqual(planTrigger({ type: "event", event: "checkout" }), { on: "event", event: "checkout" });
  assert.deepEqual(planTrigger({ type: "event" }), { on: "manual" });
  assert.deepEqual(planTrigger({ type: "manual" }), { on: "manual" });
  assert.deepEqual(planTrigger({ type: "hover" } as never), { on: "manual" });
});

test("modals and tours take turns; the other formats do not", () => {
  assert.equal(takesTurns(ix("a")), true);
  assert.equal(takesTurns(ix("a", 0, { format: "tour" })), true);
  for (const format of ["snippet", "banner", "tooltip", "hotspot"] as const) {
    assert.equal(takesTurns(ix("a", 0, { format })), false, format);
  }
});
