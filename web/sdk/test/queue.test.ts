import { test } from "node:test";
import assert from "node:assert/strict";
import { createQueue, parseCommand } from "../src/queue";
import type { Command } from "../src/queue";

const noop = () => {};

function recorder(early: (c: Command) => boolean = () => false) {
  const ran: string[] = [];
  const warnings: unknown[][] = [];
  const queue = createQueue({
    runEarly: early,
    run: (c) => {
      ran.push(`${c.verb} ${c.method}`);
    },
    warn: (...parts) => {
      warnings.push(parts);
    },
  });
  return { queue, ran, warnings };
}

test("commands pushed before the boot answer wait, then run in the order pushed", () => {
  const { queue, ran } = recorder();
  queue.push(["do", "widget:open", []]);
  queue.push(["get", "widget:unreadCount", [noop]]);
  queue.push(["do", "boosted:refresh", []]);
  assert.deepEqual(ran, []);
  queue.open();
  assert.deepEqual(ran, ["do widget:open", "get widget:unreadCount", "do boosted:refresh"]);
});

test("after the boot answer a command runs at once", () => {
  const { queue, ran } = recorder();
  queue.open();
  queue.push(["do", "widget:close", []]);
  assert.deepEqual(ran, ["do widget:close"]);
});

test("early commands run before the boot answer, the others still wait", () => {
  const { queue, ran } = recorder((c) => {
    if (c.method !== "consent") return false;
    ran.push("early consent");
    return true;
  });
  queue.push(["do", "widget:open", []]);
  queue.push(["set", "consent", [false]]);
  assert.deepEqual(ran, ["early consent"]);
  queue.open();
  assert.deepEqual(ran, ["early consent", "do widget:open"]);
});

test("a command that returns a promise holds the ones after it until it settles", async () => {
  const ran: string[] = [];
  let finish: () => void = noop;
  const queue = createQueue({
    runEarly: () => false,
    run: (c) => {
      ran.push(c.method);
      if (c.method === "identify") return new Promise<void>((resolve) => (finish = resolve));
      return undefined;
    },
    warn: noop,
  });
  queue.open();
  queue.push(["do", "identify", ["u1"]]);
  queue.push(["set", "user:email", ["a@example.com"]]);
  assert.deepEqual(ran, ["identify"]);
  finish();
  await Promise.resolve();
  await Promise.resolve();
  assert.deepEqual(ran, ["identify", "user:email"]);
});

test("a rejected or throwing command does not stop the queue", async () => {
  const ran: string[] = [];
  const queue = createQueue({
    runEarly: () => false,
    run: (c) => {
      ran.push(c.method);
      if (c.method === "widget:open") throw new Error("boom");
      if (c.method === "boosted:refresh") return Promise.reject(new Error("no"));
      return undefined;
    },
    warn: noop,
  });
  queue.open();
  queue.push(["do", "widget:open", []]);
  queue.push(["do", "boosted:refresh", []]);
  queue.push(["do", "widget:close", []]);
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(ran, ["widget:open", "boosted:refresh", "widget:close"]);
});

test("malformed commands are ignored with a warning and do not block the others", () => {
  const { queue, ran, warnings } = recorder();
  queue.open();
  const bad: unknown[] = [
    "do widget:open",
    null,
    [],
    ["do"],
    ["do", "nothing:here", []],
    ["fly", "widget:open", []],
    ["set", "consent", ["yes"]],
    ["set", "core:language", [""]],
    ["get", "user:id", ["not a function"]],
    ["do", "boosted:trigger", [{}]],
    ["do", "boosted:trigger", [{ interactionId: "i1", ignoreRecurrence: "y" }]],
    ["do", "identify", [{}]],
    ["do", "identify", ["u1", { userHash: 5 }]],
    ["on", "widget:exploded", [noop]],
    ["on", "widget:opened", ["not a function"]],
    ["set", "user:attributes", ["plan"]],
    ["do", "track", [""]],
  ];
  for (const command of bad) queue.push(command);
  queue.push(["do", "widget:open", []]);
  assert.deepEqual(
    warnings.map((w) => w[1]),
    bad,
    "each one warned about, with the command",
  );
  assert.deepEqual(ran, ["do widget:open"]);
});

test("closing drops what waits and ignores what follows", () => {
  const { queue, ran } = recorder();
  queue.push(["do", "widget:open", []]);
  queue.close();
  queue.open();
  queue.push(["do", "widget:close", []]);
  assert.deepEqual(ran, []);
});

test("identify is normalized to [userId, userHash, callback]", () => {
  const callback = noop;
  assert.deepEqual(parseCommand(["do", "identify", ["u1"]]), {
    verb: "do",
    method: "identify",
    args: ["u1", undefined, undefined],
  });
  assert.deepEqual(parseCommand(["do", "identify", [42, callback]]), {
    verb: "do",
    method: "identify",
    args: ["42", undefined, callback],
  });
  assert.deepEqual(parseCommand(["do", "identify", ["u1", { userHash: "ab12" }, callback]]), {
    verb: "do",
    method: "identify",
    args: ["u1", "ab12", callback],
  });
});

test("on and off take the event name and a handler in any of the three spellings", () => {
  const handler = noop;
  const expected = { verb: "on", method: "boosted:shown", args: [handler] };
  assert.deepEqual(parseCommand(["on", "boosted:shown", [handler]]), expected);
  assert.deepEqual(parseCommand(["on", "boosted:shown", handler]), expected);
  assert.deepEqual(parseCommand(["on", ["boosted:shown", handler]]), expected);
  assert.equal(parseCommand(["off", "boosted:shown"]), null);
});

test("every command of the contract is accepted with its documented arguments", () => {
  const cb = noop;
  const good: unknown[] = [
    ["do", "identify", ["u1", cb]],
    ["set", "user:email", ["a@example.com"]],
    ["set", "user:name", ["Ada"]],
    ["set", "user:attributes", [{ plan: "pro" }, { refetchBoosted: true, removeUnspecified: true }]],
    ["set", "user:attributes", [{ plan: "pro" }]],
    ["set", "core:language", ["fr-CA"]],
    ["set", "consent", [true]],
    ["get", "user:id", [cb]],
    ["get", "user:attributes", [cb]],
    ["get", "widget:lastOpenDate", [cb]],
    ["get", "widget:unreadCount", [cb]],
    ["do", "widget:open", []],
    ["do", "widget:close"],
    ["do", "boosted:trigger", [{ interactionId: "i1", ignoreRecurrence: true }]],
    ["do", "boosted:refresh", []],
    ["do", "widget:reset-last-open", []],
    ["do", "storage:reset", []],
    ["do", "track", ["checkout", { value: 3 }]],
    ["off", "post:reacted", [cb]],
  ];
  for (const command of good) {
    assert.notEqual(parseCommand(command), null, JSON.stringify(command));
  }
});
