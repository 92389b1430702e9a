// The widget end to end: the real server, its sdk.js, and a host page on another origin
// that installs it with the snippet of docs/sdk.md, in chromium.
//   WAYMARK_BINARY=build/release/waymark node --test tests/e2e/widget_test.mjs
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import {
  browserTestWith,
  createProject,
  hostPage,
  identitySecret,
  publishInteraction,
  publishPost,
  recordEvents,
  startWidgetScene,
} from "./scene.mjs";

let scene, server, host, api, browser;

before(async () => {
  scene = await startWidgetScene();
  ({ server, host, api, browser } = scene);
});

after(() => scene?.stop());

const browserTest = browserTestWith(() => browser, () => server);

const isWidgetCall = (path) => (r) => r.url() === server.url + path && r.request().method() === "POST";

// Navigates (or reloads) and resolves to the boot call: {status, json, blocked}; blocked
// when the browser kept the answer from the page (CORS).
async function booted(page, navigate) {
  const isBoot = (r) => r.url() === server.url + "/v1/widget/boot" && r.method() === "POST";
  const waits = ["requestfinished", "requestfailed"].map((event) => page.waitForEvent(event, isBoot));
  waits.forEach((w) => w.catch(() => {})); // the one that loses the race times out later
  await navigate();
  const request = await Promise.race(waits);
  const response = await request.response().catch(() => null);
  const json = response && !request.failure() ? await response.json().catch(() => null) : null;
  return { status: response ? response.status() : 0, json, blocked: !!request.failure() };
}
const load = (page, url) => booted(page, () => page.goto(url));
const reload = (page) => booted(page, () => page.reload());

// The launcher is drawn, and interactions due at page load have had time to show.
async function settled(page) {
  await page.waitForFunction(() => performance.getEntriesByName("waymark:drawn").length > 0);
  await page.waitForTimeout(500);
}

// What the launcher's badge says, read through the widget's open shadow root: null when
// there is no widget, "" when the badge is hidden.
const badge = (page) =>
  page.evaluate(() => {
    const root = document.querySelector("[data-waymark]")?.shadowRoot;
    const b = root && root.querySelector("button.la .bg");
    return !b ? null : b.hidden ? "" : b.textContent;
  });

// An interaction's card, found by its title inside the widget.
const card = (page, title) => page.locator("[data-waymark] .cd").filter({ hasText: title });
const launcher = (page) => page.locator("[data-waymark] button.la");

// `jimo.push(["get", what, [callback]])`, resolved with what the callback gets.
const get = (page, what) =>
  page.evaluate(
    (what) =>
      new Promise((done, fail) => {
        setTimeout(() => fail(new Error(`get ${what}: no answer`)), 3000);
        window.jimo.push(["get", what, [done]]);
      }),
    what,
  );

const shownIds = (page) =>
  page.evaluate(() => window.widgetEvents.filter((e) => e[0] == "boosted:shown").map((e) => e[1].interactionId));

// The host origin's cookies, by name.
async function cookies(page) {
  const all = await page.context().cookies(host.origin);
  return Object.fromEntries(all.map((c) => [c.name, c.value]));
}
const ids = (value) => (value || "").split("|").map((entry) => entry.split(":")[0]).filter(Boolean);

const hmac = (secret, id) => createHmac("sha256", secret).update(id).digest("hex");

browserTest("the launcher's badge shows the number of published posts", async (open) => {
  const project = await createProject(api, host.origin);
  for (let i = 1; i <= 4; i++) await publishPost(api, project.id, { title: `Release ${i}` });
  await api.post(`/api/v1/projects/${project.id}/posts`, { title: "Still a draft" });
  const page = await open();

  const boot = await load(page, host.add(hostPage({ server, key: project.key })));

  assert.equal(boot.status, 200);
  await page.waitForFunction(() => performance.getEntriesByName("waymark:drawn").length > 0);
  assert.equal(await badge(page), "4");
  assert.equal(await get(page, "widget:unreadCount"), 4);
  assert.match(await launcher(page).getAttribute("aria-label"), /4 unread/);
});

browserTest("opening the feed clears unread and sets _JIMO_LAST_OPENED_AT on the host page's origin", async (open) => {
  const project = await createProject(api, host.origin);
  await publishPost(api, project.id, { title: "Dark mode" });
  await publishPost(api, project.id, { title: "Faster search" });
  const page = await open();
  await load(page, host.add(hostPage({ server, key: project.key })));
  await settled(page);
  assert.equal(await badge(page), "2");
  assert.equal((await cookies(page))._JIMO_LAST_OPENED_AT, undefined, "not before the feed is opened");

  const openedFrom = Date.now();
  const saved = page.waitForResponse(isWidgetCall("/v1/widget/state"));
  await launcher(page).click();
  await page.locator("[data-waymark] .pn").filter({ hasText: "Faster search" }).waitFor({ state: "visible" });
  const openedTo = Date.now();

  assert.equal(await badge(page), "", "the badge is gone");
  assert.equal(await get(page, "widget:unreadCount"), 0);
  const jar = await cookies(page);
  assert.match(jar._JIMO_LAST_OPENED_AT || "", /^\d{13}$/, "epoch milliseconds");
  const openedAt = Number(jar._JIMO_LAST_OPENED_AT);
  assert.ok(openedAt >= openedFrom - 1000 && openedAt <= openedTo + 1000, `${openedAt} is when the feed opened`);
  const onServer = await page.context().cookies(server.url);
  assert.ok(!onServer.some((c) => c.name == "_JIMO_LAST_OPENED_AT"), "written on the host's origin only");
  assert.equal((await saved).status(), 200);

  await reload(page);
  await settled(page);
  assert.equal(await badge(page), "", "still read after a reload");
});

browserTest("a once-only modal shows once and never again after a reload", async (open) => {
  const project = await createProject(api, host.origin);
  const id = await publishInteraction(api, project.id, { title: "Meet the new editor" });
  const page = await open();

  const saved = page.waitForResponse(isWidgetCall("/v1/widget/state"));
  await load(page, host.add(hostPage({ server, key: project.key })));
  const modal = card(page, "Meet the new editor");
  await modal.waitFor({ state: "visible" });
  assert.deepEqual(await shownIds(page), [id]);
  assert.deepEqual(JSON.parse((await saved).request().postData()).viewed.map((e) => e.id), [id]);
  await modal.getByRole("button", { name: "Close" }).click();
  await modal.waitFor({ state: "detached" });
  const jar = await cookies(page);
  assert.deepEqual(ids(jar._JIMO_BOOSTED_VIEWED), [id]);
  assert.match(jar._JIMO_BOOSTED_VIEWED, new RegExp(`^${id}:1:[0-9a-z]+$`));
  assert.ok(!ids(jar._JIMO_BOOSTED_FORBIDDEN).includes(id), "closing is not dismissing");

  for (let i = 0; i < 2; i++) {
    const boot = await reload(page);
    await settled(page);
    assert.ok(!boot.json.interactions.some((x) => x.id == id), "the server no longer offers it");
    assert.deepEqual(await shownIds(page), [], "not shown again");
    assert.equal(await card(page, "Meet the new editor").count(), 0);
  }
});

browserTest("\"Don't show again\" keeps an always-recurring interaction away after a reload", async (open) => {
  const project = await createProject(api, host.origin);
  const id = await publishInteraction(api, project.id, {
    title: "Try the keyboard shortcuts",
    targeting: { recurrence: { type: "always" } },
  });
  const page = await open();
  const modal = card(page, "Try the keyboard shortcuts");

  await load(page, host.add(hostPage({ server, key: project.key })));
  await modal.waitFor({ state: "visible" });
  await modal.getByRole("button", { name: "Close" }).click();
  await reload(page);
  await modal.waitFor({ state: "visible" }); // recurrence "always": closing does not keep it away
  const saved = page.waitForResponse(
    (r) => isWidgetCall("/v1/widget/state")(r) && JSON.parse(r.request().postData()).forbidden,
  );
  await modal.getByRole("button", { name: "Don't show again" }).click();
  await modal.waitFor({ state: "detached" });
  assert.equal((await saved).status(), 200);
  assert.deepEqual(ids((await cookies(page))._JIMO_BOOSTED_FORBIDDEN), [id]);
  const dismissed = await page.evaluate(() => window.widgetEvents.filter((e) => e[0] == "boosted:dismissed"));
  assert.deepEqual(dismissed.map((e) => e[1].outcome), ["dismissed"]);

  await reload(page);
  await settled(page);
  assert.deepEqual(await shownIds(page), []);
  assert.equal(await modal.count(), 0);
});

// The page adds the element when the test says so, once the widget is waiting for it: a
// timer in the page would race the test on a loaded machine.
browserTest("a tooltip on an element the page adds later appears next to it", async (open) => {
  const project = await createProject(api, host.origin);
  await publishInteraction(api, project.id, {
    format: "tooltip",
    title: "Export is here",
    body: "Download your data as CSV.",
    selector: "#export",
  });
  const page = await open();
  const body = `<script>
    window.addExport = function () {
      var b = document.createElement("button");
      b.id = "export";
      b.textContent = "Export";
      b.style.cssText = "position:absolute;left:600px;top:300px;width:90px;height:32px";
      document.body.appendChild(b);
    };
  </script>`;
  const tooltip = card(page, "Export is here");

  await load(page, host.add(hostPage({ server, key: project.key, body })));
  await settled(page);
  assert.equal(await page.locator("#export").count(), 0, "the element is not there yet");
  assert.equal(await tooltip.isVisible(), false, "nothing to point at yet");
  assert.deepEqual(await shownIds(page), []);

  await page.waitForTimeout(500);
  assert.equal(await tooltip.isVisible(), false, "still nothing to point at");
  await page.evaluate(() => window.addExport());
  await tooltip.waitFor({ state: "visible", timeout: 4000 });
  const target = await page.locator("#export").boundingBox();
  const box = await tooltip.boundingBox();
  // Beside it: a small gap on one axis, and facing its middle on the other.
  const dx = Math.max(0, box.x - (target.x + target.width), target.x - (box.x + box.width));
  const dy = Math.max(0, box.y - (target.y + target.height), target.y - (box.y + box.height));
  const cx = target.x + target.width / 2;
  const cy = target.y + target.height / 2;
  const beside =
    (dy > 0 && dy <= 24 && cx > box.x && cx < box.x + box.width) ||
    (dx > 0 && dx <= 24 && cy > box.y && cy < box.y + box.height);
  assert.ok(beside, `the tooltip is next to the element: ${JSON.stringify({ target, box })}`);
  assert.equal((await shownIds(page)).length, 1);
});

browserTest("an interaction for /pricing appears after pushState to /pricing, without a reload", async (open) => {
  const project = await createProject(api, host.origin);
  const id = await publishInteraction(api, project.id, {
    format: "snippet",
    title: "Annual plans are 20% off",
    targeting: { where: { rules: [{ op: "equals", value: `${host.origin}/pricing` }] } },
  });
  const page = await open();
  const snippet = card(page, "Annual plans are 20% off");

  await load(page, host.add(hostPage({ server, key: project.key }), "app"));
  await settled(page);
  assert.equal(await snippet.count(), 0, "not on another page");
  await page.evaluate(() => (window.sameDocument = true));

  const asked = page.waitForResponse(isWidgetCall("/v1/widget/interactions"));
  await page.evaluate(() => history.pushState({}, "", "/pricing"));
  assert.equal((await asked).status(), 200);
  await snippet.waitFor({ state: "visible", timeout: 3000 });
  assert.equal(await page.evaluate(() => window.sameDocument), true, "no reload");
  assert.equal(new URL(page.url()).pathname, "/pricing");
  assert.deepEqual(await shownIds(page), [id]);
});

browserTest("identify is refused with a bad hash and accepted with the right one", async (open) => {
  const project = await createProject(api, host.origin, { identityVerification: true });
  const secret = await identitySecret(api, project.id);
  await publishPost(api, project.id, { title: "For members" });
  const early = (hash) => `jimo.push(["do", "identify", ["u1", { userHash: ${JSON.stringify(hash)} }]]);`;

  const refused = await open();
  const bad = await load(refused, host.add(hostPage({ server, key: project.key, early: early("bad") })));
  assert.equal(bad.status, 401);
  assert.equal(await get(refused, "user:id"), null, "no identified user");
  // A hash of another id, well formed, is no better.
  const other = await load(refused, host.add(hostPage({ server, key: project.key, early: early(hmac(secret, "u2")) })));
  assert.equal(other.status, 401);
  assert.equal(await get(refused, "user:id"), null);

  const accepted = await open();
  const good = await load(accepted, host.add(hostPage({ server, key: project.key, early: early(hmac(secret, "u1")) })));
  assert.equal(good.status, 200);
  assert.equal(good.json.user.id, "u1");
  assert.equal(await get(accepted, "user:id"), "u1");
  await settled(accepted);
  assert.equal(await badge(accepted), "1");
});

// Uses the widget the way a visitor would (sees the modal, closes it, opens the feed)
// and answers the names of the cookies the browser then holds, on any origin.
async function useWidget(page, url) {
  await load(page, url);
  const modal = card(page, "Consent matters");
  await modal.waitFor({ state: "visible" });
  await modal.getByRole("button", { name: "Close" }).click();
  await launcher(page).click();
  await page.locator("[data-waymark] .pn").waitFor({ state: "visible" });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(200);
  return (await page.context().cookies()).map((c) => c.name).sort();
}

browserTest("no functionality cookie without consent: host said no, or the project says never", async (open) => {
  const functionality = ["_JIMO_BOOSTED_VIEWED", "_JIMO_LAST_OPENED_AT"];
  const consenting = await createProject(api, host.origin);
  const never = await createProject(api, host.origin, { consentMode: "never" });
  for (const p of [consenting, never]) {
    await publishPost(api, p.id, { title: "Cookie policy update" });
    await publishInteraction(api, p.id, { title: "Consent matters", targeting: { recurrence: { type: "always" } } });
  }
  const refuse = `jimo.push(["set", "consent", [false]]);`;

  const names = await useWidget(await open(), host.add(hostPage({ server, key: consenting.key, early: refuse })));
  assert.deepEqual(names.filter((n) => n != "_JIMO_TOKEN"), [], `consent false: ${names}`);
  assert.ok(names.includes("_JIMO_TOKEN"), "the session token is strictly necessary and stays");

  const neverNames = await useWidget(await open(), host.add(hostPage({ server, key: never.key })));
  assert.deepEqual(neverNames.filter((n) => n != "_JIMO_TOKEN"), [], `consentMode never: ${neverNames}`);

  // The same visit with consent does write them, so the checks above can tell.
  const allowed = await useWidget(await open(), host.add(hostPage({ server, key: consenting.key })));
  for (const name of functionality) assert.ok(allowed.includes(name), `${name} with consent: ${allowed}`);
});

browserTest("consent mode host: no functionality cookie until the host site says yes", async (open) => {
  const project = await createProject(api, host.origin, { consentMode: "host" });
  await publishPost(api, project.id, { title: "Waiting for the host" });
  await publishInteraction(api, project.id, { title: "Consent matters", targeting: { recurrence: { type: "always" } } });

  const page = await open();
  const waiting = await useWidget(page, host.add(hostPage({ server, key: project.key })));
  assert.deepEqual(waiting.filter((n) => n != "_JIMO_TOKEN"), [], `before the host's answer: ${waiting}`);

  // The host's consent tool answers later on the same page: what memory holds is written.
  await page.evaluate(() => window.jimo.push(["set", "consent", [true]]));
  await page.waitForFunction(() => document.cookie.includes("_JIMO_LAST_OPENED_AT="));
  const names = (await page.context().cookies()).map((c) => c.name);
  assert.ok(names.includes("_JIMO_BOOSTED_VIEWED"), `after yes: ${names}`);

  // And a later no takes them back at once; the strictly necessary session token stays.
  await page.evaluate(() => window.jimo.push(["set", "consent", [false]]));
  await page.waitForFunction(() => document.cookie.split("; ").every((c) => c.startsWith("_JIMO_TOKEN=")));
});

browserTest("a dismissal follows an identified user to a fresh browser", async (open) => {
  const project = await createProject(api, host.origin, { identityVerification: true });
  const secret = await identitySecret(api, project.id);
  const id = await publishInteraction(api, project.id, {
    title: "Invite your team",
    targeting: { recurrence: { type: "always" } },
  });
  const pageAs = (user) =>
    host.add(
      hostPage({
        server,
        key: project.key,
        early: `${recordEvents}
          jimo.push(["do", "identify", [${JSON.stringify(user)}, { userHash: ${JSON.stringify(hmac(secret, user))} }]]);`,
      }),
    );

  const laptop = await open();
  await load(laptop, pageAs("u-cross"));
  const modal = card(laptop, "Invite your team");
  await modal.waitFor({ state: "visible" });
  const saved = laptop.waitForResponse(
    (r) => isWidgetCall("/v1/widget/state")(r) && JSON.parse(r.request().postData()).forbidden,
  );
  await modal.getByRole("button", { name: "Don't show again" }).click();
  assert.equal((await saved).status(), 200);

  const phone = await open();
  const boot = await load(phone, pageAs("u-cross"));
  assert.equal(boot.status, 200);
  assert.ok(boot.json.state.forbidden.includes(id), "the server kept the dismissal");
  await settled(phone);
  assert.deepEqual(await shownIds(phone), []);
  assert.equal(await card(phone, "Invite your team").count(), 0);
  assert.deepEqual(ids((await cookies(phone))._JIMO_BOOSTED_FORBIDDEN), [id], "written back to the cookie");

  // Another user on a fresh browser still sees it: it is the user's dismissal, not a global one.
  const colleague = await open();
  await load(colleague, pageAs("u-other"));
  await card(colleague, "Invite your team").waitFor({ state: "visible" });
});

browserTest("a project key that does not exist: no widget, no page error", async (open) => {
  const page = await open();
  const boot = await load(page, host.add(hostPage({ server, key: "wm_pk_" + "x".repeat(32) })));
  // No project, so no allowed origin: the browser may keep the refusal from the page.
  assert.ok(boot.blocked || (boot.status >= 400 && boot.status < 500), `refused: ${JSON.stringify(boot)}`);
  await page.waitForTimeout(500);
  assert.equal(await page.locator("[data-waymark]").count(), 0);
  assert.equal(await get(page, "user:id"), null, "commands still answer");
  assert.equal(await page.locator("#content").textContent(), "The product page.");
});

// The host page's own script: proves it ran, and that its handlers still work.
const hostScript = `<button id="own" onclick="this.textContent = 'clicked'">Own button</button>
<script>
  document.getElementById("content").textContent = "host script ran";
  setTimeout(function () { document.body.setAttribute("data-later", "yes"); }, 800);
</script>`;

browserTest("a host page that breaks Array.prototype.push and JSON.stringify still works", async (open, t) => {
  const project = await createProject(api, host.origin);
  await publishPost(api, project.id, { title: "Hardened" });
  const hostile = {
    throwing: `Array.prototype.push = function () { throw new Error("host: push is off"); };
      JSON.stringify = function () { throw new Error("host: stringify is off"); };`,
    lying: `Array.prototype.push = function () { return 0; };
      JSON.stringify = function () { return "null"; };`,
    "push alone": `Array.prototype.push = function () { throw new Error("host: push is off"); };`,
  };
  for (const [kind, before] of Object.entries(hostile)) {
    const page = await open();
    // No early command: jimo.push is the page's own broken Array.prototype.push until
    // the script loads. Locators only: they do not run in the page's world.
    await page.goto(host.add(hostPage({ server, key: project.key, before, early: "", body: hostScript })));
    await page.waitForFunction(() => document.body.getAttribute("data-later") == "yes");
    await page.waitForLoadState("networkidle");
    assert.equal(await page.locator("#content").textContent(), "host script ran", kind);
    await page.locator("#own").click();
    assert.equal(await page.locator("#own").textContent(), "clicked", kind);
    const drew = (await page.locator("[data-waymark]").count()) > 0;
    t.diagnostic(`${kind}: the widget ${drew ? "drew" : "did not draw"}`);
    // The SDK does not use Array.prototype.push; JSON it has to take as the page left it.
    if (kind == "push alone") assert.equal(await page.locator("[data-waymark] .bg").textContent(), "1");
  }
});

browserTest("the widget keeps working when the page breaks push and JSON after it loaded", async (open) => {
  const project = await createProject(api, host.origin);
  await publishPost(api, project.id, { title: "Still standing" });
  const page = await open();
  await load(page, host.add(hostPage({ server, key: project.key, body: hostScript })));
  await settled(page);
  await page.evaluate(() => {
    Array.prototype.push = () => {
      throw new Error("host: push is off");
    };
    JSON.stringify = () => {
      throw new Error("host: stringify is off");
    };
    JSON.parse = () => {
      throw new Error("host: parse is off");
    };
  });
  const saved = page.waitForResponse(isWidgetCall("/v1/widget/state"));
  await launcher(page).click();
  await page.locator("[data-waymark] .pn").filter({ hasText: "Still standing" }).waitFor({ state: "visible" });
  assert.equal((await saved).status(), 200, "the state was sent");
  assert.match((await cookies(page))._JIMO_LAST_OPENED_AT || "", /^\d{13}$/);
  assert.equal(await page.locator("[data-waymark] .bg").isVisible(), false);
});
