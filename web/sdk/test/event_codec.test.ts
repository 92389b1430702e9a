import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeEvents, encodeEvents, newestWithin } from "../src/event_codec";
import type { AnalyticsEvent } from "../src/event_codec";
import { uuid7 } from "../src/uuid7";

// RFC 6265's cookie-octet: what a cookie value may hold.
const COOKIE_SAFE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*$/;

const events: AnalyticsEvent[] = [
  { id: uuid7(), type: "view", interactionId: "int_1", props: { step: 0 } },
  { id: uuid7(), type: "click", interactionId: "int_1", props: { button: "primary", step: 2 } },
  { id: uuid7(), type: "dismiss", interactionId: "int-2", props: { forever: true } },
  { id: uuid7(), type: "complete", interactionId: "int_1" },
  { id: uuid7(), type: "reaction", postId: "post_9", props: { reaction: "like", on: false } },
  { id: uuid7(), type: "open" },
  {
    id: uuid7(),
    type: "track",
    name: "checkout/done | 100% ;\"é\"",
    props: { plan: "pro, yearly", note: "a/b|c%d;e\\f 'g' \u00e9\u{1f389}", n: [1, null, { deep: true }] },
  },
];

test("every kind of event survives a round trip", () => {
  const value = encodeEvents(events);
  assert.deepEqual(decodeEvents(value), events);
  assert.equal(value.split("|").length, events.length);
});

test("the value holds only what a cookie may, and the empty fields cost nothing", () => {
  assert.match(encodeEvents(events), COOKIE_SAFE);
  const open = encodeEvents([{ id: "0190f3a2-b4c5-7000-8000-000000000000", type: "open" }]);
  assert.equal(open, "0190f3a2-b4c5-7000-8000-0000000000005");
  const id = "0190f3a2-b4c5-7000-8000-000000000000";
  const view = encodeEvents([{ id, type: "view", interactionId: "i1", props: { step: 1 } }]);
  assert.equal(view, "0190f3a2-b4c5-7000-8000-0000000000000/i1///{%22step%22:1}");
});

test("garbage decodes to the well-formed records only, never throws", () => {
  const good = encodeEvents([events[0]]);
  const junk = [
    "",
    "||",
    "not-an-id0",
    "0190f3a2-b4c5-7000-8000-0000000000007", // no such type
    "0190f3a2-b4c5-7000-8000-000000000000", // no type
    "0190f3a2-b4c5-7000-8000-0000000000006//%E0%A4%A", // a broken escape
    "0190f3a2-b4c5-7000-8000-0000000000006////{broken", // broken JSON
    "0190f3a2-b4c5-7000-8000-0000000000006////[1,2]", // props that are not an object
  ];
  for (const part of junk) {
    assert.deepEqual(decodeEvents(part), [], part);
    assert.deepEqual(decodeEvents(`${part}|${good}|${part}`), [events[0]], part);
  }
  assert.deepEqual(decodeEvents(null), []);
});

test("text a cookie cannot hold at all (a lone surrogate) throws when encoded", () => {
  assert.throws(() => encodeEvents([{ id: uuid7(), type: "track", name: "bad \ud800" }]));
});

test("newestWithin keeps the newest events that fit, dropping the oldest first", () => {
  const many: AnalyticsEvent[] = Array.from({ length: 120 }, (_, i) => ({
    id: uuid7(),
    type: "view",
    interactionId: `interaction_${i}`,
    props: { step: i },
  }));
  assert.ok(encodeEvents(many).length > 3072);
  const kept = newestWithin(many, 3072);
  assert.ok(encodeEvents(kept).length <= 3072);
  assert.ok(encodeEvents(many.slice(-kept.length - 1)).length > 3072, "no more than needed is dropped");
  assert.deepEqual(kept, many.slice(-kept.length));
  assert.deepEqual(newestWithin(many.slice(0, 3), 3072), many.slice(0, 3));
  assert.deepEqual(newestWithin(many.slice(0, 3), 10), []);
});
