// The consent pop-up of the site's pages (/site.js) in chromium, against the real server:
// its pages, /consent and the cookie registry. Every test starts in a fresh browser
// context, which is a first visit.
//   WAYMARK_BINARY=build/release/waymark node --test tests/e2e/consent_popup_test.mjs
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { browserTestWith, chromiumOptions, createProject, publishPost, signUp, startServer } from "./scene.mjs";

let server, browser, functionalityCookies;

before(async () => {
  server = await startServer();
  browser = await chromium.launch(chromiumOptions);
  const registry = await (await fetch(`${server.url}/api/v1/cookies`)).json();
  functionalityCookies = registry.filter((c) => c.category === "functionality").map((c) => c.name);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const browserTest = browserTestWith(() => browser, () => server);

const popup = (page) => page.getByRole("dialog", { name: /^(Cookies on this site|Cookie settings)$/ });
const acceptAll = (page) => popup(page).getByRole("button", { name: "Accept all", exact: true });
const rejectAll = (page) => popup(page).getByRole("button", { name: "Reject all", exact: true });
const settingsLink = (page) => page.locator("footer [data-cookie-settings]");

const isChoice = (method) => (r) => new URL(r.url()).pathname === "/consent" && r.request().method() === method;

// Visits `path` (on `at`, the test's server unless given) and waits for the page's script
// to have asked for the consent answer.
async function visit(page, path, at = server) {
  const asked = page.waitForResponse(isChoice("GET"));
  await page.goto(at.url + path);
  return (await asked).json();
}

// The consent answer for this browser, as the server keeps it.
const consentOf = (page) => page.evaluate(() => fetch("/consent").then((r) => r.json()));

// Accepts or rejects on a first visit and waits for the server's answer.
async function choose(page, button) {
  const answered = page.waitForResponse(isChoice("POST"));
  await button(page).click();
  assert.equal((await answered).status(), 200);
  await popup(page).waitFor({ state: "detached" });
}

// Every cookie the browser holds for this test (each test has its own contexts).
async function cookieNames(page) {
  return (await page.context().cookies()).map((c) => c.name).sort();
}

// Cookies as the widget's script writes them (not HttpOnly, Path=/), left from earlier visits.
async function plantFunctionalityCookies(page) {
  await page.context().addCookies(functionalityCookies.map((name) => ({ name, value: "1", url: server.url })));
}

const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

browserTest("the pop-up meets a first visit to the site and to the sign-in page", async (open) => {
  for (const path of ["/", "/app/"]) {
    const page = await open();
    const answer = await visit(page, path);
    assert.equal(answer.needsChoice, true, path);
    await popup(page).waitFor({ state: "visible" });
    const dialog = popup(page);
    assert.equal(await dialog.getAttribute("aria-modal"), "false", "it does not block the page");
    // The description is the text that says what the cookies do, and links the policy.
    const description = await dialog.evaluate((d) =>
      (d.getAttribute("aria-describedby") || "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent || "")
        .join(" "),
    );
    assert.match(description, /messages you have already seen/, path);
    assert.match(description, /unread badge/, path);
    assert.equal(await dialog.getByRole("link", { name: "cookie policy" }).getAttribute("href"), "/cookie-policy");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "waymark-consent", "focus is on the pop-up");
    // A small panel at the bottom of the viewport.
    const box = await dialog.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box.y + box.height <= viewport.height && box.y + box.height >= viewport.height - 40, `${path} at the bottom`);
    assert.ok(box.height < viewport.height / 2, `${path}: small, ${box.height}px high`);
    assert.deepEqual(await cookieNames(page), [], `${path}: no cookie at all before a choice`);
  }
});

browserTest("keyboard only: Tab reaches Accept and Reject, Enter and Space choose", async (open) => {
  const page = await open();
  await visit(page, "/");
  await popup(page).waitFor({ state: "visible" });
  await page.keyboard.press("Escape");
  assert.equal(await popup(page).isVisible(), true, "Escape is no choice on a first visit");
  for (let i = 0; i < 5 && (await focusedText(page)) !== "Accept all"; i++) await page.keyboard.press("Tab");
  assert.equal(await focusedText(page), "Accept all");
  await page.keyboard.press("Tab");
  assert.equal(await focusedText(page), "Reject all");
  const answered = page.waitForResponse(isChoice("POST"));
  await page.keyboard.press("Enter");
  assert.equal((await answered).status(), 200);
  await popup(page).waitFor({ state: "detached" });
  const rejected = await consentOf(page);
  assert.deepEqual([rejected.needsChoice, rejected.record.functionality], [false, false]);

  const other = await open();
  await visit(other, "/privacy");
  await popup(other).waitFor({ state: "visible" });
  await acceptAll(other).focus();
  const accepted = other.waitForResponse(isChoice("POST"));
  await other.keyboard.press("Space");
  assert.equal((await accepted).status(), 200);
  await popup(other).waitFor({ state: "detached" });
  assert.equal((await consentOf(other)).record.functionality, true);
});

browserTest("Accept all and Reject all look the same, side by side", async (open) => {
  const page = await open();
  await visit(page, "/");
  await popup(page).waitFor({ state: "visible" });
  const look = (button) =>
    button.evaluate((b) => {
      const s = getComputedStyle(b);
      const r = b.getBoundingClientRect();
      return {
        style: [
          "color", "backgroundColor", "borderTopWidth", "borderTopStyle", "borderTopColor", "borderRadius",
          "fontFamily", "fontSize", "fontWeight", "paddingTop", "paddingLeft", "textDecorationLine", "opacity",
        ].map((p) => `${p}: ${s[p]}`),
        width: Math.round(r.width),
        height: Math.round(r.height),
        top: Math.round(r.top),
        left: Math.round(r.left),
      };
    });
  const accept = await look(acceptAll(page));
  const reject = await look(rejectAll(page));
  assert.deepEqual(accept.style, reject.style);
  assert.deepEqual([accept.width, accept.height], [reject.width, reject.height], "the same size");
  assert.equal(accept.top, reject.top, "side by side");
  assert.ok(reject.left > accept.left);
});

browserTest("Customize shows the categories; Save choices records them", async (open) => {
  const page = await open();
  await visit(page, "/");
  const customize = popup(page).getByRole("button", { name: "Customize" });
  assert.equal(await customize.getAttribute("aria-expanded"), "false");
  await customize.click();
  assert.equal(await customize.getAttribute("aria-expanded"), "true");
  const necessary = popup(page).getByRole("switch", { name: "Strictly necessary — always on" });
  const functionality = popup(page).getByRole("switch", { name: "Functionality" });
  assert.equal(await necessary.isChecked(), true);
  assert.equal(await necessary.isDisabled(), true);
  assert.equal(await functionality.isChecked(), false, "not ticked before a choice");
  assert.equal(await functionality.isEnabled(), true);

  await functionality.check();
  const answered = page.waitForResponse(isChoice("POST"));
  await popup(page).getByRole("button", { name: "Save choices" }).click();
  const response = await answered;
  assert.deepEqual(JSON.parse(response.request().postData()), { functionality: true });
  await popup(page).waitFor({ state: "detached" });
  assert.ok((await cookieNames(page)).includes("_JIMO_CONSENT"));

  // The next page asks nothing.
  const answer = await visit(page, "/privacy");
  assert.equal(answer.needsChoice, false);
  await page.waitForTimeout(300);
  assert.equal(await popup(page).count(), 0, "not shown again");
});

browserTest("Cookie settings re-opens it with the current choice; Escape gives focus back", async (open) => {
  const page = await open();
  await visit(page, "/");
  await choose(page, acceptAll);

  await visit(page, "/privacy");
  await settingsLink(page).click();
  await popup(page).waitFor({ state: "visible" });
  assert.equal(page.url(), server.url + "/privacy", "the link's own navigation is not taken");
  assert.match(await popup(page).textContent(), /You allowed functionality cookies on \d{4}-\d{2}-\d{2}/);
  await popup(page).getByRole("button", { name: "Customize" }).click();
  assert.equal(await popup(page).getByRole("switch", { name: "Functionality" }).isChecked(), true);
  await page.keyboard.press("Escape");
  await popup(page).waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute("data-cookie-settings")), true);

  // The link's own address opens it too, for a page without the script's click handler.
  await visit(page, "/cookie-policy#cookie-settings");
  await popup(page).waitFor({ state: "visible" });
  await popup(page).getByRole("button", { name: "Close" }).click();
  await popup(page).waitFor({ state: "detached" });
});

browserTest("Withdraw consent deletes the functionality cookies at once", async (open) => {
  const page = await open();
  await visit(page, "/");
  await choose(page, acceptAll);
  await plantFunctionalityCookies(page);
  // The server's answer to the withdrawal expires them too. Here the withdrawal goes to
  // the server from outside the browser and the page gets the answer's body alone, so
  // only the page's own deletion can take them away.
  await page.route(server.url + "/consent", async (route) => {
    if (route.request().method() !== "DELETE") return route.continue();
    const consent = (await page.context().cookies()).find((c) => c.name === "_JIMO_CONSENT");
    const response = await fetch(server.url + "/consent", {
      method: "DELETE",
      headers: { Origin: server.url, Cookie: `_JIMO_CONSENT=${consent.value}` },
    });
    await route.fulfill({ status: response.status, contentType: "application/json", body: await response.text() });
  });

  await visit(page, "/privacy");
  for (const name of functionalityCookies) assert.ok((await cookieNames(page)).includes(name), name);
  await settingsLink(page).click();
  const withdrawn = page.waitForResponse(isChoice("DELETE"));
  await popup(page).getByRole("button", { name: "Withdraw consent" }).click();
  assert.equal((await withdrawn).status(), 200);
  await popup(page).waitFor({ state: "detached" });

  const left = await cookieNames(page);
  for (const name of functionalityCookies) assert.ok(!left.includes(name), `${name} deleted: ${left}`);
  assert.ok(left.includes("_JIMO_CONSENT"), "the record of the choice is strictly necessary and stays");
  const answer = await consentOf(page);
  assert.deepEqual([answer.record.withdrawn, answer.record.functionality], [true, false]);

  // Re-opened now, there is no yes left to withdraw.
  await settingsLink(page).click();
  assert.match(await popup(page).textContent(), /You withdrew your consent/);
  assert.equal(await popup(page).getByRole("button", { name: "Withdraw consent" }).count(), 0);
});

browserTest("Reject all deletes functionality cookies left from earlier visits", async (open) => {
  const page = await open();
  await plantFunctionalityCookies(page);
  await visit(page, "/");
  const answered = page.waitForResponse(isChoice("POST"));
  await rejectAll(page).click();
  const response = await answered;
  // The server expires them as well, in the same answer.
  const expired = (await response.headersArray())
    .filter((h) => h.name.toLowerCase() === "set-cookie" && /Max-Age=0/i.test(h.value))
    .map((h) => h.value.split("=")[0]);
  for (const name of functionalityCookies) assert.ok(expired.includes(name), `${name} expired by the server`);
  await popup(page).waitFor({ state: "detached" });
  const left = await cookieNames(page);
  for (const name of functionalityCookies) assert.ok(!left.includes(name), `${name} deleted: ${left}`);
});

browserTest("a flooded server's 429 is said in the pop-up, once, with no retry", async (open) => {
  const page = await open();
  let posts = 0;
  await page.route(server.url + "/consent", (route) => {
    if (route.request().method() !== "POST") return route.continue();
    posts++;
    return route.fulfill({
      status: 429,
      headers: { "Retry-After": "30", "Content-Type": "application/problem+json" },
      body: JSON.stringify({ title: "Too Many Requests", status: 429, detail: "Too many consent choices." }),
    });
  });
  await visit(page, "/");
  await acceptAll(page).click();
  await popup(page).getByRole("alert").filter({ hasText: "Too many attempts" }).waitFor();
  assert.match(await popup(page).getByRole("alert").textContent(), /try again in 30 s/);
  await page.waitForTimeout(1000);
  assert.equal(posts, 1, "no retry by itself");
  assert.equal(await popup(page).isVisible(), true, "the choice is still to make");
});

// A maker's session on a server whose account exists already: signed in through the API.
async function signIn(at, email) {
  const base = `http://127.0.0.1:${at.port}`;
  const login = await fetch(base + "/api/v1/auth/login", {
    method: "POST",
    headers: { Origin: at.url, "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: "a long enough password", remember: false }),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith("_JIMO_TOKEN=")).split(";")[0];
  const { csrfToken } = await login.json();
  return async (path, body) => {
    const response = await fetch(base + path, {
      method: "PATCH",
      headers: { Origin: at.url, Cookie: cookie, "X-CSRF-Token": csrfToken, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 200, await response.text());
  };
}

// A server whose pages embed the widget of one of its projects (site.widget_key), made
// in two steps: the project first, then the same data served again with its key.
async function startServerWithWidget() {
  const dataDir = mkdtempSync(join(tmpdir(), "waymark-site-widget-"));
  const first = await startServer(["--data-dir", dataDir]);
  let project;
  try {
    const api = await signUp(first, "maker@example.com");
    project = await createProject(api, "https://placeholder.example", { consentMode: "host" });
    await publishPost(api, project.id, { title: "Consent pop-up" });
  } finally {
    await first.stop();
  }
  const site = await startServer(["--data-dir", dataDir, "--site-widget-key", project.key]);
  const patch = await signIn(site, "maker@example.com");
  await patch(`/api/v1/projects/${project.id}`, { allowedOrigins: [site.url] });
  return {
    ...site,
    async stop() {
      await site.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// The site's own widget: the SDK starts with the visitor's consent and follows later
// choices.
browserTest("the site's widget writes no functionality cookie before a yes, and stops at a withdrawal", async (open) => {
  const site = await startServerWithWidget();
  try {
    const page = await open();
    const drawn = () => page.waitForFunction(() => performance.getEntriesByName("waymark:drawn").length > 0);
    const openFeed = async () => {
      await page.locator("[data-waymark] button.la").click();
      await page.locator("[data-waymark] .pn").waitFor({ state: "visible" });
      await page.waitForTimeout(300);
      await page.locator("[data-waymark] button.la").click();
    };
    const functionalityHeld = async () => (await cookieNames(page)).filter((n) => functionalityCookies.includes(n));

    await visit(page, "/privacy", site);
    await drawn();
    await openFeed();
    assert.deepEqual(await functionalityHeld(), [], "nothing before the choice");

    await choose(page, acceptAll);
    await openFeed();
    assert.ok((await functionalityHeld()).includes("_JIMO_LAST_OPENED_AT"), "written after Accept all");

    await settingsLink(page).click();
    await popup(page).getByRole("button", { name: "Withdraw consent" }).click();
    await popup(page).waitFor({ state: "detached" });
    assert.deepEqual(await functionalityHeld(), [], "deleted at the withdrawal");
    await openFeed();
    assert.deepEqual(await functionalityHeld(), [], "and not written again");

    await visit(page, "/privacy", site);
    await drawn();
    await openFeed();
    assert.deepEqual(await functionalityHeld(), [], "nor on the next page");
  } finally {
    await site.stop();
  }
});
