// The SDK's analytics end to end: the real server, its sdk.js, a host page on another
// origin, in chromium. Views, dismissals, opens and custom events reach the server once,
// through `_JIMO_ANALYTICS_EVENTS` and `_JIMO_RECENTLY_SAVED_EVENT`, across reloads and
// refusals.
//   WAYMARK_BINARY=build/release/waymark node --test tests/e2e/analytics_test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  createProject,
  hostPage,
  publishInteraction,
  startWidgetScene,
} from "./scene.mjs";

let scene, server, host, api, browser;

before(async () => {
  scene = await startWidgetScene();
  ({ server, host, api, browser } = scene);
});

after(() => scene?.stop());

async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Every batch the page sends, with the server's status.
  const sent = [];
  page.on("requestfinished", async (request) => {
    if (request.url() !== `${server.url}/v1/events`) return;
    const response = await request.response();
    sent.push({ status: response.status(), body: JSON.parse(request.postData()) });
  });
  return { page, context, errors, sent };
}

const totals = async (project) =>
  (await api.get(`/api/v1/projects/${project.id}/analytics`)).totals;

async function until(what, check, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const cookie = async (context, name) =>
  decodeURIComponent((await context.cookies()).find((c) => c.name === name)?.value ?? "");

test("views, dismissals and custom events are saved once, and a reload sends none again", async () => {
  const project = await createProject(api, host.origin);
  const id = await publishInteraction(api, project.id, { title: "Meet the new editor" });
  const { page, context, errors, sent } = await openPage();
  await page.goto(host.add(hostPage({ server, key: project.key })));
  const modal = page.locator("[data-waymark] .cd").filter({ hasText: "Meet the new editor" });
  await modal.waitFor({ state: "visible" });
  await modal.getByRole("button", { name: "Don't show again" }).click();
  await page.evaluate(() => jimo.push(["do", "track", ["exported_report", { rows: 3 }]]));

  // Sent within the 3 s of the queue's timer, and answered.
  await until("the events to be saved", async () => {
    const t = await totals(project);
    return t.view === 1 && t.dismiss === 1 && t.exported_report === 1;
  });
  // The page's record of a batch lands after its response is read, which can be after
  // the totals show it.
  await until("the batches to be recorded", () => sent.flatMap((s) => s.body.events).length >= 3);
  const saved = sent.flatMap((s) => s.body.events.map((e) => e.id));
  assert.ok(sent.every((s) => s.status === 200));
  assert.deepEqual(
    sent.flatMap((s) => s.body.events.map((e) => e.type)).sort(),
    ["dismiss", "track", "view"],
  );
  assert.ok(saved.every((x) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(x)));
  assert.ok(sent.every((s) => s.body.events.every((e) => e.interactionId === undefined || e.interactionId === id)));
  const recent = await cookie(context, "_JIMO_RECENTLY_SAVED_EVENT");
  for (const x of saved) assert.ok(recent.includes(x), `${x} is remembered as saved`);
  assert.equal(await cookie(context, "_JIMO_ANALYTICS_EVENTS"), "", "nothing left to send");

  // A reload: nothing new happened, so nothing is sent, and nothing is counted twice.
  const before = sent.length;
  await page.reload();
  await page.locator("[data-waymark] button.la").waitFor({ state: "visible" });
  await new Promise((done) => setTimeout(done, 3500));
  assert.equal(sent.length, before);
  assert.deepEqual(await totals(project), { view: 1, dismiss: 1, exported_report: 1 });
  assert.deepEqual(errors, []);
  await context.close();
});

test("events queued when the page goes away are sent on pagehide", async () => {
  const project = await createProject(api, host.origin);
  const { page, context } = await openPage();
  await page.goto(host.add(hostPage({ server, key: project.key })));
  await page.locator("[data-waymark] button.la").click();  // the widget opens
  await page.evaluate(() => jimo.push(["do", "track", ["left_quickly"]]));
  await page.goto("about:blank");  // at once: before the 3 s timer
  await until("the queue to be flushed on pagehide", async () => {
    const t = await totals(project);
    return t.open === 1 && t.left_quickly === 1;
  });
  await context.close();
});

test("a 503 with Retry-After is retried later with the same ids, and counted once", async () => {
  const project = await createProject(api, host.origin);
  const { page, context, sent } = await openPage();
  let refused = 0;
  await page.route(`${server.url}/v1/events`, async (route) => {
    if (refused++ === 0) {
      await route.fulfill({
        status: 503,
        headers: {
          "Access-Control-Allow-Origin": host.origin,
          "Access-Control-Expose-Headers": "Retry-After",
          "Retry-After": "1",
          "Content-Type": "application/problem+json",
        },
        body: JSON.stringify({ status: 503, title: "Service Unavailable" }),
      });
    } else {
      await route.continue();
    }
  });
  await page.goto(host.add(hostPage({ server, key: project.key })));
  await page.locator("[data-waymark] button.la").waitFor({ state: "visible" });
  const sentAt = Date.now();
  await page.evaluate(() => {
    for (let i = 0; i < 10; i++) jimo.push(["do", "track", ["burst", { i }]]);  // 10: at once
  });
  await until("the retry to be saved", async () => (await totals(project)).burst === 10);
  assert.ok(Date.now() - sentAt >= 1000, "not before Retry-After");
  assert.equal(refused, 2);
  await until("both batches to be recorded", () => sent.length >= 2);
  assert.deepEqual(sent.map((s) => s.status), [503, 200]);
  const ids = sent.map((s) => s.body.events.map((e) => e.id).sort().join());
  assert.equal(ids[0], ids[1], "the retry carries the same ids");
  await context.close();
});
