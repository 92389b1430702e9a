import { test } from "node:test";
import assert from "node:assert/strict";
import { newCondition } from "../src/targeting/conditions.js";
import { describePath, messageAt } from "../src/targeting/problems.js";
import { buildTargeting, targetingFromJson, type TargetingJson } from "../src/targeting/rules.js";
import { isoOf, localInputOf } from "../src/targeting/time.js";
import { countText } from "../src/targeting/vocabulary.js";

const stored: TargetingJson = {
  audience: { type: "conditions", conditions: { any: [{ all: [{ attribute: "plan", op: "eq", value: "trial" }] }, { all: [{ fact: "sessionCount", op: "gt", value: 3 }] }] } },
  where: { rules: [{ op: "starts_with", value: "https://app.example.com/settings" }] },
  trigger: { type: "page_load", delayMs: 1500 },
  schedule: { start: "2026-03-01T09:30:00Z", end: null },
  recurrence: { type: "custom", maxTimes: 3, minDaysApart: 7 },
  priority: 10,
  exemptFromRateLimit: true,
};

test("a stored targeting comes back unchanged through the editor", () => {
  const { json, errors } = buildTargeting(targetingFromJson(stored));
  assert.deepEqual(errors, []);
  assert.deepEqual(json, stored);
});

test("an answer's defaults read as everyone, on every page, once, at page load", () => {
  const draft = targetingFromJson({ audience: { type: "everyone" } });
  assert.deepEqual(buildTargeting(draft).json, {
    audience: { type: "everyone" },
    where: { rules: [] },
    trigger: { type: "page_load", delayMs: 0 },
    schedule: { start: null, end: null },
    recurrence: { type: "once" },
    priority: 0,
    exemptFromRateLimit: false,
  });
});

test("each trigger sends only its own field", () => {
  const draft = targetingFromJson(undefined);
  assert.deepEqual(buildTargeting({ ...draft, trigger: "click", clickSelector: " #help " }).json.trigger, { type: "click", selector: "#help" });
  assert.deepEqual(buildTargeting({ ...draft, trigger: "event", event: "paid" }).json.trigger, { type: "event", event: "paid" });
  assert.deepEqual(buildTargeting({ ...draft, trigger: "manual", delaySeconds: "9" }).json.trigger, { type: "manual" });
});

test("problems are named by the API's paths", () => {
  const draft = {
    ...targetingFromJson(undefined),
    audience: "conditions" as const,
    groups: [[newCondition()], [{ ...newCondition("sessionCount"), value: "x" }]],
    rules: [{ op: "contains" as const, value: " " }],
    trigger: "click" as const,
    start: "2026-05-02T10:00",
    end: "2026-05-01T10:00",
    recurrence: "custom" as const,
    maxTimes: "0",
    priority: "5000",
  };
  assert.deepEqual(
    buildTargeting(draft).errors.map((e) => e.field),
    [
      "targeting.audience.conditions.any[0].all[0].attribute",
      "targeting.audience.conditions.any[1].all[0].value",
      "targeting.where.rules[0].value",
      "targeting.trigger.selector",
      "targeting.schedule.end",
      "targeting.recurrence.maxTimes",
      "targeting.priority",
    ],
  );
});

test("an audience needs its conditions or its segments", () => {
  const draft = targetingFromJson(undefined);
  assert.deepEqual(buildTargeting({ ...draft, audience: "conditions" }).errors.map((e) => e.field), ["targeting.audience.conditions"]);
  assert.deepEqual(buildTargeting({ ...draft, audience: "segments" }).errors.map((e) => e.field), ["targeting.audience.segmentIds"]);
  assert.deepEqual(buildTargeting({ ...draft, audience: "segments", segmentIds: ["s1"] }).json.audience, { type: "segments", segmentIds: ["s1"] });
});

test("conditions too nested for the builder are sent back as they came", () => {
  const nested = { all: [{ attribute: "a", op: "exists", value: true }, { any: [{ attribute: "b", op: "exists", value: true }] }] };
  const draft = targetingFromJson({ audience: { type: "conditions", conditions: nested } });
  assert.deepEqual(draft.groups, []);
  assert.deepEqual(buildTargeting(draft).json.audience, { type: "conditions", conditions: nested });
});

test("a local date and time round-trips through UTC", () => {
  const iso = isoOf("2026-07-14T08:05");
  assert.match(iso ?? "", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
  assert.equal(localInputOf(iso), "2026-07-14T08:05");
  assert.equal(isoOf(""), null);
  assert.equal(isoOf("soon"), undefined);
  assert.equal(localInputOf(null), "");
});

test("a problem's message is found for a field or anything below it", () => {
  const errors = [{ field: "conditions.all[0].value[1]", message: "must be a number" }];
  assert.equal(messageAt(errors, "conditions.all[0].value"), "must be a number");
  assert.equal(messageAt(errors, "conditions.all[0]"), "must be a number");
  assert.equal(messageAt(errors, "conditions.all[0].val"), undefined);
  assert.equal(messageAt(errors, "conditions.all[1]"), undefined);
});

test("paths read as words", () => {
  assert.equal(describePath("steps[1].buttons[0].url"), "Steps 2 › buttons 1 › url");
  assert.equal(describePath("targeting.schedule.start"), "Schedule › start");
  assert.equal(describePath("mediaUrl"), "Media url");
});

test("the live count says how many known users match", () => {
  assert.equal(countText({ matching: 3, total: 120 }), "3 known users match, of 120.");
  assert.equal(countText({ matching: 1, total: 1 }), "1 known user matches, of 1.");
});
