// The builder's audience: groups joined by OR, each a list of conditions joined by AND.
// The API takes it as a ConditionGroup: one group is {all: [...]}, several are
// {any: [{all: [...]}, ...]}. Conditions too nested for that shape are kept as they came.
import { buildCondition, conditionFromJson, newCondition, type ConditionDraft, type ConditionProblem } from "./conditions.js";

export type Groups = ConditionDraft[][];

export interface GroupProblem extends ConditionProblem {
  group: number;
  index: number;
}

export interface BuiltGroups {
  json: Record<string, unknown> | null; // null while a condition is unfinished, or none exists
  problems: GroupProblem[];
}

// Where the API puts a condition of these groups, below `root` (as errors name it).
export function conditionPath(root: string, groupCount: number, group: number, index: number): string {
  return groupCount > 1 ? `${root}.any[${group}].all[${index}]` : `${root}.all[${index}]`;
}

export function buildGroups(groups: Groups): BuiltGroups {
  const problems: GroupProblem[] = [];
  const built = groups.map((conditions, group) =>
    conditions.map((draft, index) => {
      const result = buildCondition(draft);
      if (result.problem) problems.push({ ...result.problem, group, index });
      return result.json;
    }),
  );
  const count = groups.reduce((sum, conditions) => sum + conditions.length, 0);
  if (problems.length > 0 || count === 0) return { json: null, problems };
  if (built.length === 1) return { json: { all: built[0] }, problems };
  return { json: { any: built.map((all) => ({ all })) }, problems };
}

function members(json: unknown, key: "all" | "any"): unknown[] | null {
  if (typeof json !== "object" || json === null) return null;
  const list = (json as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : null;
}

function conditionsOf(list: unknown[]): ConditionDraft[] | null {
  const drafts = list.map(conditionFromJson);
  return drafts.every((draft): draft is ConditionDraft => draft !== null) ? drafts : null;
}

// The groups the API's conditions hold; null when the builder cannot show them.
export function groupsFromJson(json: unknown): Groups | null {
  const all = members(json, "all");
  if (all) {
    if (all.length === 0) return [];
    const conditions = conditionsOf(all);
    return conditions ? [conditions] : null;
  }
  const any = members(json, "any");
  if (!any) return null;
  const groups: Groups = [];
  for (const member of any) {
    const inner = members(member, "all");
    const conditions = inner ? conditionsOf(inner) : conditionsOf([member]);
    if (!conditions || conditions.length === 0) return null;
    groups.push(conditions);
  }
  return groups;
}

export function addCondition(groups: Groups, group: number): Groups {
  return groups.map((conditions, g) => (g === group ? [...conditions, newCondition()] : conditions));
}

export function addGroup(groups: Groups): Groups {
  return [...groups, [newCondition()]];
}

export function replaceCondition(groups: Groups, group: number, index: number, draft: ConditionDraft): Groups {
  return groups.map((conditions, g) => (g === group ? conditions.map((c, i) => (i === index ? draft : c)) : conditions));
}

// Removes a condition; a group left empty goes too, so no group is ever empty.
export function removeCondition(groups: Groups, group: number, index: number): Groups {
  return groups
    .map((conditions, g) => (g === group ? conditions.filter((_, i) => i !== index) : conditions))
    .filter((conditions) => conditions.length > 0);
}
