// The dashboard's quality bar where no other test looks: a maker does a whole task with the
// keyboard alone and always sees where the focus is; a server error shows its request id;
// a save refused by the server's validation or lost on the network keeps every character
// typed; a viewer's editor cannot be changed, not even from the keyboard. Against the real
// server; screenshots of the error states go to <build>/screenshots/dashboard-error-*.png.
//   WAYMARK_BINARY=build/release/waymark node --test tests/e2e/dashboard_keyboard_test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { binary, chromiumOptions, createProject, signUp, startServer } from "./scene.mjs";
import { eventually, invite, openDashboard, signIn } from "./dashboard_scene.mjs";

const OWNER = { email: "owner@example.com", password: "a long enough password" }; // as scene's signUp makes it
const shots = join(dirname(binary), "screenshots");

let dataDir, server, browser, owner, project, workspaceId;

before(async () => {
  mkdirSync(shots, { recursive: true });
  // The test's own data dir (the last --data-dir wins), so it can lock the database.
  dataDir = mkdtempSync(join(tmpdir(), "waymark-e2e-keyboard-"));
  server = await startServer(["--data-dir", dataDir]);
  owner = await signUp(server, OWNER.email);
  project = await createProject(owner, "https://www.example.com");
  workspaceId = (await owner.get("/api/v1/workspaces")).items[0].id;
  browser = await chromium.launch(chromiumOptions);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const postsPath = () => `/api/v1/projects/${project.id}/posts`;
const editorOf = (postId) => `${server.url}/app/#/projects/${project.id}/posts/${postId}`;
const titleField = (page) => page.getByLabel("Title", { exact: true });
const bodyField = (page) => page.getByLabel("Body (Markdown)", { exact: true });
const categoryField = (page) => page.getByLabel("Category", { exact: true });
const saveButton = (page) => page.getByRole("button", { name: /^Save( draft)?$/ });
const sidebarLink = (page, name) => page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name, exact: true });
const shoot = (page, name) => page.screenshot({ path: join(shots, `dashboard-error-${name}.png`), fullPage: true });

// What has the focus, and whether a keyboard user can see it: the element matches
// :focus-visible and draws an outline or a ring. One exception: the last Tab stop of a
// date or time input is the browser's own calendar button, inside the input, which the
// browser rings itself while the input no longer matches :focus-visible.
function focusOf(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { name: "the page itself", element: false, visible: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none";
    const label = element.getAttribute("aria-label") || element.labels?.[0]?.textContent || element.textContent || "";
    const calendarButton = element.matches('input:is([type="date"], [type="datetime-local"], [type="time"]):not(:focus-visible)');
    return {
      name: `${element.tagName.toLowerCase()} “${label.trim().slice(0, 40)}”`,
      element: true,
      visible: (element.matches(":focus-visible") && (outline || ring)) || calendarButton,
    };
  });
}

// Presses a key; whatever element holds the focus afterwards must show it.
async function press(page, key) {
  await page.keyboard.press(key);
  const focus = await focusOf(page);
  assert.ok(!focus.element || focus.visible, `after ${key} the focus on ${focus.name} cannot be seen`);
  return focus;
}

const hasFocus = (locator) => locator.evaluate((element) => element === document.activeElement);

// Tabs (or Shift+Tabs) until `target` has the focus, each stop showing its focus.
async function tabTo(page, target, { back = false } = {}) {
  await target.waitFor();
  const key = back ? "Shift+Tab" : "Tab";
  const stops = [];
  for (let i = 0; i < 60; i++) {
    stops.push((await press(page, key)).name);
    if (await hasFocus(target)) return;
  }
  assert.fail(`${key} never reached ${target}; it stopped at: ${stops.join(", ")}`);
}

// Holds SQLite's write lock from another process (python3's sqlite3), as a stuck backup
// or a second server would: the server's writes wait out their busy timeout and fail, a
// real 5xx. The returned function lets go of the lock.
const holdLock = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
db.execute("ROLLBACK")
`;
async function lockDatabase() {
  const holder = spawn("python3", ["-c", holdLock, join(dataDir, "waymark.db")], { stdio: ["pipe", "pipe", "inherit"] });
  const exited = new Promise((done) => holder.once("exit", done));
  await new Promise((done, fail) => {
    let seen = "";
    holder.once("error", fail);
    holder.once("exit", (code) => fail(new Error(`the lock holder exited with ${code}`)));
    holder.stdout.on("data", (chunk) => (seen += chunk).includes("locked") && done());
  });
  return async () => {
    holder.stdin.end();
    await exited;
  };
}

test("a maker signs in, writes a post and answers a dialog with the keyboard alone, always seeing the focus", async () => {
  const webhook = await owner.post(`/api/v1/projects/${project.id}/webhooks`, {
    url: "https://hooks.example.com/waymark",
    events: ["post.published"],
    active: true,
  });
  const { context, page, errors } = await openDashboard(browser, server, { keepConsent: true });
  // A pointer press anywhere would mean a step needed the mouse.
  await page.evaluate(() => {
    window.pointerPresses = 0;
    for (const type of ["pointerdown", "mousedown"]) addEventListener(type, () => window.pointerPresses++, true);
  });

  // The site's consent pop-up, answered from the keyboard.
  await tabTo(page, page.getByRole("button", { name: "Reject all" }));
  await press(page, "Enter");

  // Sign in.
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(OWNER.email);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(OWNER.password);
  await tabTo(page, page.getByRole("button", { name: "Sign in" }));
  await press(page, "Space");
  await page.locator("[data-user-email]").waitFor();

  // The project, chosen in the switcher with the arrow keys.
  await tabTo(page, page.getByRole("combobox", { name: "Project" }));
  await press(page, "ArrowDown");
  await page.waitForURL(`**/#/projects/${project.id}/install`);

  // Posts, from the sidebar; a new post; its title and body; saved.
  await tabTo(page, sidebarLink(page, "Posts"));
  await press(page, "Enter");
  // The new screen's heading takes the focus, so a screen reader says where the maker is.
  const postsHeading = page.getByRole("heading", { name: "Posts", level: 1 });
  await eventually(() => hasFocus(postsHeading), "the Posts heading to take the focus");
  await tabTo(page, page.getByRole("button", { name: "New post" }));
  await press(page, "Enter");
  await tabTo(page, titleField(page));
  await press(page, "ControlOrMeta+a");
  await page.keyboard.type("Typed without a mouse");
  await tabTo(page, bodyField(page));
  await page.keyboard.type("Every step of it **from the keyboard**.\nTab, Enter, Space.");
  await tabTo(page, saveButton(page));
  await press(page, "Enter");
  await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  assert.ok(await hasFocus(saveButton(page)), "the focus stays on the button that saved");
  const postId = decodeURIComponent(page.url().split("/posts/")[1]);
  const saved = await owner.get(`${postsPath()}/${postId}`);
  assert.equal(saved.title, "Typed without a mouse");
  assert.equal(saved.body, "Every step of it **from the keyboard**.\nTab, Enter, Space.");

  // A confirm dialog: opened, kept modal, dismissed with Escape, the focus back on its opener.
  await tabTo(page, sidebarLink(page, "Webhooks"), { back: true });
  await press(page, "Enter");
  await tabTo(page, page.getByRole("link", { name: webhook.url }));
  await press(page, "Enter");
  const opener = page.getByRole("button", { name: "Delete webhook" });
  await tabTo(page, opener);
  await press(page, "Enter");
  const dialog = page.getByRole("dialog", { name: "Delete this webhook?" });
  await dialog.waitFor();
  assert.ok(await hasFocus(dialog.getByRole("button", { name: "Cancel" })), "the dialog opens on Cancel");
  assert.ok((await focusOf(page)).visible, "the focus on Cancel is visible");
  // Tab goes round the dialog's buttons; past the last one the browser may take the focus
  // to its own controls (the page itself then has none), never to the page under the dialog.
  const round = [];
  for (let i = 0; i < 6; i++) {
    await press(page, "Tab");
    const where = await dialog.evaluate((element) =>
      element.contains(document.activeElement) ? document.activeElement.textContent : document.activeElement === document.body ? "" : null,
    );
    assert.notEqual(where, null, "Tab never leaves the modal dialog for the page under it");
    round.push(where);
  }
  assert.ok(round.includes("Cancel") && round.includes("Delete it"), `Tab reaches both buttons: ${round}`);
  await press(page, "Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.ok(await hasFocus(opener), "Escape gives the focus back to the button that opened the dialog");
  assert.ok((await focusOf(page)).visible, "and it shows there");
  assert.equal((await owner.get(`/api/v1/projects/${project.id}/webhooks/${webhook.id}`)).id, webhook.id, "Escape deleted nothing");

  assert.equal(await page.evaluate(() => window.pointerPresses), 0, "no step needed the mouse");
  assert.deepEqual(errors, [], "no uncaught error and no CSP violation");
  await context.close();
});

test("a server error shows its request id and keeps what was typed", async () => {
  const post = await owner.post(postsPath(), { title: "Before the failure" });
  const { context, page } = await openDashboard(browser, server);
  await signIn(page, OWNER);
  await page.goto(editorOf(post.id));
  await titleField(page).fill("Written while the server fails");
  await bodyField(page).fill("Not one **word** of this may be lost.");

  const release = await lockDatabase();
  let requestId;
  try {
    const answered = page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().endsWith(post.id), { timeout: 20000 });
    await saveButton(page).click();
    const response = await answered;
    assert.ok(response.status() >= 500, `the server failed the save (${response.status()})`);
    assert.match(response.headers()["content-type"], /^application\/problem\+json/);
    requestId = response.headers()["x-request-id"];
    assert.ok(requestId, "the server names the request");
  } finally {
    await release();
  }
  const note = page.getByRole("alert").filter({ hasText: `request ${requestId}` });
  await note.waitFor();
  assert.match(await note.textContent(), /Service Unavailable/, "the note says what failed");
  assert.equal(await titleField(page).inputValue(), "Written while the server fails");
  assert.equal(await bodyField(page).inputValue(), "Not one **word** of this may be lost.");
  await page.locator("#post-preview strong", { hasText: "word" }).waitFor();
  await shoot(page, "server");

  await saveButton(page).click();
  await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  assert.equal(await note.count(), 0, "the note goes once the save succeeds");
  assert.equal((await owner.get(`${postsPath()}/${post.id}`)).title, "Written while the server fails");
  await context.close();
});

test("a save the server refuses names the field, keeps every field, and saves once corrected", async () => {
  const post = await owner.post(postsPath(), { title: "Short" });
  const { context, page } = await openDashboard(browser, server);
  await signIn(page, OWNER);
  await page.goto(editorOf(post.id));
  const tooLong = "A title that goes on ".repeat(10); // 210 characters; the API allows 200
  const body = "The body stays, **every** character of it.";
  await titleField(page).fill(tooLong);
  await bodyField(page).fill(body);
  await categoryField(page).fill("Improved");
  await saveButton(page).click();

  await page.locator('[aria-invalid="true"]').first().waitFor();
  assert.equal(await titleField(page).getAttribute("aria-invalid"), "true", "the title is marked");
  const describedBy = await titleField(page).getAttribute("aria-describedby");
  const message = page.locator(`[id="${describedBy}"]`);
  assert.match(await message.textContent(), /at most 200/, "the server's message is announced with the field");
  const titleBlock = page.locator(".field", { has: titleField(page) });
  assert.equal(await titleBlock.locator(`[id="${describedBy}"]`).count(), 1, "the message sits next to the title");
  assert.equal(await bodyField(page).getAttribute("aria-invalid"), null, "the body is not blamed");
  assert.equal(await titleField(page).inputValue(), tooLong);
  assert.equal(await bodyField(page).inputValue(), body);
  assert.equal(await categoryField(page).inputValue(), "Improved");
  await page.locator("#post-preview strong", { hasText: "every" }).waitFor();
  await shoot(page, "validation");

  await titleField(page).fill("A title of a fair length");
  await saveButton(page).click();
  await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  assert.equal(await titleField(page).getAttribute("aria-invalid"), null, "the mark goes once the save succeeds");
  const stored = await owner.get(`${postsPath()}/${post.id}`);
  assert.deepEqual([stored.title, stored.body, stored.category], ["A title of a fair length", body, "Improved"]);
  await context.close();
});

test("a save lost on the network keeps the text, and a retry saves it", async () => {
  const post = await owner.post(postsPath(), { title: "Offline soon" });
  const { context, page } = await openDashboard(browser, server);
  await signIn(page, OWNER);
  await page.goto(editorOf(post.id));
  const title = "Written on a train";
  const body = "The tunnel cut the line; the **text** stayed.";
  await titleField(page).fill(title);
  await bodyField(page).fill(body);

  const cut = (route) => (route.request().method() === "PATCH" ? route.abort("internetdisconnected") : route.continue());
  await page.route(`**/api/v1/projects/*/posts/${post.id}`, cut);
  await saveButton(page).click();
  await page.getByRole("alert").filter({ hasText: "could not be reached" }).waitFor();
  assert.equal(await page.getByRole("status").filter({ hasText: "Saved." }).count(), 0, "nothing claims it saved");
  assert.equal(await titleField(page).inputValue(), title);
  assert.equal(await bodyField(page).inputValue(), body);
  assert.equal((await owner.get(`${postsPath()}/${post.id}`)).title, "Offline soon", "nothing reached the server");
  await page.locator("#post-preview strong", { hasText: "text" }).waitFor();
  await shoot(page, "network");

  await page.unroute(`**/api/v1/projects/*/posts/${post.id}`, cut);
  await saveButton(page).click();
  await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  const stored = await owner.get(`${postsPath()}/${post.id}`);
  assert.deepEqual([stored.title, stored.body], [title, body]);
  await context.close();
});

test("a viewer's post editor is read-only, from the keyboard too", async () => {
  const post = await owner.post(postsPath(), { title: "Only editors change this", body: "As it was.", category: "New" });
  const viewer = await invite(server, owner, workspaceId, "viewer");
  const { context, page } = await openDashboard(browser, server);
  await signIn(page, viewer);
  await page.goto(editorOf(post.id));
  await titleField(page).waitFor();
  const named = [titleField(page), bodyField(page), categoryField(page)];
  for (const field of named) assert.ok(await field.isDisabled(), "the field is disabled");
  // Every control that holds text in the editor, whatever fields it grows.
  const controls = page.locator("form", { has: titleField(page) }).locator("input, textarea, select");
  const values = async () => Promise.all((await controls.all()).map((control) => control.inputValue()));
  const before = await values();
  assert.ok(before.length >= named.length);
  for (const control of await controls.all()) assert.ok(await control.isDisabled(), "every field of the editor is disabled");
  const save = saveButton(page);
  assert.ok((await save.count()) === 0 || (await save.isDisabled()), "nothing to save with");

  // Once round the page with Tab: no field takes the focus, so no key reaches one.
  const back = page.getByRole("link", { name: "← Posts" });
  const controlHasFocus = () => controls.evaluateAll((all) => all.includes(document.activeElement));
  await back.focus();
  for (let i = 0; i < 40; i++) {
    await press(page, "Tab");
    assert.equal(await controlHasFocus(), false, "Tab skips the read-only fields");
  }
  await back.focus();
  for (const field of named) await field.focus();
  assert.equal(await controlHasFocus(), false, "a disabled field cannot even be focused by script");
  await page.keyboard.type("typed over");

  assert.deepEqual(await values(), before, "no field changed");
  assert.equal(await titleField(page).inputValue(), "Only editors change this");
  assert.equal(await bodyField(page).inputValue(), "As it was.");
  assert.equal(await categoryField(page).inputValue(), "New");
  const stored = await owner.get(`${postsPath()}/${post.id}`);
  assert.deepEqual([stored.title, stored.body, stored.category, stored.version], ["Only editors change this", "As it was.", "New", post.version]);
  await context.close();
});
