import { warnings } from "./quiet";
import { test } from "node:test";
import assert from "node:assert/strict";
import { createAnalytics, QUEUE_BYTES } from "../src/analytics";
import type { Analytics } from "../src/analytics";
import type { EventsAnswer } from "../src/api";
import { createJar } from "../src/cookie_jar";
import { registry } from "./test_registry";
import { createStorage } from "../src/storage";
import type { ConsentMode } from "../src/types";
import { uuidTime } from "../src/uuid7";
import { fakeClock, settled } from "./fake_clock";
import { fakeCookies } from "./fake_cookies";
import { fakeTarget } from "./fake_page";

const QUEUE = "_JIMO_ANALYTICS_EVENTS";
const SAVED = "_JIMO_RECENTLY_SAVED_EVENT";
const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Event = Record<string, unknown> & { id: string };
interface Sent {
  projectId: string;
  events: Event[];
}
// How the fake server answers one request.
type Reply = (sent: Sent) => EventsAnswer | "network failure";

const saveAll: Reply = (s) => ({
  status: 200,
  retryAfter: null,
  body: { saved: s.events.map((e) => e.id), rejected: [] },
});
const status =
  (code: number, retryAfter: string | null = null): Reply =>
  () => ({ status: code, retryAfter, body: { type: "about:blank", title: "no" } });
const networkFailure: Reply = () => "network failure";

interface Options {
  cookies?: Record<string, string>;
  mode?: ConsentMode;
  doc?: ReturnType<typeof fakeCookies>;
}

// An analytics queue on fake cookies, a fake window and a fake server; the test's body
// runs with the fake clock, which is put back after it.
function analyticsTest(name: string, body: (env: ReturnType<typeof setup>) => Promise<void>) {
  test(name, async () => {
    const env = setup();
    try {
      await body(env);
    } finally {
      env.stopAll();
      env.clock.restore();
    }
  });
}

function setup() {
  const clock = fakeClock();
  const sent: Sent[] = [];
  let replies: Reply[] = [];
  let instances: Analytics[] = [];
  function start({ cookies = {}, mode = "always", doc = fakeCookies(cookies) }: Options = {}) {
    const storage = createStorage(createJar(doc, false), registry);
    storage.setMode(mode);
    const win = fakeTarget();
    const analytics = createAnalytics({
      projectId: "wm_pk_1",
      storage,
      win: win as unknown as Window,
      async send(body) {
        const parsed = JSON.parse(body) as Sent;
        sent.push(parsed);
        const reply = replies[0] || saveAll;
        replies = replies.slice(1);
        const answer = reply(parsed);
        if (answer === "network failure") throw new TypeError("Failed to fetch");
        return answer;
      },
    });
    instances = [...instances, analytics];
    return { analytics, doc, storage, win };
  }
  return {
    clock,
    sent,
    start,
    // The next requests are answered so, in order; then every event is saved.
    reply: (...next: Reply[]) => (replies = [...replies, ...next]),
    ids: (i: number) => sent[i].events.map((e) => e.id),
    stopAll: () => instances.forEach((a) => a.stop()),
  };
}

const anonymous = { id: null, anonymousId: "anon-1" };
const view = (interactionId: string) => ({ interactionId, props: { step: 0 } });

analyticsTest("nothing is sent before the boot answer; then 3 s after the first event, as that user", async (env) => {
  const { analytics } = env.start();
  analytics.add("view", view("i1"));
  analytics.add("open");
  await env.clock.advance(10000);
  assert.equal(env.sent.length, 0);
  analytics.setUser(anonymous);
  assert.deepEqual(env.clock.pending(), [3000]);
  analytics.add("complete", { interactionId: "i1" });
  await env.clock.advance(2999);
  assert.equal(env.sent.length, 0);
  await env.clock.advance(1);
  assert.equal(env.sent.length, 1);
  assert.equal(env.sent[0].projectId, "wm_pk_1");
  const events = env.sent[0].events;
  events.forEach((e) => assert.match(e.id, UUID7));
  events.forEach((e) => assert.equal(e.ts, uuidTime(e.id)));
  assert.deepEqual(
    events.map(({ id, ts, ...rest }) => rest),
    [
      { type: "view", interactionId: "i1", props: { step: 0 }, anonymousId: "anon-1" },
      { type: "open", anonymousId: "anon-1" },
      { type: "complete", interactionId: "i1", anonymousId: "anon-1" },
    ],
  );
  assert.deepEqual(env.clock.pending(), [], "all saved: nothing left to wait for");
});

analyticsTest("an identified user's events carry userId, not the anonymous id", async (env) => {
  const { analytics, win } = env.start();
  analytics.setUser({ id: "u1", anonymousId: "anon-1" });
  analytics.add("track", { name: "checkout", props: { plan: "pro" } });
  win.dispatch("pagehide");
  await settled();
  const [{ id, ts, ...rest }] = env.sent[0].events;
  assert.deepEqual(rest, { type: "track", name: "checkout", props: { plan: "pro" }, userId: "u1" });
});

analyticsTest("the tenth waiting event sends the queue at once", async (env) => {
  const { analytics } = env.start();
  analytics.setUser(anonymous);
  for (let i = 0; i < 9; i++) analytics.add("view", view(`i${i}`));
  await settled();
  assert.equal(env.sent.length, 0);
  analytics.add("view", view("i9"));
  await settled();
  assert.equal(env.sent.length, 1);
  assert.equal(env.sent[0].events.length, 10);
  assert.deepEqual(env.clock.pending(), []);
});

analyticsTest("pagehide sends what waits at once", async (env) => {
  const { analytics, win } = env.start();
  analytics.setUser(anonymous);
  analytics.add("open");
  win.dispatch("pagehide");
  await settled();
  assert.equal(env.sent.length, 1);
  assert.equal(env.sent[0].events[0].type, "open");
});

analyticsTest("a queue that outgrows its cookie is sent at once, before ten events", async (env) => {
  const { analytics } = env.start();
  analytics.setUser(anonymous);
  const big = { props: { note: "x".repeat(700) } };
  for (let i = 0; i < 4; i++) analytics.add("track", { name: `t${i}`, ...big });
  await settled();
  assert.equal(env.sent.length, 0);
  analytics.add("track", { name: "t4", ...big });
  await settled();
  assert.equal(env.sent.length, 1);
  assert.deepEqual(
    env.sent[0].events.map((e) => e.name),
    ["t0", "t1", "t2", "t3", "t4"],
  );
});

analyticsTest("saved ids go to the recently-saved cookie and leave the queue's", async (env) => {
  const { analytics, doc, win } = env.start();
  analytics.setUser(anonymous);
  analytics.add("view", view("i1"));
  analytics.add("open");
  assert.equal((doc.jar.get(QUEUE) || "").split("|").length, 2, "the unsent events are in the cookie");
  win.dispatch("pagehide");
  await settled();
  const ids = env.ids(0);
  assert.equal(doc.jar.has(QUEUE), false);
  assert.equal(doc.jar.get(SAVED), ids.join("|"));
  const written = doc.writes.filter((w) => !w.endsWith("Max-Age=0"));
  assert.ok(written.length >= 3 && written.every((w) => w.startsWith(`${QUEUE}=`) || w.startsWith(`${SAVED}=`)));
  written.forEach((w) => assert.match(w, /^[^;]+; Path=\/; SameSite=Lax$/, "session cookies"));
});

analyticsTest("a reload drops queued events whose ids the server already saved", async (env) => {
  const first = env.start();
  first.analytics.setUser(anonymous);
  first.analytics.add("view", view("i1"));
  first.analytics.add("view", view("i2"));
  const queued = first.doc.jar.get(QUEUE) || "";
  first.win.dispatch("pagehide");
  await settled();
  const [savedId, otherId] = env.ids(0);
  // The answer was saved for the first event only, as if the page had gone before it
  // could update the queue's cookie.
  const doc = fakeCookies({ [QUEUE]: queued, [SAVED]: savedId });
  const reloaded = env.start({ doc });
  reloaded.analytics.setUser(anonymous);
  reloaded.win.dispatch("pagehide");
  await settled();
  assert.equal(env.sent.length, 2);
  assert.deepEqual(env.ids(1), [otherId], "the saved one is not sent again, the other keeps its id");
});

analyticsTest("rejected events are dropped with a warning; events the answer leaves out go again", async (env) => {
  const { analytics, win } = env.start();
  analytics.setUser(anonymous);
  analytics.add("view", view("i1"));
  analytics.add("view", view("i2"));
  analytics.add("view", view("i3"));
  const before = warnings.length;
  env.reply((s) => ({
    status: 200,
    retryAfter: null,
    body: { saved: [s.events[0].id], rejected: [{ id: s.events[1].id, field: "events[1].ts", reason: "too old" }] },
  }));
  win.dispatch("pagehide");
  await settled();
  assert.equal(warnings.length, before + 1);
  assert.match(String(warnings[before][1]), /rejected/);
  assert.deepEqual(env.clock.pending(), [3000], "the third one waits for the next batch");
  await env.clock.advance(3000);
  assert.deepEqual(env.ids(1), [env.ids(0)[2]]);
});

analyticsTest("400 and 413 drop the batch with a warning, and nothing is retried", async (env) => {
  for (const code of [400, 413]) {
    const { analytics, doc, win } = env.start();
    analytics.setUser(anonymous);
    analytics.add("open");
    env.reply(status(code));
    const before = warnings.length;
    win.dispatch("pagehide");
    await settled();
    assert.equal(warnings.length, before + 1, String(code));
    assert.deepEqual(env.clock.pending(), [], String(code));
    assert.equal(doc.jar.has(QUEUE), false, String(code));
  }
  await env.clock.advance(120000);
  assert.equal(env.sent.length, 2);
});

analyticsTest("429/503 wait for Retry-After at least, then send the same ids again", async (env) => {
  const random = Math.random;
  Math.random = () => 0.5;
  try {
    const { analytics, win } = env.start();
    analytics.setUser(anonymous);
    analytics.add("open");
    analytics.add("view", view("i1"));
    env.reply(status(503, "30"), status(429, "2"));
    win.dispatch("pagehide");
    await settled();
    assert.deepEqual(env.clock.pending(), [30000], "Retry-After beats the jitter (500 ms)");
    await env.clock.advance(29999);
    assert.equal(env.sent.length, 1);
    await env.clock.advance(1);
    assert.equal(env.sent.length, 2);
    assert.deepEqual(env.ids(1), env.ids(0));
    // Second failure: the backoff (up to 2 s, half of it with this jitter) is below 2 s.
    assert.deepEqual(env.clock.pending(), [2000]);
    await env.clock.advance(2000);
    assert.deepEqual(env.ids(2), env.ids(0));
    assert.deepEqual(env.clock.pending(), []);
  } finally {
    Math.random = random;
  }
});

analyticsTest("failures back off exponentially, full jitter, 60 s at most; nothing cuts a backoff short", async (env) => {
  const random = Math.random;
  try {
    for (const [jitter, expected] of [
      [1, [1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]],
      [0.25, [250, 500, 1000, 2000, 4000, 8000, 15000, 15000]],
    ] as const) {
      Math.random = () => jitter;
      const { analytics, win } = env.start();
      analytics.setUser(anonymous);
      analytics.add("open");
      const first = env.sent.length;
      const delays: number[] = [];
      env.reply(...expected.map(() => networkFailure));
      win.dispatch("pagehide");
      await settled();
      for (let i = 0; i < expected.length; i++) {
        delays.push(...env.clock.pending());
        if (i == 2) {
          // Neither pagehide nor ten more events send during a backoff.
          win.dispatch("pagehide");
          for (let j = 0; j < 10; j++) analytics.add("view", view(`i${j}`));
          await settled();
          assert.equal(env.sent.length, first + 3);
        }
        await env.clock.advance(env.clock.pending()[0]);
      }
      assert.deepEqual(delays, expected);
      const retries = env.sent.slice(first).map((s) => s.events[0].id);
      assert.ok(retries.every((id) => id === retries[0]), "the same id every time");
      analytics.stop();
    }
  } finally {
    Math.random = random;
  }
});

analyticsTest("while sending fails, a full queue drops its oldest events and says so once", async (env) => {
  const { analytics, doc } = env.start();
  analytics.setUser(anonymous);
  env.reply(...Array.from({ length: 5 }, () => networkFailure));
  const big = (i: number) => ({ name: `t${i}`, props: { note: "x".repeat(700) } });
  const before = warnings.length;
  for (let i = 0; i < 5; i++) analytics.add("track", big(i));
  await settled();
  assert.equal(env.sent.length, 1, "full: sent at once, and it failed");
  for (let i = 5; i < 12; i++) analytics.add("track", big(i));
  assert.equal(warnings.length, before + 1, "one warning");
  assert.match(String(warnings[before][1]), /full/);
  const cookie = doc.jar.get(QUEUE) || "";
  assert.ok(cookie.length <= QUEUE_BYTES && cookie.length > 2000, String(cookie.length));
  await env.clock.advance(env.clock.pending()[0]);
  const names = env.sent[1].events.map((e) => e.name);
  assert.deepEqual(names, ["t8", "t9", "t10", "t11"], "the newest that fit");
});

analyticsTest("without consent the queue lives in memory only, and is still sent", async (env) => {
  for (const mode of ["never", "host"] as const) {
    const { analytics, doc, storage, win } = env.start({ mode });
    analytics.setUser(anonymous);
    analytics.add("open");
    analytics.add("view", view("i1"));
    assert.deepEqual(doc.writes, [], mode);
    if (mode === "host") {
      storage.setConsent(true);
      assert.equal((doc.jar.get(QUEUE) || "").split("|").length, 2, "written once the host consents");
      storage.setConsent(false);
      assert.equal(doc.jar.size, 0, "and taken back when it withdraws");
    }
    const writes = doc.writes.length;
    win.dispatch("pagehide");
    await settled();
    assert.equal(env.sent[env.sent.length - 1].events.length, 2, mode);
    assert.equal(doc.writes.length, writes, mode);
  }
});

analyticsTest("stop sends nothing more and lets go of the page", async (env) => {
  const { analytics, win } = env.start();
  analytics.setUser(anonymous);
  analytics.add("open");
  assert.equal(win.listeners.length, 1);
  analytics.stop();
  assert.equal(win.listeners.length, 0);
  assert.deepEqual(env.clock.pending(), []);
  analytics.add("open");
  await env.clock.advance(60000);
  assert.equal(env.sent.length, 0);
});

analyticsTest("a host's props are copied when the event is made; props that are not JSON throw", async (env) => {
  const { analytics, doc, win } = env.start();
  analytics.setUser(anonymous);
  const props: Record<string, unknown> = { step: 1 };
  analytics.add("track", { name: "a", props });
  props.step = 2;
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const cookie = doc.jar.get(QUEUE);
  assert.throws(() => analytics.add("track", { name: "b", props: cyclic }));
  assert.throws(() => analytics.add("track", { name: "lone \ud800" }));
  assert.equal(doc.jar.get(QUEUE), cookie);
  win.dispatch("pagehide");
  await settled();
  assert.deepEqual(
    env.sent[0].events.map((e) => [e.name, e.props]),
    [["a", { step: 1 }]],
  );
});
