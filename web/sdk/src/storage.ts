// Where the widget's state lives: in memory always, and in cookies when consent allows.
//
//   project mode  host said      cookies
//   always        nothing/true   yes
//   always        false          no (deleted at once)
//   host          true           yes
//   host          nothing/false  no (deleted at once when the host says false)
//   never         -              no (deleted)
//
// The session token is strictly necessary and is written whatever the consent. Until the
// boot answer tells the mode, existing cookies are read and nothing is written. The two
// analytics cookies (values from event_codec.ts) follow the same rules as the state.
import type { ConsentMode, WidgetState } from "./types";
import type { Jar } from "./cookie_jar";
import type { CookieKey, Registry } from "./registry";
import {
  decodeForbidden,
  decodeTime,
  decodeViewed,
  encodeForbidden,
  encodeTime,
  encodeViewed,
} from "./cookie_codec";
import { emptyState } from "./state";

export interface Storage {
  token(): string | null;
  state(): WidgetState;
  messageShownAt(): number | null;
  setToken(token: string): void;
  setState(state: WidgetState): void;
  setMessageShownAt(ms: number): void;
  setMode(mode: ConsentMode): void;
  setConsent(consent: boolean): void;
  // Forgets the state, here and in the cookies; the session and the analytics queue stay.
  reset(): void;
  // The analytics cookies' values, the queue's and the recently saved ids' (analytics.ts
  // keeps them within their bounds).
  events(): [string, string];
  setEvents(queue: string, saved: string): void;
}

const TOKEN = /^[\w.~-]+$/;
const STATE: CookieKey[] = ["boostedViewed", "boostedForbidden", "lastOpenedAt", "defaultMessageShowAt"];
const FUNCTIONALITY: CookieKey[] = [...STATE, "analyticsEvents", "recentlySavedEvent"];

export function createStorage(jar: Jar, registry: Registry | null): Storage {
  let mode: ConsentMode | null = null;
  let consent: boolean | null = null;
  const read = (key: CookieKey) => (registry ? jar.get(registry[key].name) : null);
  const readToken = read("token");
  let token = readToken && TOKEN.test(readToken) ? readToken : null;
  let state: WidgetState = {
    viewed: decodeViewed(read("boostedViewed")),
    forbidden: decodeForbidden(read("boostedForbidden")),
    lastOpenedAt: decodeTime(read("lastOpenedAt")),
  };
  let messageShownAt = decodeTime(read("defaultMessageShowAt"));
  let events = [read("analyticsEvents") || "", read("recentlySavedEvent") || ""] as [string, string];

  const persists = () => (mode === "always" ? consent !== false : mode === "host" && consent === true);

  function write(key: CookieKey, value: string) {
    if (!registry) return;
    const spec = registry[key];
    if (value && value.length <= spec.maxBytes) jar.set(spec.name, value, spec.maxAge);
    else if (jar.get(spec.name) !== null) jar.remove(spec.name);
  }

  function save() {
    if (!persists()) return;
    write("boostedViewed", encodeViewed(state.viewed, registry ? registry.boostedViewed.maxBytes : 0));
    write("boostedForbidden", encodeForbidden(state.forbidden, registry ? registry.boostedForbidden.maxBytes : 0));
    write("lastOpenedAt", encodeTime(state.lastOpenedAt));
    write("defaultMessageShowAt", encodeTime(messageShownAt));
  }

  function saveEvents() {
    if (!persists()) return;
    write("analyticsEvents", events[0]);
    write("recentlySavedEvent", events[1]);
  }

  const remove = (keys: CookieKey[]) => keys.forEach((key) => write(key, ""));

  // After the mode or the consent changed: write what memory holds, or take back what
  // was written. A host that has not spoken yet in "host" mode loses nothing: its
  // consent tool may answer a moment later on every page.
  function apply() {
    if (persists()) {
      save();
      saveEvents();
    } else if (mode === "never" || consent === false) remove(FUNCTIONALITY);
  }

  return {
    token: () => token,
    state: () => state,
    messageShownAt: () => messageShownAt,
    setToken(value) {
      token = value;
      if (TOKEN.test(value)) write("token", value);
    },
    setState(value) {
      state = value;
      save();
    },
    setMessageShownAt(ms) {
      messageShownAt = ms;
      save();
    },
    setMode(value) {
      mode = value;
      apply();
    },
    setConsent(value) {
      consent = value;
      apply();
    },
    reset() {
      state = emptyState();
      messageShownAt = null;
      remove(STATE);
    },
    events: () => events,
    setEvents(queue, saved) {
      events = [queue, saved];
      saveEvents();
    },
  };
}
