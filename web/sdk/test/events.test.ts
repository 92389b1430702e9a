import { warnings } from "./quiet";
import { test } from "node:test";
import assert from "node:assert/strict";
import { createEmitter } from "../src/events";

test("handlers get the payload; off removes only that handler; a throwing one spares the rest", () => {
  const events = createEmitter();
  const got: unknown[] = [];
  const first = (p?: unknown) => got.push(["first", p]);
  const second = (p?: unknown) => got.push(["second", p]);
  events.on("boosted:shown", first);
  events.on("boosted:shown", () => {
    throw new Error("host bug");
  });
  events.on("boosted:shown", second);
  events.on("widget:opened", first);
  events.emit("boosted:shown", { interactionId: "i1" });
  events.off("boosted:shown", first);
  events.emit("boosted:shown", 2);
  events.clear();
  events.emit("widget:opened");
  assert.deepEqual(got, [
    ["first", { interactionId: "i1" }],
    ["second", { interactionId: "i1" }],
    ["second", 2],
  ]);
  assert.equal(warnings.length, 2, "the throwing handler ran on both emits");
  assert.match(String(warnings[0][1]), /boosted:shown/);
});
