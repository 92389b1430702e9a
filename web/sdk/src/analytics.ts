// Analytics events (docs/sdk.md, "Analytics events"). Each event gets a UUIDv7 id and
// waits in a queue, kept in the analytics cookie, until POST /v1/events has it. The queue
// goes 3 s after an event, at once at 10 events or when it outgrows its cookie, and on
// pagehide. A failure is retried with the same ids after an exponential backoff with full
// jitter, never before the server's Retry-After; meanwhile a full queue drops its oldest
// events. Ids the server acknowledged go into the recently-saved cookie, so a reload does
// not send them again.
import type { EventsAnswer } from "./api";
import type { Storage } from "./storage";
import type { AnalyticsEvent, EventType } from "./event_codec";
import { decodeEvents, encodeEvents, newestWithin } from "./event_codec";
import { decodeForbidden, encodeForbidden } from "./cookie_codec";
import { uuid7, uuidTime } from "./uuid7";
import { guard, isObject, jsonParse, jsonStringify, list, warn } from "./safe";

export type EventFields = Pick<AnalyticsEvent, "interactionId" | "postId" | "name" | "props">;

export interface Analytics {
  add(type: EventType, fields?: EventFields): void;
  // Whose events they are: the boot answer's user. Nothing is sent before it.
  setUser(user: Record<string, unknown> | null): void;
  // Nothing more is sent; the queue stays in its cookie for the next instance.
  stop(): void;
}

export interface AnalyticsDeps {
  projectId: string;
  storage: Storage;
  send(body: string): Promise<EventsAnswer>;
  win: Pick<Window, "addEventListener" | "removeEventListener">;
}

// The cookies' bounds, as the registry declares them.
export const QUEUE_BYTES = 3072;
const SAVED_BYTES = 1024;
const FLUSH_MS = 3000;
const BATCH = 10;
const BASE_MS = 1000;
const CAP_MS = 60000;

export function createAnalytics({ projectId, storage, send, win }: AnalyticsDeps): Analytics {
  const [storedQueue, storedSaved] = storage.events();
  let saved = decodeForbidden(storedSaved);
  let queue = decodeEvents(storedQueue).filter((e) => saved.indexOf(e.id) < 0); // oldest first
  let flying: AnalyticsEvent[] = []; // sent, not answered yet
  let user: Record<string, unknown> | null = null;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | 0 = 0;
  let backingOff = false;
  let stopped = false;
  let warnedFull = false;

  // One timer: the 3 s wait, or a backoff that nothing cuts short.
  function wait(ms: number, backoff: boolean) {
    clearTimeout(timer);
    backingOff = backoff;
    timer = setTimeout(
      guard(() => {
        timer = 0;
        backingOff = false;
        flush();
      }),
      ms,
    );
  }

  // The whole queue in one request: its bound (3 KB of compact events, so under a
  // hundred) keeps it far below the server's 500 events and keepalive's 64 KB.
  function flush() {
    const batch = queue;
    if (stopped || backingOff || !user || !batch.length) return;
    const who = typeof user.id == "string" ? { userId: user.id } : { anonymousId: user.anonymousId };
    const body = jsonStringify({ projectId, events: batch.map((e) => ({ ...e, ts: uuidTime(e.id), ...who })) });
    clearTimeout(timer);
    timer = 0;
    queue = [];
    flying = [...flying, ...batch];
    send(body).then(
      (answer) => answered(batch, answer),
      () => answered(batch, null),
    );
  }

  const answered = guard((batch: AnalyticsEvent[], answer: EventsAnswer | null) => {
    flying = flying.filter((e) => batch.indexOf(e) < 0);
    if (stopped) return;
    const status = answer ? answer.status : 0;
    const body = answer && isObject(answer.body) ? answer.body : null;
    let again = batch;
    if (status == 200 && body) {
      const ok = list<string>(body.saved); // encodeForbidden keeps the well-formed ones
      const rejected = list(body.rejected);
      if (rejected.length) warn("analytics events rejected", rejected);
      const done = [...ok, ...rejected.map((r) => isObject(r) && r.id)];
      // An event the answer does not name goes again with the next batch.
      again = batch.filter((e) => done.indexOf(e.id) < 0);
      saved = [...saved, ...ok].slice(-50);
      failures = 0;
      warnedFull = false;
    } else if (status == 400 || status == 413) {
      warn(`analytics events refused (${status})`, body);
      again = [];
    } else {
      // 429, 5xx, a network failure, or an answer CORS keeps from the page: later.
      const after = (answer && answer.retryAfter) || "";
      const floor = /^\d+$/.test(after) ? +after * 1000 : 0;
      wait(Math.max(floor, Math.random() * Math.min(CAP_MS, BASE_MS * 2 ** failures++)), true);
    }
    queue = [...again, ...queue];
    settle();
  });

  // After a change: sends what is due, keeps the queue within its bound, saves it.
  function settle() {
    if (queue.length >= BATCH || encodeEvents(queue).length > QUEUE_BYTES) flush();
    const kept = newestWithin(queue, QUEUE_BYTES);
    if (kept.length < queue.length && !warnedFull) {
      warn("analytics queue full: the oldest events are dropped");
      warnedFull = true;
    }
    queue = kept;
    const cookie = encodeEvents(newestWithin([...flying, ...queue], QUEUE_BYTES));
    storage.setEvents(cookie, encodeForbidden(saved, SAVED_BYTES));
    if (!timer && user && queue.length) wait(FLUSH_MS, false);
  }

  const onHide = guard(flush);
  win.addEventListener("pagehide", onHide);

  return {
    // What throws here (a host's props that are not JSON, a lone surrogate in a name)
    // leaves the queue as it was; the caller's guard says so.
    add(type, fields = {}) {
      if (stopped) return;
      // A copy: the host may change its object later.
      const props = fields.props && jsonParse(jsonStringify(fields.props));
      const event: AnalyticsEvent = { ...fields, id: uuid7(), type, props };
      encodeEvents([event]); // throws here, not in every settle() to come
      queue = [...queue, event];
      settle();
    },
    setUser(value) {
      user = value;
      settle();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      win.removeEventListener("pagehide", onHide);
    },
  };
}
