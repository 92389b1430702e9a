// A post in two languages, written in the dashboard in chromium against the real server:
// a French version added beside the English one, labels, a cover and a slug, saved in one
// go and all back after a reload (in the page and through the API); a French title that is
// too long is refused and said in the French tab; a removed language is gone once saved; a
// colleague's save in between is said, and the maker reloads theirs or overwrites with mine.
//   WAYMARK_BINARY=build/release/waymark node --test tests/e2e/dashboard_posts_test.mjs
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { binary, browserTestWith, chromiumOptions, signUp, startServer } from "./scene.mjs";

const shots = join(dirname(binary), "screenshots");
const email = "writer@example.com";
const cover = "https://images.example.com/dark-mode.png"; // answered by the test, below
const onePixelPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

let server, browser, api;
const browserTest = browserTestWith(() => browser, () => server);

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startServer();
  api = await signUp(server, email);
  browser = await chromium.launch(chromiumOptions);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(open) {
  const page = await open();
  await page.goto(server.url + "/app/");
  await page.getByRole("dialog").getByRole("button", { name: "Reject all" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator("[data-user-email]").waitFor();
  return page;
}

const languageTab = (page, tag) => page.getByRole("group", { name: "Languages" }).locator(`button[data-tag="${tag}"]`);

browserTest("a post is written in two languages, with labels, a cover and a slug", async (open) => {
  const project = await api.post("/api/v1/projects", { name: "Acme web" });
  const post = await api.post(`/api/v1/projects/${project.id}/posts`, { title: "Dark mode is here", body: "Switch it on." });
  const postPath = `/api/v1/projects/${project.id}/posts/${post.id}`;
  const page = await signedIn(open);
  await page.route(cover, (route) => route.fulfill({ contentType: "image/png", body: onePixelPng }));
  await page.goto(`${server.url}/app/#/projects/${project.id}/posts/${post.id}`);
  await page.getByLabel("Title").waitFor();
  assert.equal(await languageTab(page, "en").getAttribute("aria-pressed"), "true", "the post's own language first");

  // A tag is checked before it is added.
  const addLanguage = page.getByLabel("Add a language");
  await addLanguage.fill("fr_FR");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByText("“fr_FR” is not a language tag", { exact: false }).waitFor();
  await addLanguage.fill("EN");
  await addLanguage.press("Enter");
  await page.getByText("en is the post's own language.").waitFor();
  await addLanguage.fill("fr");
  await addLanguage.press("Enter");
  assert.equal(await languageTab(page, "fr").getAttribute("aria-pressed"), "true", "the new language is shown");
  assert.equal(await page.getByLabel("Title").inputValue(), "", "a new language starts empty");

  // The French version, previewed as the English one is; switching tabs loses nothing.
  await page.getByLabel("Title").fill("Le mode sombre est là");
  await page.getByLabel("Body (Markdown)").fill("Changez de **thème** dans les réglages.");
  await page.locator("#post-preview strong", { hasText: "thème" }).waitFor();
  await languageTab(page, "en").click();
  assert.equal(await page.getByLabel("Title").inputValue(), "Dark mode is here");
  await page.getByLabel("Body (Markdown)").fill("Switch it on in **Settings**.");
  await languageTab(page, "fr").click();
  assert.equal(await page.getByLabel("Title").inputValue(), "Le mode sombre est là");

  await page.getByLabel("Labels").fill("ui, themes, ui");
  await page.getByLabel("Cover image URL").fill(cover);
  const preview = page.locator("img.post-cover");
  assert.equal(await preview.getAttribute("src"), cover);
  await page.waitForFunction(() => document.querySelector("img.post-cover")?.naturalWidth === 1);
  await page.getByLabel("Slug").fill("dark-mode");
  const saving = page.waitForResponse((r) => r.request().method() === "PATCH");
  await page.getByRole("button", { name: "Save draft" }).click();
  assert.equal((await saving).status(), 200);
  const patch = JSON.parse((await saving).request().postData());
  assert.deepEqual(Object.keys(patch.variants), ["fr"], "the whole post in one PATCH");
  await page.getByText("Saved.").waitFor();
  assert.equal(await page.getByLabel("Labels").inputValue(), "ui, themes", "repeats dropped, as stored");
  await page.locator("#post-preview strong", { hasText: "thème" }).waitFor();
  await page.screenshot({ path: join(shots, "dashboard-post-languages.png"), fullPage: true });

  // All of it comes back after a reload, in the page and through the API.
  await page.reload();
  await page.getByLabel("Title").waitFor();
  assert.equal(await page.getByLabel("Title").inputValue(), "Dark mode is here");
  assert.equal(await page.getByLabel("Body (Markdown)").inputValue(), "Switch it on in **Settings**.");
  await languageTab(page, "fr").click();
  assert.equal(await page.getByLabel("Title").inputValue(), "Le mode sombre est là");
  assert.equal(await page.getByLabel("Body (Markdown)").inputValue(), "Changez de **thème** dans les réglages.");
  assert.equal(await page.getByLabel("Labels").inputValue(), "ui, themes");
  assert.equal(await page.getByLabel("Cover image URL").inputValue(), cover);
  assert.equal(await preview.getAttribute("src"), cover, "the cover is previewed");
  assert.equal(await page.getByLabel("Slug").inputValue(), "dark-mode");
  const stored = await api.get(postPath);
  assert.equal(stored.language, "en");
  assert.equal(stored.body, "Switch it on in **Settings**.");
  assert.deepEqual(stored.variants, { fr: { title: "Le mode sombre est là", body: "Changez de **thème** dans les réglages." } });
  assert.deepEqual(stored.labels, ["ui", "themes"]);
  assert.equal(stored.coverImageUrl, cover);
  assert.equal(stored.slug, "dark-mode");

  // The list says which languages and labels each post has.
  await page.getByRole("link", { name: "← Posts" }).click();
  const row = page.getByRole("row", { name: /Dark mode is here/ });
  await row.waitFor();
  assert.equal(await row.locator(".post-languages").textContent(), "en · fr");
  assert.deepEqual(await row.getByRole("list", { name: "Labels" }).getByRole("listitem").allTextContents(), ["ui", "themes"]);
  await page.screenshot({ path: join(shots, "dashboard-post-list.png"), fullPage: true });
});

browserTest("a refused French title is said in the French tab, and a removed language goes", async (open) => {
  const project = await api.post("/api/v1/projects", { name: "Acme mobile" });
  const post = await api.post(`/api/v1/projects/${project.id}/posts`, {
    title: "Offline mode",
    variants: { fr: { title: "Mode hors ligne", body: "" } },
  });
  const postPath = `/api/v1/projects/${project.id}/posts/${post.id}`;
  const page = await signedIn(open);
  await page.goto(`${server.url}/app/#/projects/${project.id}/posts/${post.id}`);
  await page.getByLabel("Title").waitFor();

  // The server refuses a 201-character French title and names the field; the French tab
  // shows the message beside its title and is marked, even seen from the English tab.
  const tooLong = "Le mode hors ligne ".repeat(11).slice(0, 201);
  await languageTab(page, "fr").click();
  await page.getByLabel("Title").fill(tooLong);
  await languageTab(page, "en").click();
  const refused = page.waitForResponse((r) => r.request().method() === "PATCH");
  await page.getByRole("button", { name: "Save draft" }).click();
  const answer = await refused;
  assert.equal(answer.status(), 400);
  const problem = await answer.json();
  assert.deepEqual(problem.errors.map((e) => e.field), ["variants.fr.title"]);
  assert.equal(await languageTab(page, "fr").getAttribute("aria-pressed"), "true", "the tab holding the error is shown");
  const title = page.getByLabel("Title");
  assert.equal(await title.getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#post-title-error").textContent(), problem.errors[0].message);
  assert.match(await languageTab(page, "fr").textContent(), /has an error/);
  await languageTab(page, "en").click();
  assert.equal(await page.locator("#post-title-error").count(), 0, "the English title is fine");
  assert.doesNotMatch(await languageTab(page, "en").textContent(), /has an error/);
  await languageTab(page, "fr").click();
  assert.equal(await page.getByLabel("Title").inputValue(), tooLong, "nothing typed is lost");
  await page.screenshot({ path: join(shots, "dashboard-post-variant-error.png"), fullPage: true });

  // Removing asks first; Cancel keeps the language.
  await page.getByRole("button", { name: "Remove fr" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove the fr version?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await languageTab(page, "fr").count(), 1);
  await page.getByRole("button", { name: "Remove fr" }).click();
  await dialog.getByRole("button", { name: "Remove", exact: true }).click();
  await languageTab(page, "fr").waitFor({ state: "detached" });
  assert.equal(await languageTab(page, "en").getAttribute("aria-pressed"), "true");
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.getByText("Saved.").waitFor();
  const stored = await api.get(postPath);
  assert.deepEqual(stored.variants, {});
  assert.equal(stored.title, "Offline mode");
});

browserTest("a colleague's save in between is said, and the maker reloads theirs or overwrites with mine", async (open) => {
  const project = await api.post("/api/v1/projects", { name: "Acme desk" });
  const post = await api.post(`/api/v1/projects/${project.id}/posts`, { title: "Exports", body: "CSV for now." });
  const postPath = `/api/v1/projects/${project.id}/posts/${post.id}`;
  const page = await signedIn(open);
  await page.goto(`${server.url}/app/#/projects/${project.id}/posts/${post.id}`);
  await page.getByLabel("Title").waitFor();
  const conflict = page.getByRole("alert").filter({ hasText: "changed by someone else" });

  // A colleague saves while the maker types: the maker's save is refused, not lost.
  await api.patch(postPath, { title: "Exports, by a colleague" });
  await page.getByLabel("Title").fill("Exports, by the maker");
  await page.getByRole("button", { name: "Save draft" }).click();
  await conflict.waitFor();
  assert.equal((await api.get(postPath)).title, "Exports, by a colleague", "nothing overwritten unknowingly");
  assert.equal(await page.getByLabel("Title").inputValue(), "Exports, by the maker", "nothing typed is lost");
  await page.screenshot({ path: join(shots, "dashboard-post-conflict.png"), fullPage: true });

  // "Reload theirs" shows the colleague's version.
  await conflict.getByRole("button", { name: "Reload theirs" }).click();
  await conflict.waitFor({ state: "detached" });
  assert.equal(await page.getByLabel("Title").inputValue(), "Exports, by a colleague");

  // Again, and this time "Overwrite with mine" saves the maker's text over theirs.
  await api.patch(postPath, { body: "CSV and JSON, by a colleague." });
  await page.getByLabel("Body (Markdown)").fill("CSV, JSON and Excel.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await conflict.waitFor();
  await conflict.getByRole("button", { name: "Overwrite with mine" }).click();
  await page.getByText("Saved.").waitFor();
  await conflict.waitFor({ state: "detached" });
  const stored = await api.get(postPath);
  assert.equal(stored.title, "Exports, by a colleague");
  assert.equal(stored.body, "CSV, JSON and Excel.");
});
