// Cookie values (docs/sdk.md, "Cookies"). Encoders keep within the registry's byte bound;
// decoders take whatever the browser holds and keep only the well-formed entries.
import type { ViewedEntry } from "./types";

// Cookie-safe id characters, and the server's length; another id is left out of the cookie.
const SAFE_ID = /^[\w-]{1,64}$/;

export const isSafeId = (id: unknown): id is string => typeof id === "string" && SAFE_ID.test(id);

// Joins parts in order while they fit; the first that does not fit ends the list.
function joinWithin(parts: string[], maxBytes: number): string {
  let out = "";
  for (const part of parts) {
    const next = out ? `${out}|${part}` : part;
    if (next.length > maxBytes) break;
    out = next;
  }
  return out;
}

const distinct = <T>(items: T[], key: (item: T) => string): T[] => {
  const seen: Record<string, 1> = {};
  return items.filter((item) => {
    const k = `#${key(item)}`;
    if (seen[k]) return false;
    seen[k] = 1;
    return true;
  });
};

// `id:times:lastShown` with lastShown in epoch seconds, base 36; the most recently shown
// first, so the least recently shown is what the bound drops.
export function encodeViewed(entries: ViewedEntry[], maxBytes: number): string {
  const valid = entries.filter(
    (e) => isSafeId(e.id) && e.times >= 0 && e.lastShownAt >= 0 && isFinite(e.times + e.lastShownAt),
  );
  const recentFirst = valid.slice().sort((a, b) => b.lastShownAt - a.lastShownAt);
  const parts = distinct(recentFirst, (e) => e.id).map(
    (e) => `${e.id}:${Math.floor(e.times)}:${Math.floor(e.lastShownAt / 1000).toString(36)}`,
  );
  return joinWithin(parts, maxBytes);
}

export function decodeViewed(value: string | null): ViewedEntry[] {
  const entries: ViewedEntry[] = [];
  for (const part of (value || "").split("|")) {
    const m = /^([\w-]{1,64}):(\d{1,9}):([0-9a-z]{1,9})$/.exec(part);
    if (m) entries[entries.length] = { id: m[1], times: +m[2], lastShownAt: parseInt(m[3], 36) * 1000 };
  }
  return distinct(entries, (e) => e.id);
}

// Ids oldest first, as they were added; the bound drops the oldest.
export function encodeForbidden(ids: string[], maxBytes: number): string {
  const parts = distinct(ids.filter(isSafeId), (id) => id);
  return joinWithin(parts.reverse(), maxBytes).split("|").reverse().join("|");
}

export function decodeForbidden(value: string | null): string[] {
  return distinct((value || "").split("|").filter(isSafeId), (id) => id);
}

export const encodeTime = (ms: number | null): string =>
  ms !== null && ms >= 0 && isFinite(ms) ? String(Math.floor(ms)) : "";

export const decodeTime = (value: string | null): number | null =>
  value && /^\d{1,15}$/.test(value) ? +value : null;
