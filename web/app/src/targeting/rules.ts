// An interaction's targeting as the editor holds it, and the Targeting JSON the API takes:
// who (audience), where (URL rules), what makes it appear (trigger), when (schedule), how
// often (recurrence) and before which others (priority).
import type { FieldError } from "../api.js";
import { buildGroups, conditionPath, groupsFromJson, type Groups } from "./groups.js";
import { isoOf, localInputOf } from "./time.js";

export type AudienceKind = "everyone" | "conditions" | "segments";
export type UrlOp = "equals" | "starts_with" | "contains" | "regex";
export type TriggerType = "page_load" | "click" | "manual" | "event";
export type RecurrenceType = "once" | "always" | "custom";

export interface UrlRule {
  op: UrlOp;
  value: string;
}

export interface TargetingJson {
  audience: { type: AudienceKind; segmentIds?: string[]; conditions?: unknown };
  where: { rules: UrlRule[] };
  trigger: { type: TriggerType; delayMs?: number; selector?: string; event?: string };
  schedule: { start: string | null; end: string | null };
  recurrence: { type: RecurrenceType; maxTimes?: number; minDaysApart?: number };
  priority: number;
  exemptFromRateLimit: boolean;
}

export interface TargetingDraft {
  audience: AudienceKind;
  groups: Groups;
  keptConditions: unknown; // conditions too nested for the builder, sent back unchanged
  segmentIds: string[];
  rules: UrlRule[];
  trigger: TriggerType;
  delaySeconds: string;
  clickSelector: string;
  event: string;
  start: string; // datetime-local
  end: string;
  recurrence: RecurrenceType;
  maxTimes: string;
  minDaysApart: string;
  priority: string;
  exemptFromRateLimit: boolean;
}

export function targetingFromJson(json: Partial<TargetingJson> | undefined): TargetingDraft {
  const audience = json?.audience ?? { type: "everyone" };
  const groups = audience.type === "conditions" ? groupsFromJson(audience.conditions) : [];
  const trigger = json?.trigger ?? { type: "page_load" };
  const recurrence = json?.recurrence ?? { type: "once" };
  return {
    audience: audience.type,
    groups: groups ?? [],
    keptConditions: groups === null ? audience.conditions : null,
    segmentIds: audience.segmentIds ?? [],
    rules: (json?.where?.rules ?? []).map((rule) => ({ ...rule })),
    trigger: trigger.type,
    delaySeconds: String((trigger.delayMs ?? 0) / 1000),
    clickSelector: trigger.selector ?? "",
    event: trigger.event ?? "",
    start: localInputOf(json?.schedule?.start),
    end: localInputOf(json?.schedule?.end),
    recurrence: recurrence.type,
    maxTimes: String(recurrence.maxTimes ?? 3),
    minDaysApart: String(recurrence.minDaysApart ?? 0),
    priority: String(json?.priority ?? 0),
    exemptFromRateLimit: json?.exemptFromRateLimit ?? false,
  };
}

// A whole number from `low` to `high`, or null; an empty input is `empty`.
function wholeOf(text: string, low: number, high: number, empty: number | null = null): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return empty;
  const n = Number(trimmed);
  return Number.isInteger(n) && n >= low && n <= high ? n : null;
}

const conditionsRoot = "targeting.audience.conditions";

function audienceOf(draft: TargetingDraft, errors: FieldError[]): TargetingJson["audience"] {
  if (draft.audience === "segments") {
    if (draft.segmentIds.length === 0) errors.push({ field: "targeting.audience.segmentIds", message: "Choose at least one segment" });
    return { type: "segments", segmentIds: draft.segmentIds };
  }
  if (draft.audience !== "conditions") return { type: "everyone" };
  if (draft.keptConditions) return { type: "conditions", conditions: draft.keptConditions };
  const built = buildGroups(draft.groups);
  for (const p of built.problems) {
    errors.push({ field: `${conditionPath(conditionsRoot, draft.groups.length, p.group, p.index)}.${p.part}`, message: p.message });
  }
  if (draft.groups.length === 0) errors.push({ field: conditionsRoot, message: "Add a condition, or choose “Everyone”" });
  return { type: "conditions", conditions: built.json };
}

function triggerOf(draft: TargetingDraft, errors: FieldError[]): TargetingJson["trigger"] {
  switch (draft.trigger) {
    case "page_load": {
      const seconds = Number(draft.delaySeconds.trim() || "0");
      const delayMs = Math.round(seconds * 1000);
      if (!Number.isFinite(seconds) || delayMs < 0 || delayMs > 600000) {
        errors.push({ field: "targeting.trigger.delayMs", message: "Enter 0 to 600 seconds" });
      }
      return { type: "page_load", delayMs };
    }
    case "click":
      if (!draft.clickSelector.trim()) errors.push({ field: "targeting.trigger.selector", message: "Name the element to click" });
      return { type: "click", selector: draft.clickSelector.trim() };
    case "event":
      if (!draft.event.trim()) errors.push({ field: "targeting.trigger.event", message: "Name the event" });
      return { type: "event", event: draft.event.trim() };
    case "manual":
      return { type: "manual" };
  }
}

function scheduleOf(draft: TargetingDraft, errors: FieldError[]): TargetingJson["schedule"] {
  const start = isoOf(draft.start);
  const end = isoOf(draft.end);
  if (start === undefined) errors.push({ field: "targeting.schedule.start", message: "Enter a date and time" });
  if (end === undefined) errors.push({ field: "targeting.schedule.end", message: "Enter a date and time" });
  if (start && end && end <= start) errors.push({ field: "targeting.schedule.end", message: "Must be after the start" });
  return { start: start ?? null, end: end ?? null };
}

function recurrenceOf(draft: TargetingDraft, errors: FieldError[]): TargetingJson["recurrence"] {
  if (draft.recurrence !== "custom") return { type: draft.recurrence };
  const maxTimes = wholeOf(draft.maxTimes, 1, 1000);
  const minDaysApart = wholeOf(draft.minDaysApart, 0, 3650, 0);
  if (maxTimes === null) errors.push({ field: "targeting.recurrence.maxTimes", message: "Enter a whole number from 1 to 1000" });
  if (minDaysApart === null) errors.push({ field: "targeting.recurrence.minDaysApart", message: "Enter a whole number from 0 to 3650" });
  return { type: "custom", maxTimes: maxTimes ?? 1, minDaysApart: minDaysApart ?? 0 };
}

// The Targeting JSON, with every problem found on the way, named as the API names it.
export function buildTargeting(draft: TargetingDraft): { json: TargetingJson; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const audience = audienceOf(draft, errors);
  draft.rules.forEach((rule, i) => {
    if (!rule.value.trim()) errors.push({ field: `targeting.where.rules[${i}].value`, message: "Enter a web address, or part of one" });
  });
  const trigger = triggerOf(draft, errors);
  const schedule = scheduleOf(draft, errors);
  const recurrence = recurrenceOf(draft, errors);
  const priority = wholeOf(draft.priority, -1000, 1000, 0);
  if (priority === null) errors.push({ field: "targeting.priority", message: "Enter a whole number from -1000 to 1000" });
  const rules = draft.rules.map((rule) => ({ op: rule.op, value: rule.value.trim() }));
  const json = { audience, where: { rules }, trigger, schedule, recurrence, priority: priority ?? 0, exemptFromRateLimit: draft.exemptFromRateLimit };
  return { json, errors };
}
