import { warnings } from "./quiet";
import { test } from "node:test";
import assert from "node:assert/strict";
import { createWidget } from "../src/widget";
import { createStorage } from "../src/storage";
import { createJar } from "../src/cookie_jar";
import type { Api } from "../src/api";
import type { BootAnswer, Interaction, UiCallbacks, UiOptions } from "../src/types";
import { fakeCookies } from "./fake_cookies";
import { fakeDocument, fakeTarget, fakeUi, tick } from "./fake_page";

const YEAR = 31536000;
const registry = {
  token: { name: "_JIMO_TOKEN", maxAge: null, maxBytes: 64 },
  boostedViewed: { name: "_JIMO_BOOSTED_VIEWED", maxAge: YEAR, maxBytes: 1024 },
  lastOpenedAt: { name: "_JIMO_LAST_OPENED_AT", maxAge: YEAR, maxBytes: 16 },
  boostedForbidden: { name: "_JIMO_BOOSTED_FORBIDDEN", maxAge: YEAR, maxBytes: 1024 },
  defaultMessageShowAt: { name: "_JIMO_DEFAULT_MESSAGE_SHOW_AT", maxAge: YEAR, maxBytes: 16 },
  analyticsEvents: { name: "_JIMO_ANALYTICS_EVENTS", maxAge: null, maxBytes: 3072 },
  recentlySavedEvent: { name: "_JIMO_RECENTLY_SAVED_EVENT", maxAge: null, maxBytes: 1024 },
};

const modal: Interaction = { id: "m1", format: "modal", postId: null, trigger: { type: "page_load" } };
const manual: Interaction = { id: "man", format: "snippet", postId: null, trigger: { type: "manual" } };

function bootAnswer(body: Record<string, unknown>): BootAnswer {
  const user = body.user as { id: string } | undefined;
  return {
    token: "tok_1",
    user: { id: user ? user.id : null, anonymousId: "anon", attributes: { plan: "pro" } },
    language: "fr",
    unreadCount: 2,
    feed: { posts: [{ id: "p1" }, { id: "p2" }, { id: "p3" }] as BootAnswer["feed"]["posts"], next: null },
    interactions: [modal],
    state: { viewed: [], forbidden: ["old"], lastOpenedAt: null },
    project: {
      name: "Acme",
      consentMode: "always",
      look: {
        accentColor: "#000",
        position: "bottom-right",
        launcher: true,
        badgeMessage: { text: "New!", repeat: "once" },
      },
    },
  };
}

function setup() {
  const calls: Array<[string, Record<string, unknown>]> = [];
  const tracked: Array<{ events: Array<Record<string, unknown>> }> = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const api: Api = {
    async post(path, body) {
      calls.push([path, body]);
      if (path === "/v1/widget/boot") {
        await gate;
        const user = body.user as { hash?: string } | undefined;
        return user && user.hash === "bad" ? null : bootAnswer(body);
      }
      if (path === "/v1/widget/interactions") return { interactions: [modal, manual] };
      if (path === "/v1/widget/state") return { viewed: [], forbidden: [], lastOpenedAt: null };
      return {};
    },
    get: async () => null,
    async events(body) {
      const sent = JSON.parse(body) as { events: Array<{ id: string }> };
      tracked.push(sent);
      return { status: 200, retryAfter: null, body: { saved: sent.events.map((e) => e.id), rejected: [] } };
    },
  };
  const doc = fakeCookies();
  const storage = createStorage(createJar(doc, false), registry);
  const { ui, log } = fakeUi();
  let options: UiOptions | null = null;
  const win = {
    ...fakeTarget(),
    document: fakeDocument(),
    location: { href: "https://app.example.com/" },
    navigator: { language: "fr-CA" },
    history: { pushState() {}, replaceState() {} },
  };
  const widget = createWidget({
    projectId: "wm_pk_1",
    api,
    storage,
    win: win as unknown as Window,
    createUi: (o) => {
      options = o;
      log.push("created");
      return ui;
    },
  });
  const callbacks = () => (options as unknown as UiOptions).callbacks as UiCallbacks;
  return { widget, calls, release, log, doc, storage, callbacks, win, tracked };
}

const get = (widget: { push(raw: unknown): void }, what: string) =>
  new Promise((resolve) => widget.push(["get", what, [resolve]]));

test("queued identify and language shape the one boot; waiting commands run after it", async () => {
  const { widget, calls, release, log } = setup();
  const seen: unknown[] = [];
  widget.push(["get", "widget:unreadCount", [(n: unknown) => seen.push(`unread ${n}`)]]);
  widget.push(["do", "identify", ["u1", { userHash: "good" }, () => seen.push("identified")]]);
  widget.push(["set", "core:language", ["de-DE"]]);
  widget.start();
  await tick();
  assert.deepEqual(seen, []);
  assert.deepEqual(log, []);
  release();
  await tick();
  const boots = calls.filter(([path]) => path === "/v1/widget/boot");
  assert.equal(boots.length, 1);
  const body = boots[0][1];
  assert.deepEqual(body.user, { id: "u1", hash: "good" });
  assert.equal(body.language, "de-DE");
  assert.equal(body.projectId, "wm_pk_1");
  assert.equal(typeof body.anonymousId, "string");
  assert.equal(body.url, "https://app.example.com/");
  assert.deepEqual(seen, ["unread 2", "identified"], "in the order pushed");
  assert.deepEqual(log.slice(0, 4), ["created", "unread 2", "posts", "badge New!"]);
});

test("a shown interaction is counted, saved in cookies and sent to the server", async () => {
  const { widget, calls, release, log, doc, callbacks } = setup();
  release();
  widget.start();
  await tick(5);
  assert.ok(log.includes("show m1"), log.join());
  callbacks().shown(modal, 0);
  const sent = calls.filter(([path]) => path === "/v1/widget/state").map(([, body]) => body);
  assert.equal(sent.length, 1);
  assert.equal((sent[0].viewed as Array<{ id: string; times: number }>)[0].times, 1);
  assert.equal(sent[0].token, "tok_1");
  assert.match(doc.jar.get("_JIMO_BOOSTED_VIEWED") || "", /^m1:1:/);
  assert.equal(doc.jar.get("_JIMO_TOKEN"), "tok_1");
  assert.equal(doc.jar.get("_JIMO_BOOSTED_FORBIDDEN"), "old");
  callbacks().ended(modal, "dismissed", 0);
  assert.equal(doc.jar.get("_JIMO_BOOSTED_FORBIDDEN"), "old|m1");
});

test("opening the feed clears unread, records the time and tells the host", async () => {
  const { widget, calls, release, log, doc } = setup();
  const seen: unknown[] = [];
  widget.push(["on", "widget:opened", [() => seen.push("opened")]]);
  release();
  widget.start();
  await tick();
  widget.push(["do", "widget:open", []]);
  assert.deepEqual(seen, ["opened"]);
  assert.ok(log.includes("open") && log.includes("unread 0"));
  assert.equal(await get(widget, "widget:unreadCount"), 0);
  const opened = await get(widget, "widget:lastOpenDate");
  assert.equal(typeof opened, "number");
  assert.equal(doc.jar.get("_JIMO_LAST_OPENED_AT"), String(opened));
  assert.ok(calls.some(([path, body]) => path === "/v1/widget/state" && body.lastOpenedAt === opened));
  widget.push(["do", "widget:reset-last-open", []]);
  assert.equal(await get(widget, "widget:lastOpenDate"), null);
  assert.equal(await get(widget, "widget:unreadCount"), 3);
  assert.ok(calls.some(([path, body]) => path === "/v1/widget/state" && body.resetLastOpened === true));
});

test("a refused identify keeps the session and still calls back", async () => {
  const { widget, calls, release } = setup();
  release();
  widget.start();
  await tick();
  assert.equal(await get(widget, "user:id"), null);
  const before = warnings.length;
  await new Promise((resolve) => widget.push(["do", "identify", ["u2", { userHash: "bad" }, resolve]]));
  assert.equal(await get(widget, "user:id"), null);
  assert.ok(warnings.length > before);
  widget.push(["set", "core:language", ["it"]]);
  await tick();
  const boots = () => calls.filter(([path]) => path === "/v1/widget/boot").map(([, body]) => body);
  assert.equal(boots().length, 3);
  assert.equal(boots()[2].user, undefined, "the next boot is anonymous again");
  assert.equal(boots()[2].language, "it");
  await new Promise((resolve) => widget.push(["do", "identify", ["u3", { userHash: "good" }, resolve]]));
  assert.equal(await get(widget, "user:id"), "u3");
  await new Promise((resolve) => widget.push(["do", "identify", ["u3", resolve]]));
  assert.equal(boots().length, 4, "identifying the same user again does not boot again");
});

test("boosted:trigger asks the server and shows a manual interaction", async () => {
  const { widget, calls, release, log } = setup();
  release();
  widget.start();
  await tick();
  widget.push(["do", "boosted:trigger", [{ interactionId: "man", ignoreRecurrence: true }]]);
  await tick();
  const asked = calls.filter(([path]) => path === "/v1/widget/interactions").map(([, body]) => body);
  assert.deepEqual(asked[0].trigger, { interactionId: "man", ignoreRecurrence: true });
  assert.ok(log.includes("show man"), log.join());
});

test("storage:reset forgets the state and tells the server; kill ends everything", async () => {
  const { widget, calls, release, log, doc, storage } = setup();
  release();
  widget.start();
  await tick();
  widget.push(["do", "storage:reset", []]);
  assert.deepEqual(storage.state(), { viewed: [], forbidden: [], lastOpenedAt: null });
  assert.equal(doc.jar.has("_JIMO_BOOSTED_FORBIDDEN"), false);
  assert.ok(calls.some(([path, body]) => path === "/v1/widget/state" && body.reset === true));
  widget.kill();
  assert.ok(log.includes("destroy"));
  const count = calls.length;
  widget.push(["do", "boosted:refresh", []]);
  await tick();
  assert.equal(calls.length, count);
});

test("analytics events come when the host's events do, as the boot's user, and go on pagehide", async () => {
  const { widget, release, callbacks, win, tracked } = setup();
  release();
  widget.start();
  await tick(5);
  const cb = callbacks();
  cb.shown(modal, 0);
  cb.clicked!(modal, 0, 0);
  cb.ended(modal, "completed", 0);
  cb.shown(manual, 0);
  cb.clicked!(manual, 1, 0);
  cb.ended(manual, "dismissed", 0);
  cb.ended(modal, "snoozed", 0);
  widget.push(["do", "widget:open", []]);
  await cb.react("p1", "like", true);
  widget.push(["do", "track", ["checkout", { plan: "pro" }]]);
  await tick();
  assert.deepEqual(tracked.map((batch) => batch.events.length), [10], "the tenth event sends them");
  widget.push(["do", "track", ["signup"]]);
  await tick();
  assert.equal(tracked.length, 1, "the eleventh waits");
  win.dispatch("pagehide");
  await tick();
  assert.deepEqual(tracked.map((batch) => batch.events.length), [10, 1]);
  const events = [...tracked[0].events, ...tracked[1].events];
  assert.ok(events.every((e) => e.anonymousId === "anon" && e.userId === undefined));
  assert.deepEqual(
    events.map(({ type, interactionId, postId, name, props }) => [type, interactionId || postId || name, props]),
    [
      ["view", "m1", { step: 0 }],
      ["click", "m1", { button: "primary", step: 0 }],
      ["complete", "m1", undefined],
      ["view", "man", { step: 0 }],
      ["click", "man", { button: "secondary", step: 0 }],
      ["dismiss", "man", { forever: true }],
      ["dismiss", "m1", { forever: false }],
      ["open", undefined, undefined],
      ["reaction", "p1", { reaction: "like", on: true }],
      ["track", "checkout", { plan: "pro" }],
      ["track", "signup", undefined],
    ],
  );
  widget.kill();
  cb.shown(modal, 0);
  win.dispatch("pagehide");
  await tick();
  assert.equal(tracked.length, 2, "nothing after kill");
});

test("an identified user's analytics events carry the product's user id", async () => {
  const { widget, release, win, tracked } = setup();
  widget.push(["do", "identify", ["u1", { userHash: "good" }]]);
  widget.push(["do", "track", ["checkout"]]);
  release();
  widget.start();
  await tick(5);
  win.dispatch("pagehide");
  await tick();
  const [event] = tracked[0].events;
  assert.equal(event.userId, "u1");
  assert.equal(event.anonymousId, undefined);
  assert.equal(event.name, "checkout");
});
