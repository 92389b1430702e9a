// Signing in to the dashboard at /app/ in chromium, against the real server's auth API.
//   WAYMARK_BINARY=build/release/waymark node --test tests/e2e/site_sign_in_test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { chromiumOptions, signUp, startServer } from "./scene.mjs";

const EMAIL = "owner@example.com";
const PASSWORD = "a long enough password";

let server, browser, context, page;
const errors = [];

before(async () => {
  server = await startServer();
  await signUp(server, EMAIL);
  browser = await chromium.launch(chromiumOptions);
  // One visitor through the whole file, as one person would go: a wrong password, a
  // missing email, then signed in, reloaded, signed out.
  context = await browser.newContext();
  page = await context.newPage();
  page.setDefaultTimeout(5000);
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => /Content Security Policy/.test(m.text()) && errors.push(m.text()));
  await page.goto(server.url + "/app/");
  // The consent pop-up first: a choice, so that it is out of the way.
  await page.getByRole("dialog").getByRole("button", { name: "Reject all" }).click();
  await page.getByRole("dialog").waitFor({ state: "detached" });
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

const form = () => page.locator("#sign-in");
const signedIn = () => page.locator("#signed-in");
const alertLine = () => page.locator("#sign-in-error");
const isLogin = (r) => r.url() === server.url + "/api/v1/auth/login";

async function submit(email, password, remember = false) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel(/Remember me/).setChecked(remember);
  const answered = page.waitForResponse(isLogin);
  await page.getByRole("button", { name: "Sign in" }).click();
  return answered;
}

test("a signed-out visitor sees the form", async () => {
  assert.equal(await form().isVisible(), true);
  assert.equal(await signedIn().isVisible(), false);
});

test("a wrong password is said, and what was typed stays", async () => {
  const response = await submit(EMAIL, "not the password");
  assert.equal(response.status(), 401);
  await page.waitForFunction(() => document.getElementById("sign-in-error")?.textContent !== "");
  const detail = (await response.json()).detail;
  assert.equal(await alertLine().textContent(), detail, "the server's own words");
  assert.equal(await page.getByLabel("Email").inputValue(), EMAIL);
  assert.equal(await page.getByLabel("Password").inputValue(), "not the password");
  assert.equal(await signedIn().isVisible(), false);
});

test("a field the server refuses is marked and described", async () => {
  const response = await submit("", PASSWORD);
  assert.equal(response.status(), 400);
  const refused = (await response.json()).errors.find((e) => e.field === "email");
  assert.ok(refused, "the server names the email field");
  const email = page.getByLabel("Email");
  await page.waitForFunction(() => document.querySelector('#sign-in [name="email"]')?.getAttribute("aria-invalid"));
  assert.equal(await email.getAttribute("aria-invalid"), "true");
  const described = await email.evaluate((input) =>
    (input.getAttribute("aria-describedby") || "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent || "")
      .join(" "),
  );
  assert.equal(described.trim(), refused.message);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "email", "focus goes to it");
  assert.equal(await page.getByLabel("Password").inputValue(), PASSWORD, "what was typed stays");
});

test("signing in shows who is signed in, also after a reload", async () => {
  const response = await submit(EMAIL, PASSWORD, true);
  assert.equal(response.status(), 200);
  assert.deepEqual(JSON.parse(response.request().postData()), { email: EMAIL, password: PASSWORD, remember: true });
  await signedIn().waitFor({ state: "visible" });
  assert.equal(await form().isVisible(), false);
  assert.equal(await page.locator("[data-user-email]").textContent(), EMAIL);
  assert.equal(await form().count(), 0, "the form, and its old error, are gone");
  const token = (await context.cookies(server.url)).find((c) => c.name === "_JIMO_TOKEN");
  assert.ok(token && token.expires > Date.now() / 1000 + 86400, "remember me: a lasting session");

  await page.reload();
  await signedIn().waitFor({ state: "visible" });
  assert.equal(await page.locator("[data-user-email]").textContent(), EMAIL);
  assert.equal(await form().isVisible(), false);
});

test("Sign out ends the session on the server", async () => {
  const done = page.waitForResponse((r) => r.url() === server.url + "/api/v1/auth/logout");
  await page.getByRole("button", { name: "Sign out" }).click();
  const response = await done;
  assert.ok(response.ok(), `logout answered ${response.status()}`);
  assert.ok(response.request().headers()["x-csrf-token"], "with the CSRF token");
  await form().waitFor({ state: "visible" });
  assert.equal(await signedIn().isVisible(), false);
  const me = await page.evaluate(() => fetch("/api/v1/auth/me").then((r) => r.status));
  assert.equal(me, 401);
  assert.deepEqual(errors, [], "no uncaught error and no CSP violation");
});
