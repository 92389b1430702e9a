// What the consent answer of the server means for the page: whether functionality cookies
// may be written, and what the pop-up shows. Pure: no DOM, no network.

export interface ConsentRecord {
  consentId: string;
  at: string; // ISO-8601
  policyVersion: number;
  functionality: boolean;
  withdrawn: boolean;
}

// The body of GET, POST and DELETE /consent.
export interface ConsentAnswer {
  policyVersion: number;
  needsChoice: boolean;
  record: ConsentRecord | null;
}

// What a forged or broken consent cookie (400) means: ask again, as on a first visit.
export const NO_CHOICE: ConsentAnswer = { policyVersion: 0, needsChoice: true, record: null };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function parseRecord(value: unknown): ConsentRecord | null | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const { consentId, at, policyVersion, functionality, withdrawn } = value;
  if (typeof consentId !== "string" || typeof at !== "string" || typeof policyVersion !== "number")
    return undefined;
  if (typeof functionality !== "boolean" || typeof withdrawn !== "boolean") return undefined;
  return { consentId, at, policyVersion, functionality, withdrawn };
}

// The answer when `value` has its documented shape, otherwise null (nothing is assumed
// from a body the page cannot read).
export function parseConsentAnswer(value: unknown): ConsentAnswer | null {
  if (!isObject(value)) return null;
  const { policyVersion, needsChoice } = value;
  const record = parseRecord(value.record);
  if (typeof policyVersion !== "number" || typeof needsChoice !== "boolean" || record === undefined)
    return null;
  return { policyVersion, needsChoice, record };
}

// Functionality cookies are allowed only by a current, explicit, not withdrawn "yes".
// `null` is an answer the page could not get: no.
export function functionalityAllowed(answer: ConsentAnswer | null): boolean {
  const record = answer?.record;
  return !!answer && !answer.needsChoice && !!record && record.functionality && !record.withdrawn;
}

// What the pop-up shows when it opens.
export interface DialogView {
  title: string;
  // The visitor's current choice in words; null when there is none to show.
  current: string | null;
  // The Functionality switch's first position: never ticked before a "yes".
  functionality: boolean;
  withdrawable: boolean;
  // Escape and a Close button: only when the visitor opened it and no choice is due,
  // since closing must never stand for a choice.
  closable: boolean;
}

// `reopened`: opened from a "Cookie settings" link rather than by the first visit.
export function dialogView(answer: ConsentAnswer | null, reopened: boolean): DialogView {
  const record = answer && !answer.needsChoice ? answer.record : null;
  const allowed = functionalityAllowed(answer);
  return {
    title: reopened && record ? "Cookie settings" : "Cookies on this site",
    current: record ? describeChoice(record) : null,
    functionality: allowed,
    withdrawable: allowed,
    closable: reopened && !answer?.needsChoice,
  };
}

function describeChoice(record: ConsentRecord): string {
  const day = /^\d{4}-\d{2}-\d{2}/.test(record.at) ? ` on ${record.at.slice(0, 10)}` : "";
  if (record.withdrawn) return `You withdrew your consent${day}: functionality cookies are off.`;
  return record.functionality
    ? `You allowed functionality cookies${day}.`
    : `You refused functionality cookies${day}.`;
}

// The words for a choice the server did not take. 429 comes with Retry-After; the page
// does not retry by itself.
export function failureMessage(status: number, retryAfterSeconds: number | null): string {
  if (status === 429) {
    const wait = retryAfterSeconds ? `in ${retryAfterSeconds} s` : "in a moment";
    return `Too many attempts. Please try again ${wait}.`;
  }
  if (status === 0) return "The server could not be reached. Please try again.";
  return "Your choice could not be saved. Please try again.";
}
