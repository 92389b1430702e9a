// The words makers read in the targeting builder, for the API's facts, operators and rules.
import type { DateKind, Fact, Op, ValueType } from "./conditions.js";
import type { RecurrenceType, TriggerType, UrlOp } from "./rules.js";

export const factLabels: Record<Fact, string> = {
  attribute: "User attribute",
  language: "Browser language",
  firstSeen: "First seen",
  sessionCount: "Number of sessions",
  event: "Times they did an event",
};

export const opLabels: Record<Op, string> = {
  eq: "is",
  neq: "is not",
  contains: "contains",
  starts_with: "starts with",
  gt: "is more than",
  lt: "is less than",
  between: "is between",
  in: "is one of",
  exists: "is present",
  before: "is before",
  after: "is after",
};

export const valueTypeLabels: Record<ValueType, string> = {
  text: "text",
  number: "number",
  boolean: "yes/no",
  date: "date",
};

export const dateKindLabels: Record<DateKind, string> = {
  daysAgo: "days ago",
  date: "on a date",
};

export const urlOpLabels: Record<UrlOp, string> = {
  equals: "Page address is",
  starts_with: "Page address starts with",
  contains: "Page address contains",
  regex: "Page address matches the pattern",
};

export const triggerLabels: Record<TriggerType, string> = {
  page_load: "When the page loads",
  click: "When someone clicks an element",
  event: "When your app tracks an event",
  manual: "Only when your code asks for it",
};

export const recurrenceLabels: Record<RecurrenceType, string> = {
  once: "Once per person",
  always: "Every time it may show",
  custom: "A few times, spaced out",
};

export interface Counts {
  matching: number;
  total: number;
}

// The live count line: "3 known users match, of 120."
export function countText(counts: Counts): string {
  const users = counts.matching === 1 ? "known user matches" : "known users match";
  return `${counts.matching} ${users}, of ${counts.total}.`;
}
