// The consent records (GET /api/v1/consents): what each says, and every page of them
// gathered for the JSON export.
import type { Page } from "../types.js";

export interface ConsentRecord {
  consentId: string;
  recordId: string;
  at: string;
  policyVersion: number;
  functionality: boolean;
  withdrawn: boolean;
  choices: { strictlyNecessary?: boolean; functionality?: boolean };
  ip: string;
  userAgent: string;
}

export type FunctionalityAnswer = "yes" | "no" | "withdrawn";

export function functionalityAnswer(record: ConsentRecord): FunctionalityAnswer {
  if (record.withdrawn) return "withdrawn";
  return record.functionality ? "yes" : "no";
}

// Follows the cursors to the end. `pageAfter(null)` is the first page.
export async function allPages<T>(pageAfter: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await pageAfter(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export const consentsPath = "/api/v1/consents";
export const exportPageSize = 200; // the API's largest page

export function pagePath(cursor: string | null): string {
  const query = new URLSearchParams({ format: "json", limit: String(exportPageSize) });
  if (cursor) query.set("cursor", cursor);
  return `${consentsPath}?${query}`;
}
