// The cookie audit: one visitor's journey in chromium through the site, its consent pop-up,
// the dashboard's sign-in page and the demo host page with the widget, against the real
// server. After every step, every cookie in the browser must be one the registry
// (GET /api/v1/cookies, the same registry the policy page is made from) declares, with the
// declared attributes and lifetime, and no functionality cookie may exist without consent.
//   WAYMARK_BINARY=build/release/waymark node --test tests/e2e/cookie_audit_test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { chromiumOptions, freePort, signUp, startServer } from "./scene.mjs";

let server, browser, registry, demoUrl;

before(async () => {
  // The demo host page on its own port; the site pages embed the demo project's widget.
  const demoPort = await freePort();
  server = await startServer(["--demo-port", String(demoPort)]);
  // 127.0.0.1, not localhost: browsers keep cookies per host, not per port, so the host
  // page's cookies stay apart from the site's.
  demoUrl = `http://127.0.0.1:${demoPort}`;
  browser = await chromium.launch(chromiumOptions);
  registry = await (await fetch(`${server.url}/api/v1/cookies`)).json();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const SLACK_SECONDS = 60;

// Checks every cookie of `context`. `consented` says, per cookie host, whether
// functionality cookies are allowed there.
async function audit(context, step, consented) {
  const now = Date.now() / 1000;
  const seen = await context.cookies();
  for (const cookie of seen) {
    const where = `${step}: ${cookie.name} on ${cookie.domain}`;
    const spec = registry.find((c) => c.name === cookie.name);
    assert.ok(spec, `${where} is not in the cookie registry`);
    const writer = spec.writers.find((w) => w.httpOnly === cookie.httpOnly);
    assert.ok(writer, `${where}: httpOnly ${cookie.httpOnly} matches none of its writers`);
    assert.equal(cookie.sameSite, writer.sameSite, `${where}: SameSite`);
    assert.equal(cookie.path, writer.path, `${where}: Path`);
    // Every page here is plain http: only the server's cookies can be Secure.
    assert.equal(cookie.secure, writer.secure === "always", `${where}: Secure`);
    assert.ok(spec.party === "first-party", `${where}: declared ${spec.party}`);
    const bound = spec.extendedMaxAgeSeconds ?? spec.maxAgeSeconds;
    if (cookie.expires !== -1) {
      assert.notEqual(bound, null, `${where} is persistent, but declared a session cookie`);
      assert.ok(cookie.expires - now <= bound + SLACK_SECONDS,
                `${where} lives ${Math.round(cookie.expires - now)} s, beyond its ${bound} s`);
    }
    assert.ok(decodeURIComponent(cookie.value).length <= spec.maxBytes, `${where}: over ${spec.maxBytes} bytes`);
    if (spec.category === "functionality") {
      assert.ok(consented[cookie.domain], `${where}: a functionality cookie without consent`);
    }
  }
  return seen;
}

const names = (cookies, host) => cookies.filter((c) => c.domain === host).map((c) => c.name).sort();
const functionality = (cookies, host) =>
  names(cookies, host).filter((n) => registry.find((c) => c.name === n).category === "functionality");

const popup = (page) => page.getByRole("dialog", { name: /^(Cookies on this site|Cookie settings)$/ });
const isConsent = (method) => (r) => new URL(r.url()).pathname === "/consent" && r.request().method() === method;

// Clicks `name` in the pop-up (opened from the footer first when `reopen`) and waits for
// the server's answer.
async function choose(page, name, { reopen = false, method = "POST" } = {}) {
  if (reopen) await page.locator("footer [data-cookie-settings]").click();
  const answered = page.waitForResponse(isConsent(method));
  await popup(page).getByRole("button", { name, exact: true }).click();
  assert.equal((await answered).status(), 200);
  await popup(page).waitFor({ state: "hidden" });
}

// Uses the widget as a visitor would: opens the changelog feed and closes it again.
// Opening is what writes _JIMO_LAST_OPENED_AT when cookies are allowed.
async function useWidget(page) {
  await page.waitForFunction(() => window.jimo && !Array.isArray(window.jimo), null, { timeout: 10000 });
  await page.evaluate(() => window.jimo.push(["do", "widget:open", []]));
  await page.locator("[data-waymark] .pn").waitFor({ state: "visible" });
  await page.evaluate(() => window.jimo.push(["do", "widget:close", []]));
  await page.locator("[data-waymark] .pn").waitFor({ state: "hidden" });
  await page.waitForLoadState("networkidle");
}

test("every cookie of a visitor's journey is declared, and none needs consent it was not given", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  // The demo project's welcome modal shows 600 ms after a page loads, whenever the widget
  // has no memory of it: the visitor answers it ("Got it") whenever it is in the way.
  const welcome = page.locator("[data-waymark] .cd").filter({ hasText: "Welcome to Acme Analytics" });
  await page.addLocatorHandler(welcome, (modal) => modal.getByRole("button", { name: "Got it" }).click());
  const errors = [];
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  try {
    const site = "localhost";
    // 1. The first visit: the pop-up asks, the widget runs, nothing but the necessary.
    const asked = page.waitForResponse(isConsent("GET"));
    await page.goto(server.url + "/");
    assert.equal((await (await asked).json()).needsChoice, true);
    await popup(page).waitFor({ state: "visible" });
    await useWidget(page);
    let cookies = await audit(context, "first visit", { [site]: false });
    // The widget's own session token is strictly necessary; nothing else is there.
    assert.deepEqual(functionality(cookies, site), [], "no functionality cookie before a choice");

    // 2. Accept: the widget may now remember, and does.
    await choose(page, "Accept all");
    await useWidget(page);
    cookies = await audit(context, "accepted", { [site]: true });
    assert.ok(names(cookies, site).includes("_JIMO_CONSENT"), `the choice is kept: ${names(cookies, site)}`);
    assert.ok(functionality(cookies, site).includes("_JIMO_LAST_OPENED_AT"),
              `the audit sees functionality cookies when they are allowed: ${names(cookies, site)}`);

    // 3. Reject from the footer's Cookie settings: they go at once.
    await choose(page, "Reject all", { reopen: true });
    cookies = await audit(context, "rejected", { [site]: false });
    assert.deepEqual(functionality(cookies, site), []);
    await useWidget(page);
    await audit(context, "used after rejecting", { [site]: false });

    // 4. Accept again on another page, then withdraw: gone, and not written again.
    await page.goto(server.url + "/privacy");
    await choose(page, "Accept all", { reopen: true });
    await useWidget(page);
    cookies = await audit(context, "accepted again", { [site]: true });
    assert.notDeepEqual(functionality(cookies, site), []);
    await choose(page, "Withdraw consent", { reopen: true, method: "DELETE" });
    cookies = await audit(context, "withdrawn", { [site]: false });
    assert.deepEqual(functionality(cookies, site), []);
    await page.reload();
    await useWidget(page);
    await audit(context, "reloaded after withdrawing", { [site]: false });

    // 5. Sign in through the dashboard's sign-in page, remembered for 30 days.
    await signUp(server, "audit@example.com");
    await page.goto(server.url + "/app/");
    await page.getByLabel("Email").fill("audit@example.com");
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel(/Remember me/).check();
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.locator("#signed-in").waitFor({ state: "visible" });
    cookies = await audit(context, "signed in", { [site]: false });
    const session = cookies.find((c) => c.name === "_JIMO_TOKEN" && c.domain === site);
    assert.ok(session?.httpOnly, "the session cookie is the server's, HttpOnly");
    assert.notEqual(session.expires, -1, "remember me makes it persistent");

    // 6. The demo host page, a customer's site: its project's consent mode ("always") makes
    // the widget's cookies part of the service there; the site's refusal still holds.
    await page.goto(demoUrl + "/");
    await useWidget(page);
    cookies = await audit(context, "demo host page", { [site]: false, "127.0.0.1": true });
    assert.ok(functionality(cookies, "127.0.0.1").includes("_JIMO_LAST_OPENED_AT"),
              `the host page's widget remembers: ${names(cookies, "127.0.0.1")}`);
    assert.deepEqual(functionality(cookies, site), []);
    assert.deepEqual(errors, [], "no uncaught error on any page");
  } finally {
    await context.close();
  }
});
