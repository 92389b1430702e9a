// One audience condition as a maker edits it (strings in inputs), and the JSON the API takes
// for it (docs/openapi.yaml, Condition). Which operators and values a fact takes follows the
// API: an attribute compares text, numbers, yes/no or dates; a count compares numbers.

export type Fact = "attribute" | "language" | "firstSeen" | "sessionCount" | "event";
export type Op = "eq" | "neq" | "contains" | "starts_with" | "gt" | "lt" | "between" | "in" | "exists" | "before" | "after";
export type ValueType = "text" | "number" | "boolean" | "date";
export type DateKind = "daysAgo" | "date";

export interface ConditionDraft {
  fact: Fact;
  subject: string; // the attribute's or the event's name
  op: Op;
  valueType: ValueType;
  value: string; // for `in`, items separated by commas
  high: string; // the upper bound of `between`
  dateKind: DateKind;
}

export type ConditionJson = Record<string, unknown>;

// A part of a condition that is not ready, named as the API names it.
export interface ConditionProblem {
  part: "attribute" | "event" | "value";
  message: string;
}

export type BuiltCondition = { json: ConditionJson; problem?: undefined } | { json?: undefined; problem: ConditionProblem };

const opsByFact: Record<Fact, Op[]> = {
  attribute: ["eq", "neq", "contains", "starts_with", "gt", "lt", "between", "in", "exists", "before", "after"],
  language: ["eq", "neq", "starts_with", "contains", "in"],
  firstSeen: ["after", "before", "between"],
  sessionCount: ["gt", "lt", "eq", "neq", "between", "in"],
  event: ["gt", "lt", "eq", "neq", "between", "in"],
};

export function operatorsFor(fact: Fact): Op[] {
  return opsByFact[fact];
}

// The kinds of value a maker may compare with, the first being the usual one.
export function valueTypesFor(fact: Fact, op: Op): ValueType[] {
  if (fact === "language") return ["text"];
  if (fact === "firstSeen") return ["date"];
  if (fact === "sessionCount" || fact === "event") return ["number"];
  switch (op) {
    case "eq":
    case "neq":
      return ["text", "number", "boolean"];
    case "contains":
    case "in":
      return ["text", "number"];
    case "starts_with":
      return ["text"];
    case "gt":
    case "lt":
      return ["number"];
    case "between":
      return ["number", "date"];
    case "exists":
      return ["boolean"];
    case "before":
    case "after":
      return ["date"];
  }
}

export function newCondition(fact: Fact = "attribute"): ConditionDraft {
  const op = opsByFact[fact][0];
  return { fact, subject: "", op, valueType: valueTypesFor(fact, op)[0], value: op === "exists" ? "true" : "", high: "", dateKind: "daysAgo" };
}

export function withFact(draft: ConditionDraft, fact: Fact): ConditionDraft {
  return draft.fact === fact ? draft : newCondition(fact);
}

export function withOp(draft: ConditionDraft, op: Op): ConditionDraft {
  const types = valueTypesFor(draft.fact, op);
  const valueType = types.includes(draft.valueType) ? draft.valueType : types[0];
  const value = op === "exists" ? "true" : draft.op === "exists" ? "" : draft.value;
  return { ...draft, op, valueType, value };
}

const problem = (part: ConditionProblem["part"], message: string): BuiltCondition => ({ problem: { part, message } });

function numberOf(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

function dateOf(draft: ConditionDraft, text: string): unknown {
  if (draft.dateKind === "daysAgo") {
    const n = numberOf(text);
    return n !== null && Number.isInteger(n) && Math.abs(n) <= 36500 ? { daysAgo: n } : null;
  }
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

function scalarOf(draft: ConditionDraft, text: string): unknown {
  switch (draft.valueType) {
    case "number":
      return numberOf(text);
    case "boolean":
      return text === "true" ? true : text === "false" ? false : null;
    case "date":
      return dateOf(draft, text);
    case "text":
      return text === "" ? null : text;
  }
}

const expected: Record<ValueType, string> = {
  text: "Enter a value",
  number: "Enter a number",
  boolean: "Choose yes or no",
  date: "Enter a date, or a whole number of days",
};

function valueOf(draft: ConditionDraft): { value: unknown } | { message: string } {
  if (draft.op === "between") {
    const low = scalarOf(draft, draft.value);
    const high = scalarOf(draft, draft.high);
    return low === null || high === null ? { message: `${expected[draft.valueType]} at both ends` } : { value: [low, high] };
  }
  if (draft.op === "in") {
    const items = draft.value.split(",").map((item) => item.trim()).filter((item) => item !== "");
    const values = items.map((item) => scalarOf(draft, item));
    if (values.length === 0 || values.length > 100) return { message: "List 1 to 100 values, separated by commas" };
    return values.includes(null) ? { message: `${expected[draft.valueType]} for each item` } : { value: values };
  }
  const value = scalarOf(draft, draft.value);
  return value === null ? { message: expected[draft.valueType] } : { value };
}

// The condition as the API takes it, or what keeps it from being one.
export function buildCondition(draft: ConditionDraft): BuiltCondition {
  const subject = draft.subject.trim();
  if (draft.fact === "attribute" && !subject) return problem("attribute", "Name the attribute");
  if (draft.fact === "event" && !subject) return problem("event", "Name the event");
  const value = valueOf(draft);
  if ("message" in value) return problem("value", value.message);
  switch (draft.fact) {
    case "attribute":
      return { json: { attribute: subject, op: draft.op, value: value.value } };
    case "event":
      return { json: { fact: "event", event: subject, op: draft.op, value: value.value } };
    default:
      return { json: { fact: draft.fact, op: draft.op, value: value.value } };
  }
}

const plainDate = /^(\d{4}-\d{2}-\d{2})(T00:00:00Z)?$/;

function isDaysAgo(value: unknown): value is { daysAgo: number } {
  return typeof value === "object" && value !== null && typeof (value as { daysAgo?: unknown }).daysAgo === "number";
}

// One scalar back to its text and kind; null when it is not one the builder edits.
function scalarText(value: unknown): { text: string; type: ValueType; dateKind?: DateKind } | null {
  if (typeof value === "number") return { text: String(value), type: "number" };
  if (typeof value === "boolean") return { text: String(value), type: "boolean" };
  if (isDaysAgo(value)) return { text: String(value.daysAgo), type: "date", dateKind: "daysAgo" };
  if (typeof value === "string") return { text: value, type: "text" };
  return null;
}

function datedText(value: unknown): { text: string; dateKind: DateKind } | null {
  if (isDaysAgo(value)) return { text: String(value.daysAgo), dateKind: "daysAgo" };
  if (typeof value !== "string") return null;
  return { text: plainDate.exec(value)?.[1] ?? value, dateKind: "date" };
}

function isDateOp(fact: Fact, op: Op): boolean {
  return fact === "firstSeen" || op === "before" || op === "after";
}

// A condition from the API back into the builder; null when the builder cannot show it
// as it is (then it is kept untouched).
export function conditionFromJson(json: unknown): ConditionDraft | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  const fact = (record.fact ?? (typeof record.attribute === "string" ? "attribute" : undefined)) as Fact | undefined;
  if (!fact || !(fact in opsByFact)) return null;
  const op = record.op as Op;
  if (!opsByFact[fact].includes(op)) return null;
  const draft: ConditionDraft = { ...newCondition(fact), op, subject: String(record.attribute ?? record.event ?? "") };
  const parts = op === "between" || op === "in" ? record.value : [record.value];
  if (!Array.isArray(parts) || parts.length === 0) return null;
  const dated = isDateOp(fact, op) || (op === "between" && parts.some((part) => isDaysAgo(part) || typeof part === "string"));
  const texts: string[] = [];
  const types = new Set<ValueType>();
  const kinds = new Set<DateKind>();
  for (const part of parts) {
    const read = dated ? datedText(part) : scalarText(part);
    if (!read || (op === "in" && read.text.includes(","))) return null;
    texts.push(read.text);
    types.add(dated ? "date" : (read as { type: ValueType }).type);
    if (read.dateKind) kinds.add(read.dateKind);
  }
  if (types.size !== 1 || kinds.size > 1) return null;
  const valueType = [...types][0];
  if (!valueTypesFor(fact, op).includes(valueType)) return null;
  if (op === "between" && texts.length !== 2) return null;
  return {
    ...draft,
    valueType,
    dateKind: [...kinds][0] ?? "daysAgo",
    value: op === "between" ? texts[0] : texts.join(", "),
    high: op === "between" ? texts[1] : "",
  };
}
