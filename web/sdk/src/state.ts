// WidgetState operations: what was shown, dismissed for good and when the feed was opened.
// Pure: the core keeps the value, storage.ts writes it.
import type { ViewedEntry, WidgetState } from "./types";
import { isObject } from "./safe";

export const emptyState = (): WidgetState => ({ viewed: [], forbidden: [], lastOpenedAt: null });

export function recordShow(state: WidgetState, id: string, now: number): WidgetState {
  const before = state.viewed.filter((e) => e.id === id)[0];
  const entry = { id, times: (before ? before.times : 0) + 1, lastShownAt: now };
  return { ...state, viewed: [...state.viewed.filter((e) => e.id !== id), entry] };
}

export function dismiss(state: WidgetState, id: string): WidgetState {
  if (state.forbidden.indexOf(id) >= 0) return state;
  return { ...state, forbidden: [...state.forbidden, id] };
}

export const markOpened = (state: WidgetState, now: number | null): WidgetState => ({
  ...state,
  lastOpenedAt: now,
});

const isTime = (x: unknown): x is number => typeof x === "number" && x >= 0 && isFinite(x);

// A state from elsewhere (the server, a host page) with anything malformed left out.
export function cleanState(x: unknown): WidgetState {
  if (!isObject(x)) return emptyState();
  const viewed = Array.isArray(x.viewed) ? x.viewed : [];
  const forbidden = Array.isArray(x.forbidden) ? x.forbidden : [];
  return {
    viewed: viewed.filter(
      (e): e is ViewedEntry =>
        isObject(e) && typeof e.id === "string" && isTime(e.times) && isTime(e.lastShownAt),
    ),
    forbidden: forbidden.filter((id): id is string => typeof id === "string"),
    lastOpenedAt: isTime(x.lastOpenedAt) ? x.lastOpenedAt : null,
  };
}

// The server refuses a request whose state holds more than 200 entries in a list, an id
// longer than 64 characters or a count above a million; the newest entries are sent.
const MAX_ENTRIES = 200;

export function stateForServer(state: WidgetState): WidgetState {
  const fits = (id: string) => id.length > 0 && id.length <= 64;
  return {
    viewed: state.viewed
      .filter((e) => fits(e.id))
      .sort((a, b) => b.lastShownAt - a.lastShownAt)
      .slice(0, MAX_ENTRIES)
      .map((e) => ({ ...e, times: Math.min(e.times, 1e6) })),
    forbidden: state.forbidden.filter(fits).slice(-MAX_ENTRIES),
    lastOpenedAt: state.lastOpenedAt,
  };
}

const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

// Union of forbidden ids, the larger view count and the later times.
export function mergeState(a: WidgetState, b: WidgetState): WidgetState {
  const viewed: ViewedEntry[] = a.viewed.map((e) => ({ ...e }));
  for (const e of b.viewed) {
    const mine = viewed.filter((v) => v.id === e.id)[0];
    if (!mine) viewed[viewed.length] = { ...e };
    else {
      mine.times = Math.max(mine.times, e.times);
      mine.lastShownAt = Math.max(mine.lastShownAt, e.lastShownAt);
    }
  }
  const forbidden = [...a.forbidden, ...b.forbidden].filter((id, i, all) => all.indexOf(id) === i);
  return {
    viewed,
    forbidden,
    lastOpenedAt: later(a.lastOpenedAt, b.lastOpenedAt),
  };
}
