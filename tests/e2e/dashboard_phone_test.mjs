// The dashboard on a phone (390×844), in chromium against the real server: the skip link
// jumps past the bar into the content; a maker signs up, creates a second workspace, switches
// between the two and sees each one's projects, and reaches every main screen through the
// sections menu without the page ever scrolling sideways. Screenshots of each screen go to
// <build>/screenshots/dashboard-phone-<screen>.png for review.
//   WAYMARK_BINARY=build/release/waymark node --test tests/e2e/dashboard_phone_test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { eventually, openDashboard, signIn } from "./dashboard_scene.mjs";
import { binary, chromiumOptions, startServer } from "./scene.mjs";

const MAKER = { name: "Pat Phone", email: "pat@example.com", password: "a long enough password" };
const PHONE = { width: 390, height: 844 };
const shots = join(dirname(binary), "screenshots");

let server, browser;

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startServer();
  browser = await chromium.launch(chromiumOptions);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// A phone with the consent pop-up answered and its answer saved, so that a reload does not
// ask again.
async function openPhone() {
  const opened = await openDashboard(browser, server, { viewport: PHONE, keepConsent: true });
  const saved = opened.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/consent");
  await opened.page.getByRole("dialog").getByRole("button", { name: "Reject all" }).click();
  await saved;
  return opened;
}

const menuButton = (page) => page.getByRole("button", { name: /^Sections/ });
const workspaceSwitcher = (page) => page.getByRole("combobox", { name: "Workspace", exact: true });
const projectSwitcher = (page) => page.getByRole("combobox", { name: "Project", exact: true });
const projectCards = (page) => page.locator("#main .cards a");

// Opens the sections menu, follows one of its links, and checks that the menu closed.
async function viaMenu(page, name) {
  const button = menuButton(page);
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name, exact: true }).click();
  await eventually(async () => (await button.getAttribute("aria-expanded")) === "false", `the menu closing after ${name}`);
}

// The screen fits the phone: its heading shows and nothing makes the page scroll sideways.
async function checkScreen(page, heading, shot) {
  const title = page.locator("#main h1").filter({ hasText: heading }).first();
  await title.waitFor();
  assert.ok(await title.isVisible(), `${heading}: the heading is visible`);
  await page.waitForTimeout(300); // lists and charts that load after the heading
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.equal(innerWidth, PHONE.width, "the page is not zoomed out to fit");
  assert.ok(scrollWidth <= innerWidth, `${heading}: the page is ${scrollWidth} px wide on a ${innerWidth} px screen`);
  await page.screenshot({ path: join(shots, `dashboard-phone-${shot}.png`), fullPage: true });
}

// The projects screen of one workspace, once it shows that workspace.
async function listedProjects(page, workspace) {
  await page.locator("#main p.meta", { hasText: `In ${workspace}.` }).waitFor();
  return projectCards(page).allTextContents();
}

test("a maker works through every screen on a phone, in two workspaces", async () => {
  const { context, page, errors } = await openPhone();

  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Name").fill(MAKER.name);
  await page.getByLabel("Email").fill(MAKER.email);
  await page.getByLabel("Password").fill(MAKER.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.locator("[data-user-email]").waitFor();

  // One workspace: nothing to choose, its name stands in the bar; the project goes in it.
  assert.equal(await workspaceSwitcher(page).count(), 0);
  const own = (await page.locator(".topbar .workspace-name").textContent()).trim();
  assert.ok(own.length > 0, "the workspace is named in the bar");
  await checkScreen(page, "Projects", "projects");
  await page.getByLabel("Project name").fill("Phone app");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("heading", { name: "Install the widget" }).waitFor();
  // The new screen's heading takes the focus a frame after it shows; moving the focus before
  // that would race it.
  await eventually(() => page.evaluate(() => document.activeElement?.tagName === "H1"), "the heading taking the focus");

  // The menu works from the keyboard: Enter opens it, Escape closes it and gives the focus back.
  await menuButton(page).focus();
  await page.keyboard.press("Enter");
  assert.equal(await menuButton(page).getAttribute("aria-expanded"), "true");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.closest("nav")?.getAttribute("aria-label")), "Sections");
  await page.keyboard.press("Escape");
  await eventually(async () => (await menuButton(page).getAttribute("aria-expanded")) === "false", "Escape closing the menu");
  assert.ok(await menuButton(page).evaluate((button) => button === document.activeElement), "focus back on the button");

  // A second workspace: an empty name is refused next to the field, then it is created.
  await viaMenu(page, "New workspace");
  await page.getByRole("heading", { name: "New workspace", level: 1 }).waitFor();
  await page.getByRole("button", { name: "Create workspace" }).click();
  const nameField = page.getByLabel("Workspace name");
  await page.locator("#workspace-name-error").waitFor();
  assert.equal(await nameField.getAttribute("aria-invalid"), "true");
  assert.equal(await nameField.getAttribute("aria-describedby"), "workspace-name-error");
  await checkScreen(page, "New workspace", "new-workspace");
  await nameField.fill("Agency");
  await page.getByRole("button", { name: "Create workspace" }).click();
  assert.deepEqual(await listedProjects(page, "Agency"), [], "the new workspace is chosen, and has no project yet");
  await page.getByText("No project in this workspace yet.").waitFor();
  assert.equal(await workspaceSwitcher(page).locator("option:checked").textContent(), "Agency");
  await page.getByLabel("Project name").fill("Agency site");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("heading", { name: "Install the widget" }).waitFor();
  const agencySite = decodeURIComponent(page.url().split("#/projects/")[1].split("/")[0]);

  // Switching shows each workspace's projects, in the list and in the project switcher.
  await workspaceSwitcher(page).selectOption({ label: own });
  assert.deepEqual(await listedProjects(page, own), ["Phone app"]);
  assert.deepEqual(await projectSwitcher(page).locator("option").allTextContents(), ["All projects", "Phone app"]);
  await workspaceSwitcher(page).selectOption({ label: "Agency" });
  assert.deepEqual(await listedProjects(page, "Agency"), ["Agency site"]);
  assert.deepEqual(await projectSwitcher(page).locator("option").allTextContents(), ["All projects", "Agency site"]);

  // The link names the chosen workspace, so a reload keeps it; nothing is stored in the browser.
  assert.match(page.url(), /#\/workspaces\/[^/]+\/projects$/);
  await page.reload();
  assert.deepEqual(await listedProjects(page, "Agency"), ["Agency site"]);
  assert.equal(await workspaceSwitcher(page).locator("option:checked").textContent(), "Agency");

  // The workspace's tabs follow the chosen workspace, and switching keeps the tab.
  await viaMenu(page, "Team");
  await checkScreen(page, "Team", "team");
  assert.equal(await page.getByLabel("Workspace name").inputValue(), "Agency");
  const agencyTeam = page.url();
  await workspaceSwitcher(page).selectOption({ label: own });
  await eventually(async () => (await page.getByLabel("Workspace name").inputValue()) === own);
  assert.match(page.url(), /#\/workspaces\/[^/]+\/team$/);
  assert.notEqual(page.url(), agencyTeam);
  await workspaceSwitcher(page).selectOption({ label: "Agency" });
  await eventually(async () => (await page.getByLabel("Workspace name").inputValue()) === "Agency");

  await projectSwitcher(page).selectOption({ label: "Agency site" });
  await checkScreen(page, "Install the widget", "install");
  assert.ok(page.url().includes(`#/projects/${encodeURIComponent(agencySite)}/install`));

  // The editors stack their preview under the form.
  await viaMenu(page, "Posts");
  await page.getByRole("button", { name: "New post" }).click();
  await page.getByLabel("Title").fill("Dark mode is here");
  await page.getByLabel("Body (Markdown)").fill("Switch it on in **Settings**.");
  await page.locator("#post-preview strong", { hasText: "Settings" }).waitFor();
  const body = await page.getByLabel("Body (Markdown)").boundingBox();
  const preview = await page.locator("#post-preview").boundingBox();
  assert.ok(preview.y >= body.y + body.height, "the post's preview is under its body, not beside it");
  await checkScreen(page, "Dark mode is here", "post-editor");
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.getByText("Saved.").waitFor();

  await viaMenu(page, "Interactions");
  await page.getByRole("radio", { name: "Modal" }).check();
  await page.getByRole("button", { name: "New interaction" }).click();
  await page.getByLabel("Name").fill("Pricing welcome");
  await checkScreen(page, "Pricing welcome", "interaction-editor");

  // Every main screen, reached through the menu; the lists now have rows.
  const screens = [
    ["Posts", "Posts", "posts"],
    ["Interactions", "Interactions", "interactions"],
    ["Segments", "Segments", "segments"],
    ["Analytics", "Analytics", "analytics"],
    ["Settings", "Settings", "settings"],
    ["API keys", "API keys", "keys"],
    ["Webhooks", "Webhooks", "webhooks"],
    ["Audit log", "Audit log", "audit"],
    ["Traffic", "Traffic", "traffic"],
    ["Consent records", "Consent records", "consents"],
  ];
  for (const [link, heading, shot] of screens) {
    await viaMenu(page, link);
    await checkScreen(page, heading, shot);
    if (shot === "keys") {
      // A row in the table, whose actions must stay reachable.
      await page.getByLabel("Key name").fill("CI on a phone");
      await page.getByRole("button", { name: "Create key" }).click();
      const revoke = page.getByRole("button", { name: "Revoke" }).first();
      await revoke.scrollIntoViewIfNeeded();
      const box = await revoke.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, "the row's button scrolls into view");
      await checkScreen(page, heading, shot);
    }
  }

  await page.locator("[data-user-email]").click();
  await checkScreen(page, "Your account", "account");
  await page.getByRole("link", { name: "Waymark" }).click();
  assert.deepEqual(await listedProjects(page, "Agency"), ["Agency site"]);
  assert.match(page.url(), /#\/workspaces\/[^/]+\/projects$/);
  assert.equal(await page.evaluate(() => localStorage.length), 0, "no choice kept in the browser's storage");

  assert.deepEqual(errors, [], "no uncaught error and no CSP violation");
  await context.close();
});

test("the skip link jumps past the bar into the content, signed out and in", async () => {
  const { context, page } = await openPhone();
  for (const signedIn of [false, true]) {
    await page.reload();
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    const before = page.url();
    await page.keyboard.press("Tab");
    const skip = page.locator(":focus");
    assert.equal(await skip.textContent(), "Skip to content");
    const box = await skip.boundingBox();
    assert.ok(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 390, "the focused skip link shows on screen");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => !!document.activeElement?.closest("main#main")), true, "focus is in the main");
    assert.equal(page.url(), before, "the screen stays: the link is not read as a route");
    assert.equal(await page.locator("main").count(), 1, "one main landmark");
    if (!signedIn) {
      assert.equal(await page.locator("main#main h1").textContent(), "Sign in");
      await signIn(page, MAKER);
    }
  }
  await context.close();
});
