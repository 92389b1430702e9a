import { test } from "node:test";
import assert from "node:assert/strict";
import { uuid7, uuidTime } from "../src/uuid7";

const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("ids are lowercase UUIDv7 whose time is when they were made", () => {
  const before = Date.now();
  const id = uuid7();
  const after = Date.now();
  assert.match(id, UUID7);
  // A burst earlier in this file may have run the ids a few milliseconds ahead.
  assert.ok(uuidTime(id) >= before && uuidTime(id) <= after + 5, `${uuidTime(id)} in [${before}, ${after}]`);
});

test("ids made in a burst are unique and sort in the order they were made", () => {
  const ids = Array.from({ length: 2000 }, () => uuid7());
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(ids.slice().sort(), ids);
  for (let i = 1; i < ids.length; i++) assert.ok(uuidTime(ids[i]) > uuidTime(ids[i - 1]), ids[i]);
  ids.forEach((id) => assert.match(id, UUID7));
});

test("an id's time is its first 48 bits", () => {
  assert.equal(uuidTime("0190f3a2-b4c5-7000-8000-000000000000"), 0x0190f3a2b4c5);
});
