import { test } from "node:test";
import assert from "node:assert/strict";
import {
  buildCondition,
  conditionFromJson,
  newCondition,
  operatorsFor,
  valueTypesFor,
  withFact,
  withOp,
  type ConditionDraft,
} from "../src/targeting/conditions.js";

const draft = (change: Partial<ConditionDraft>): ConditionDraft => ({ ...newCondition(change.fact), ...change });

test("an attribute condition is sent without a fact, with its value typed as chosen", () => {
  assert.deepEqual(buildCondition(draft({ subject: " plan ", op: "eq", value: "trial" })).json, { attribute: "plan", op: "eq", value: "trial" });
  assert.deepEqual(buildCondition(draft({ subject: "seats", op: "eq", valueType: "number", value: "5" })).json, {
    attribute: "seats",
    op: "eq",
    value: 5,
  });
  assert.deepEqual(buildCondition(draft({ subject: "beta", op: "eq", valueType: "boolean", value: "false" })).json, {
    attribute: "beta",
    op: "eq",
    value: false,
  });
});

test("between, in and exists take the shapes the API asks for", () => {
  assert.deepEqual(buildCondition(draft({ fact: "sessionCount", op: "between", value: "2", high: "10" })).json, {
    fact: "sessionCount",
    op: "between",
    value: [2, 10],
  });
  assert.deepEqual(buildCondition(draft({ fact: "language", op: "in", value: "fr, de,, en-GB " })).json, {
    fact: "language",
    op: "in",
    value: ["fr", "de", "en-GB"],
  });
  assert.deepEqual(buildCondition(draft({ subject: "plan", op: "in", valueType: "number", value: "1, 2" })).json?.value, [1, 2]);
  assert.deepEqual(buildCondition(withOp(draft({ subject: "email" }), "exists")).json, { attribute: "email", op: "exists", value: true });
});

test("dates are days ago or a calendar date", () => {
  assert.deepEqual(buildCondition(draft({ fact: "firstSeen", op: "after", value: "30" })).json, {
    fact: "firstSeen",
    op: "after",
    value: { daysAgo: 30 },
  });
  assert.deepEqual(buildCondition(draft({ fact: "firstSeen", op: "before", dateKind: "date", value: "2026-01-31" })).json?.value, "2026-01-31");
  assert.deepEqual(
    buildCondition(draft({ subject: "renewal", op: "between", valueType: "date", dateKind: "daysAgo", value: "-7", high: "0" })).json?.value,
    [{ daysAgo: -7 }, { daysAgo: 0 }],
  );
});

test("an event condition names its event", () => {
  assert.deepEqual(buildCondition(draft({ fact: "event", subject: "invited_teammate", op: "gt", value: "0" })).json, {
    fact: "event",
    event: "invited_teammate",
    op: "gt",
    value: 0,
  });
});

test("an unfinished condition says which part is missing", () => {
  assert.deepEqual(buildCondition(draft({ value: "trial" })).problem?.part, "attribute");
  assert.deepEqual(buildCondition(draft({ fact: "event", value: "1" })).problem?.part, "event");
  assert.equal(buildCondition(draft({ subject: "plan", value: "" })).problem?.message, "Enter a value");
  assert.equal(buildCondition(draft({ fact: "sessionCount", op: "gt", value: "many" })).problem?.message, "Enter a number");
  assert.equal(buildCondition(draft({ fact: "firstSeen", op: "after", value: "1.5" })).problem?.part, "value");
  assert.equal(buildCondition(draft({ fact: "firstSeen", op: "after", value: "40000" })).problem?.part, "value");
  assert.match(buildCondition(draft({ fact: "sessionCount", op: "between", value: "1" })).problem?.message ?? "", /both ends/);
  assert.match(buildCondition(draft({ fact: "event", subject: "x", op: "in", value: "1, two" })).problem?.message ?? "", /each item/);
});

test("each fact offers only the operators and value types the API accepts", () => {
  assert.deepEqual(operatorsFor("firstSeen"), ["after", "before", "between"]);
  assert.ok(!operatorsFor("language").includes("gt"));
  assert.deepEqual(valueTypesFor("attribute", "eq"), ["text", "number", "boolean"]);
  assert.deepEqual(valueTypesFor("attribute", "gt"), ["number"]);
  assert.deepEqual(valueTypesFor("event", "eq"), ["number"]);
});

test("changing the operator keeps a value type it still takes, and resets one it does not", () => {
  const number = draft({ subject: "seats", op: "eq", valueType: "number", value: "3" });
  assert.equal(withOp(number, "gt").valueType, "number");
  assert.equal(withOp(number, "gt").value, "3");
  assert.equal(withOp(draft({ op: "eq", valueType: "boolean" }), "starts_with").valueType, "text");
  assert.equal(withOp(withOp(number, "exists"), "eq").value, "");
  const event = withFact(number, "event");
  assert.deepEqual([event.fact, event.op, event.valueType, event.subject], ["event", "gt", "number", ""]);
});

test("conditions from the API come back into the builder unchanged", () => {
  const examples = [
    { attribute: "plan", op: "eq", value: "trial" },
    { attribute: "seats", op: "neq", value: 3 },
    { attribute: "beta", op: "eq", value: true },
    { attribute: "email", op: "exists", value: false },
    { attribute: "tags", op: "in", value: ["a", "b"] },
    { attribute: "renewal", op: "between", value: [{ daysAgo: 30 }, { daysAgo: 0 }] },
    { attribute: "renewal", op: "before", value: "2026-11-24" },
    { fact: "language", op: "starts_with", value: "fr" },
    { fact: "firstSeen", op: "after", value: { daysAgo: 30 } },
    { fact: "sessionCount", op: "between", value: [2, 5] },
    { fact: "event", event: "invited_teammate", op: "in", value: [1, 2, 3] },
  ];
  for (const json of examples) {
    const read = conditionFromJson(json);
    assert.ok(read, JSON.stringify(json));
    if (read) assert.deepEqual(buildCondition(read).json, json);
  }
});

test("a stored midnight date reads as a calendar date", () => {
  const read = conditionFromJson({ fact: "firstSeen", op: "before", value: "2026-11-24T00:00:00Z" });
  assert.deepEqual([read?.dateKind, read?.value], ["date", "2026-11-24"]);
});

test("conditions the builder cannot show are reported, not mangled", () => {
  assert.equal(conditionFromJson({ attribute: "x", op: "in", value: ["a", 1] }), null);
  assert.equal(conditionFromJson({ attribute: "x", op: "in", value: ["a,b"] }), null);
  assert.equal(conditionFromJson({ fact: "language", op: "gt", value: 1 }), null);
  assert.equal(conditionFromJson({ fact: "weather", op: "eq", value: "rain" }), null);
  assert.equal(conditionFromJson({ all: [] }), null);
});
