// The dashboard as a maker meets it, in chromium against the real server: a new user signs
// up, creates a project, copies the snippet, writes and publishes a post in Markdown, builds
// a modal targeted at one page and sees it on a host page using that snippet, then sees the
// view counted in the analytics chart. An editor cannot manage keys; a viewer cannot
// publish. Screenshots of the main screens go to <build>/screenshots for review.
//   WAYMARK_BINARY=build/release/waymark node --test tests/e2e/dashboard_test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { invite, openDashboard, signIn } from "./dashboard_scene.mjs";
import { binary, chromiumOptions, startHost, startServer } from "./scene.mjs";

const OWNER = { name: "Olivia Owner", email: "olivia@example.com", password: "a long enough password" };
const shots = join(dirname(binary), "screenshots");

let server, host, browser;
let projectId, workspaceId, postTitle;

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startServer();
  host = await startHost();
  browser = await chromium.launch(chromiumOptions);
});

after(async () => {
  await browser?.close();
  await host?.stop();
  await server?.stop();
});

const open = () => openDashboard(browser, server, { clipboard: true });

const tab = (page, name) => page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name, exact: true });
const shoot = (page, name) => page.screenshot({ path: join(shots, `dashboard-${name}.png`), fullPage: true });

// A session on the API for what the story does not show (invitations), as curl would.
async function apiAs(email, password) {
  const base = `http://127.0.0.1:${server.port}`;
  const login = await fetch(base + "/api/v1/auth/login", {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: server.url },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith("_JIMO_TOKEN=")).split(";")[0];
  const { csrfToken } = await login.json();
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { "Content-Type": "application/json", Origin: server.url, Cookie: cookie, "X-CSRF-Token": csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return { post: (path, body) => call("POST", path, body), delete: (path) => call("DELETE", path) };
}

const inviteAs = async (role) => invite(server, await apiAs(OWNER.email, OWNER.password), workspaceId, role);

test("a new maker goes from sign-up to a counted view", async () => {
  const { context, page, errors } = await open();

  // Sign up.
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Name").fill(OWNER.name);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.locator("[data-user-email]").waitFor();
  assert.equal(await page.locator("[data-user-email]").textContent(), OWNER.email);
  workspaceId = (await page.evaluate(() => fetch("/api/v1/workspaces").then((r) => r.json()))).items[0].id;

  // Create a project: the install screen opens with the snippet.
  await page.getByLabel("Project name").fill("Acme web app");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("heading", { name: "Install the widget" }).waitFor();
  projectId = decodeURIComponent(page.url().split("#/projects/")[1].split("/")[0]);
  await page.getByRole("button", { name: "Copy the snippet" }).click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(snippet, /window\.JIMO_PROJECT_ID = "wm_pk_/);
  assert.equal(snippet, await page.locator("#snippet").textContent());
  await page.locator("#sdk-check", { hasText: "Not yet" }).waitFor();
  await shoot(page, "install");

  // Let the host site's origin run the widget.
  await tab(page, "Settings").click();
  await page.getByLabel("Allowed origins").fill(host.origin);
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.getByText("Saved", { exact: false }).first().waitFor();
  await shoot(page, "settings");

  // A post in Markdown, previewed by the server's renderer, then published.
  await tab(page, "Posts").click();
  await page.getByRole("button", { name: "New post" }).click();
  postTitle = "Dark mode is here";
  await page.getByLabel("Title").fill(postTitle);
  await page.getByLabel("Body (Markdown)").fill("Switch it on in **Settings**.\n\n- follows your system\n- or pick one");
  await page.locator("#post-preview strong", { hasText: "Settings" }).waitFor();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.locator(".badge.published").waitFor();
  await shoot(page, "post-editor");

  // A modal shown only on the pricing page.
  await tab(page, "Interactions").click();
  await page.getByRole("radio", { name: "Modal" }).check();
  await page.getByRole("button", { name: "New interaction" }).click();
  await page.getByLabel("Name").fill("Pricing welcome");
  await page.getByLabel("Title").fill("Yearly plans are 20% off");
  await page.getByLabel("Body").fill("Only this week.");
  await page.getByRole("button", { name: "Add page rule" }).click();
  await page.getByLabel("Page rule 1 match").selectOption("contains");
  await page.getByLabel("Page rule 1 address").fill("/pricing");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Published: it shows to its audience now.").waitFor();
  await shoot(page, "interaction-editor");

  // The host site pastes the snippet: the modal shows on /pricing, not elsewhere.
  const visitor = await browser.newContext();
  const product = await visitor.newPage();
  const pageWith = (title) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${snippet}</head>` +
    `<body><main><h1>${title}</h1></main></body></html>`;
  await product.goto(host.set("/home", pageWith("Home")));
  await product.waitForTimeout(1500);
  assert.equal(await product.getByText("Yearly plans are 20% off").count(), 0, "not on another page");
  await product.goto(host.set("/pricing", pageWith("Pricing")));
  await product.getByText("Yearly plans are 20% off").waitFor({ timeout: 10000 });
  await product.screenshot({ path: join(shots, "dashboard-host-page.png") });
  // Leaving the page sends the queued events (pagehide).
  await product.goto("about:blank");
  await visitor.close();

  // The install screen now knows the widget is on the site.
  await tab(page, "Install").click();
  await page.getByRole("button", { name: "Check again" }).click();
  await page.locator("#sdk-check", { hasText: `Yes: the widget last loaded on ${host.origin}` }).waitFor();

  // The view, counted in the analytics.
  await tab(page, "Analytics").click();
  await page.locator("#analytics-chart").waitFor();
  const views = page.locator('[data-total="view"]');
  for (let i = 0; i < 20 && Number(await views.getAttribute("data-value")) < 1; i++) {
    await page.waitForTimeout(500);
    await page.getByRole("button", { name: "Refresh" }).click();
  }
  assert.ok(Number(await views.getAttribute("data-value")) >= 1, "the modal's view is counted");
  await shoot(page, "analytics");

  await page.goto(`${server.url}/app/#/workspaces/${workspaceId}/team`);
  await page.getByRole("heading", { name: "Team" }).first().waitFor();
  await shoot(page, "team");
  assert.deepEqual(errors, [], "no uncaught error and no CSP violation");
  await context.close();
});

test("an editor cannot manage keys", async () => {
  const editor = await inviteAs("editor");
  const { context, page } = await open();
  await signIn(page, editor);
  await page.goto(`${server.url}/app/#/projects/${projectId}/keys`);
  await page.getByText("Only admins and owners manage API keys.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Create key" }).count(), 0);
  await context.close();
});

test("a viewer cannot publish", async () => {
  const viewer = await inviteAs("viewer");
  const { context, page } = await open();
  await signIn(page, viewer);
  await page.goto(`${server.url}/app/#/projects/${projectId}/posts`);
  await page.getByRole("link", { name: postTitle }).click();
  await page.getByLabel("Title").waitFor();
  assert.equal(await page.getByLabel("Title").isEditable(), false);
  const publish = page.getByRole("button", { name: "Publish" });
  assert.ok((await publish.count()) === 0 || (await publish.isDisabled()), "no way to publish");
  assert.equal(await page.getByRole("button", { name: "New post" }).count(), 0);
  await context.close();
});

test("a session that ends mid-edit keeps the text and asks to sign in again", async () => {
  const { context, page } = await open();
  await signIn(page, OWNER);
  await page.goto(`${server.url}/app/#/projects/${projectId}/posts`);
  await page.getByRole("link", { name: postTitle }).click();
  const typed = "Dark mode is here, and it is lovely";
  await page.getByLabel("Title").fill(typed);
  // Signed out elsewhere: every other session of the owner ends.
  const owner = await apiAs(OWNER.email, OWNER.password);
  await owner.delete("/api/v1/auth/sessions");
  await page.getByRole("button", { name: "Save draft" }).click();
  const again = page.getByRole("dialog", { name: "Sign in again" });
  await again.waitFor();
  await again.getByLabel("Email").fill(OWNER.email);
  await again.getByLabel("Password").fill(OWNER.password);
  await again.getByRole("button", { name: "Sign in" }).click();
  await again.waitFor({ state: "detached" });
  assert.equal(await page.getByLabel("Title").inputValue(), typed, "nothing typed is lost");
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.getByText("Saved.").waitFor();
  await context.close();
});
