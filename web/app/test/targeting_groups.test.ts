import { test } from "node:test";
import assert from "node:assert/strict";
import { newCondition, type ConditionDraft } from "../src/targeting/conditions.js";
import {
  addCondition,
  addGroup,
  buildGroups,
  conditionPath,
  groupsFromJson,
  removeCondition,
  replaceCondition,
  type Groups,
} from "../src/targeting/groups.js";

const plan = (value: string): ConditionDraft => ({ ...newCondition(), subject: "plan", value });
const planJson = (value: string) => ({ attribute: "plan", op: "eq", value });

test("one group is all of its conditions", () => {
  assert.deepEqual(buildGroups([[plan("trial"), plan("pro")]]).json, { all: [planJson("trial"), planJson("pro")] });
});

test("several groups are any one of them, each all of its conditions", () => {
  assert.deepEqual(buildGroups([[plan("trial")], [plan("pro"), plan("team")]]).json, {
    any: [{ all: [planJson("trial")] }, { all: [planJson("pro"), planJson("team")] }],
  });
});

test("no JSON while a condition is unfinished or none exists, with where each problem is", () => {
  const built = buildGroups([[plan("trial")], [plan("pro"), { ...newCondition(), value: "x" }]]);
  assert.equal(built.json, null);
  assert.deepEqual(built.problems, [{ part: "attribute", message: "Name the attribute", group: 1, index: 1 }]);
  assert.deepEqual(buildGroups([]), { json: null, problems: [] });
});

test("paths name a condition where the API's errors do", () => {
  assert.equal(conditionPath("conditions", 1, 0, 2), "conditions.all[2]");
  assert.equal(conditionPath("targeting.audience.conditions", 3, 1, 0), "targeting.audience.conditions.any[1].all[0]");
});

test("what the builder sends, it reads back", () => {
  const groups: Groups = [[plan("trial")], [plan("pro"), plan("team")]];
  assert.deepEqual(groupsFromJson(buildGroups(groups).json), groups);
  assert.deepEqual(groupsFromJson(buildGroups([groups[1]]).json), [groups[1]]);
});

test("an OR of bare conditions reads as one group each; an empty group as none", () => {
  assert.deepEqual(groupsFromJson({ any: [planJson("a"), planJson("b")] }), [[plan("a")], [plan("b")]]);
  assert.deepEqual(groupsFromJson({ all: [] }), []);
});

test("conditions nested deeper than OR of ANDs are left for the raw view", () => {
  assert.equal(groupsFromJson({ all: [planJson("a"), { any: [planJson("b"), planJson("c")] }] }), null);
  assert.equal(groupsFromJson({ any: [{ any: [planJson("b")] }] }), null);
  assert.equal(groupsFromJson({ any: [{ all: [] }] }), null);
  assert.equal(groupsFromJson(null), null);
});

test("editing adds to the right group, and a group left empty disappears", () => {
  let groups: Groups = [[plan("a")]];
  groups = addGroup(groups);
  assert.equal(groups.length, 2);
  groups = addCondition(groups, 0);
  assert.deepEqual(groups.map((g) => g.length), [2, 1]);
  groups = replaceCondition(groups, 1, 0, plan("b"));
  assert.equal(groups[1][0].value, "b");
  groups = removeCondition(groups, 1, 0);
  assert.deepEqual(groups.map((g) => g.length), [2]);
  groups = removeCondition(removeCondition(groups, 0, 0), 0, 0);
  assert.deepEqual(groups, []);
});
