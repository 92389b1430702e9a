import { warnings } from "./quiet";
import { test } from "node:test";
import assert from "node:assert/strict";
import { runCommand, runEarly } from "../src/commands";
import type { Core } from "../src/commands";
import { createEmitter } from "../src/events";
import { parseCommand } from "../src/queue";
import type { Command } from "../src/queue";

function fakeCore(started = false) {
  const calls: unknown[][] = [];
  const record =
    (name: string, result?: unknown) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return result;
    };
  const core: Core = {
    events: createEmitter(),
    started: () => started,
    identify: record("identify", Promise.resolve()) as Core["identify"],
    setLanguage: record("setLanguage"),
    setConsent: record("setConsent"),
    setUser: record("setUser", Promise.resolve()) as Core["setUser"],
    read: (what) => (what === "user:id" ? "u1" : 3),
    setFeedOpen: record("setFeedOpen"),
    trigger: record("trigger", Promise.resolve()) as Core["trigger"],
    refresh: record("refresh", Promise.resolve()) as Core["refresh"],
    resetLastOpen: record("resetLastOpen"),
    resetStorage: record("resetStorage"),
    track: record("track"),
  };
  return { core, calls };
}

const parsed = (raw: unknown) => parseCommand(raw) as Command;

test("before the first boot, identify, language and consent run at once; the rest wait", () => {
  const { core, calls } = fakeCore(false);
  assert.equal(runEarly(core, parsed(["do", "identify", ["u1", { userHash: "h" }]])), true);
  assert.equal(runEarly(core, parsed(["set", "core:language", ["fr-CA"]])), true);
  assert.equal(runEarly(core, parsed(["set", "consent", [false]])), true);
  assert.equal(runEarly(core, parsed(["do", "widget:open", []])), false);
  assert.equal(runEarly(core, parsed(["set", "user:email", ["a@example.com"]])), false);
  assert.deepEqual(calls, [
    ["identify", "u1", "h"],
    ["setLanguage", "fr-CA"],
    ["setConsent", false],
  ]);
});

test("after the first boot, identify and language wait their turn; consent still runs at once", () => {
  const { core } = fakeCore(true);
  assert.equal(runEarly(core, parsed(["do", "identify", ["u1"]])), false);
  assert.equal(runEarly(core, parsed(["set", "core:language", ["fr"]])), false);
  assert.equal(runEarly(core, parsed(["set", "consent", [true]])), true);
});

test("on and off register handlers at once", () => {
  const { core } = fakeCore(true);
  const got: unknown[] = [];
  const handler = (p?: unknown) => got.push(p);
  assert.equal(runEarly(core, parsed(["on", "widget:opened", [handler]])), true);
  core.events.emit("widget:opened", 1);
  runEarly(core, parsed(["off", "widget:opened", [handler]]));
  core.events.emit("widget:opened", 2);
  assert.deepEqual(got, [1]);
});

test("get commands give the value to the callback; a throwing callback is contained", () => {
  const { core } = fakeCore(true);
  const got: unknown[] = [];
  runCommand(core, parsed(["get", "user:id", [(v: unknown) => got.push(v)]]));
  runCommand(core, parsed(["get", "widget:unreadCount", [(v: unknown) => got.push(v)]]));
  const before = warnings.length;
  runCommand(core, parsed(["get", "user:id", [() => { throw new Error("host"); }]]));
  assert.deepEqual(got, ["u1", 3]);
  assert.equal(warnings.length, before + 1);
});

test("the identify callback is called, with no argument, once identify is done", async () => {
  const { core } = fakeCore(true);
  const got: unknown[][] = [];
  const done = runCommand(core, parsed(["do", "identify", ["u1", (...a: unknown[]) => got.push(a)]]));
  assert.deepEqual(got, []);
  await done;
  assert.deepEqual(got, [[]]);
});

test("commands map to the core's operations", () => {
  const { core, calls } = fakeCore(true);
  const commands: unknown[] = [
    ["set", "user:email", ["a@example.com"]],
    ["set", "user:name", ["Ada"]],
    ["set", "user:attributes", [{ plan: "pro" }, { refetchBoosted: true, removeUnspecified: true }]],
    ["set", "user:attributes", [{ plan: "free" }]],
    ["do", "widget:open", []],
    ["do", "widget:close", []],
    ["do", "boosted:trigger", [{ interactionId: "i1", ignoreRecurrence: true }]],
    ["do", "boosted:trigger", [{ interactionId: "i2" }]],
    ["do", "boosted:refresh", []],
    ["do", "widget:reset-last-open", []],
    ["do", "storage:reset", []],
    ["do", "track", ["checkout", {}]],
  ];
  for (const command of commands) runCommand(core, parsed(command));
  assert.deepEqual(calls, [
    ["setUser", { email: "a@example.com" }, false],
    ["setUser", { name: "Ada" }, false],
    ["setUser", { attributes: { plan: "pro" }, removeUnspecified: true }, true],
    ["setUser", { attributes: { plan: "free" }, removeUnspecified: false }, false],
    ["setFeedOpen", true],
    ["setFeedOpen", false],
    ["trigger", "i1", true],
    ["trigger", "i2", false],
    ["refresh"],
    ["resetLastOpen"],
    ["resetStorage"],
    ["track", "checkout", {}],
  ]);
});
