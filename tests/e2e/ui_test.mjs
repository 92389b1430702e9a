// Browser test of the SDK's UI on a hostile page: node --test tests/e2e/ui_test.mjs
import { test, before, after, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
let dir, browser, page, errors, pure;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "waymark-ui-"));
  await build({
    entryPoints: [join(here, "ui_fixture/harness.ts")],
    bundle: true,
    format: "iife",
    target: "es2019",
    outfile: join(dir, "harness.js"),
    logLevel: "error",
  });
  copyFileSync(join(here, "ui_fixture/harness.html"), join(dir, "harness.html"));
  // The UI's pure parts, tested here without a browser.
  await build({
    stdin: { contents: 'export * from "./place"; export * from "./i18n";', resolveDir: join(here, "../../web/sdk/src/ui"), loader: "ts" },
    bundle: true,
    format: "esm",
    outfile: join(dir, "pure.mjs"),
    logLevel: "error",
  });
  pure = await import(pathToFileURL(join(dir, "pure.mjs")).href);
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"], headless: true });
});

after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  errors = [];
  page.setDefaultTimeout(5000);
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() == "warning" && console.log("page:", m.text()));
  await page.goto(pathToFileURL(join(dir, "harness.html")).href);
});

afterEach(async () => {
  await page.close();
  assert.deepEqual(errors, [], "no uncaught errors on the page");
});

const start = (o = {}) => page.evaluate((o) => window.start(o), o);
const calls = (name) => page.evaluate((n) => window.calls.filter((c) => c[0] == n), name);
const waitCall = (name, timeout = 3000) =>
  page.waitForFunction((n) => window.calls.some((c) => c[0] == n), name, { timeout });
const ui = (sel) => page.locator("[data-waymark]").locator(sel);
// Describes what has focus inside the widget: the closest of the given selectors, else its class.
const focusIn = (...sels) =>
  page.evaluate((sels) => {
    const a = document.querySelector("[data-waymark]")?.shadowRoot.activeElement;
    if (!a) return document.activeElement?.id || null;
    return sels.find((s) => a.closest(s)) || a.className || a.tagName;
  }, sels);
const show = (ix) => page.evaluate((ix) => window.ui.show(ix), ix);
const rect = (loc) => loc.evaluate((e) => e.getBoundingClientRect().toJSON());
const pageStyles = () =>
  page.evaluate(() =>
    ["own", "clash", "field"].map((id) => {
      const s = getComputedStyle(document.getElementById(id));
      return [s.color, s.fontSize, s.fontWeight, s.display, s.position, s.backgroundColor, s.borderRadius, s.boxShadow];
    }),
  );

test("placement takes the first side with room, else the roomiest, inside the viewport", () => {
  const { place } = pure;
  const box = (left, top, w = 100, h = 40) => ({ left, top, right: left + w, bottom: top + h });
  assert.deepEqual(place(box(300, 100), 200, 80, 1000, 700), { side: "bottom", x: 250, y: 152, arrow: 100 });
  assert.equal(place(box(300, 600), 200, 80, 1000, 700).side, "top");
  assert.equal(place(box(300, 100), 200, 80, 1000, 700, "right").side, "right");
  assert.equal(place(box(0, 0, 300, 700), 200, 80, 1000, 700).side, "right");
  assert.equal(place(box(700, 0, 300, 700), 200, 80, 1000, 700).side, "left");
  const edge = place(box(0, 100, 20, 20), 200, 80, 1000, 700);
  assert.deepEqual([edge.x, edge.arrow], [8, 14], "kept on screen, the arrow still over the target");
});

test("texts are chosen by the primary language tag, English otherwise", () => {
  const { strings, fill } = pure;
  assert.equal(strings("fr-CA").title, "Nouveautés");
  assert.equal(strings("DE_at").next, "Weiter");
  assert.equal(strings("es").never, "No volver a mostrar");
  for (const odd of ["pt-BR", "", "constructor", "__proto__", undefined]) assert.equal(strings(odd).close, "Close");
  assert.equal(fill(strings("en").of, 2, 5), "2 of 5");
  assert.equal(fill(strings("de").unread, 3), "3 ungelesen");
});

test("the launcher and its badge show through hostile CSS, and no style crosses the shadow boundary", async () => {
  const before = await pageStyles();
  await start({ accent: "#0f766e" });
  const launcher = ui(".la");
  assert.equal(await launcher.getAttribute("aria-label"), "What's new, 3 unread");
  const box = await rect(launcher);
  assert.equal(Math.round(box.width), 52);
  assert.ok(box.right <= 1000 - 19 && box.bottom <= 700 - 19, "bottom-right corner");
  const look = await launcher.evaluate((b) => {
    const s = getComputedStyle(b);
    const badge = b.querySelector(".bg");
    const r = b.getBoundingClientRect();
    const hit = b.getRootNode().elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { bg: s.backgroundColor, display: s.display, badge: badge.textContent, badgeFont: getComputedStyle(badge).fontSize, badgeWidth: badge.getBoundingClientRect().width, hit: b.contains(hit) };
  });
  assert.deepEqual(look, { bg: "rgb(15, 118, 110)", display: "grid", badge: "3", badgeFont: "11px", badgeWidth: look.badgeWidth, hit: true });
  assert.ok(look.badgeWidth > 0);
  await launcher.click();
  await show({ id: "m", format: "modal", title: "Hello", bodyHtml: "<p>Hi</p>", buttons: [{ label: "OK", action: "close" }], postId: null });
  assert.deepEqual(await pageStyles(), before, "the page's own elements keep their look");
  const host = await page.evaluate(() => {
    const h = document.querySelector("[data-waymark]");
    return { parent: h.parentNode === document.body, mode: h.shadowRoot?.mode, font: getComputedStyle(h.shadowRoot.querySelector(".w")).fontSize };
  });
  assert.deepEqual(host, { parent: true, mode: "open", font: "14px" });
});

test("an invalid accent colour falls back to the default, and the launcher can sit left or be hidden", async () => {
  await start({ accent: "red; background: url(x)", position: "bottom-left" });
  const launcher = ui(".la");
  assert.equal(await launcher.evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(79, 70, 229)");
  assert.ok((await rect(launcher)).left <= 21);
  await start({ launcher: false });
  assert.equal(await launcher.isVisible(), false);
  await page.evaluate(() => window.ui.openFeed());
  assert.equal(await ui(".pn").isVisible(), true);
});

test("the feed opens with focus inside, reacts, loads more, and Esc closes it back to the launcher", async () => {
  await start();
  await ui(".la").click();
  assert.equal((await calls("feedOpened")).length, 1);
  const panel = ui(".pn");
  assert.equal(await panel.getAttribute("role"), "dialog");
  assert.equal(await panel.evaluate((p) => p.getRootNode().getElementById(p.getAttribute("aria-labelledby")).textContent), "What's new");
  assert.equal(await focusIn(".pn"), ".pn");
  assert.equal(await ui("article").count(), 3);
  const first = ui("article").first();
  assert.equal(await first.locator("h3").textContent(), "Post p1");
  assert.equal(await first.locator(".bd strong").textContent(), "p1");
  const link = first.locator("a");
  assert.deepEqual([await link.getAttribute("target"), await link.getAttribute("rel"), await link.textContent()], ["_blank", "noopener", "Read more"]);

  const like = first.locator("[data-r=like]");
  assert.equal(await like.getAttribute("aria-pressed"), "false");
  await like.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.calls.some((c) => c[0] == "react"));
  await ui("article[data-id=p1] [data-r=like][aria-pressed=true]").waitFor();
  assert.equal(await ui("article[data-id=p1] [data-r=like]").getAttribute("aria-label"), "Like, 3");
  assert.deepEqual((await calls("react"))[0], ["react", "p1", "like", true]);
  assert.equal(await focusIn("[data-r=like]"), "[data-r=like]", "focus stays on the reaction");

  await ui(".cp[data-c=Fix]").click();
  assert.deepEqual(await ui("article").evaluateAll((as) => as.map((a) => a.hidden)), [true, false, true]);
  await ui(".cp[data-c='']").click();

  await ui(".mo").click();
  await ui("article[data-id=p4]").waitFor();
  await ui(".mo").click();
  await page.waitForFunction(() => window.calls.filter((c) => c[0] == "loadMorePosts").length == 2);
  await ui(".mo").waitFor({ state: "hidden" });
  assert.equal(await ui("article").count(), 4);

  await page.keyboard.press("Escape");
  assert.equal(await panel.isVisible(), false);
  assert.equal((await calls("feedClosed")).length, 1);
  assert.equal(await focusIn(".la"), ".la");
});

test("openFeed(postId) shows that post", async () => {
  await start();
  await page.evaluate(() => window.ui.openFeed("p3"));
  assert.equal(await page.evaluate(() => window.ui.isFeedOpen()), true);
  assert.equal(await focusIn("article"), "article");
  assert.equal(await page.evaluate(() => document.querySelector("[data-waymark]").shadowRoot.activeElement.dataset.id), "p3");
});

test("a modal traps focus, Esc ends it as closed, and focus goes back", async () => {
  await start();
  await page.focus("#field");
  await show({ id: "m1", format: "modal", title: "Welcome", bodyHtml: "<p>Read <a href='https://example.com'>this</a></p>", buttons: [{ label: "Go", action: "url", url: "https://example.com/go" }, { label: "Later", action: "close" }], postId: null });
  assert.deepEqual(await calls("shown"), [["shown", "m1", 0]]);
  const dialog = ui(".ov .cd");
  assert.deepEqual([await dialog.getAttribute("role"), await dialog.getAttribute("aria-modal")], ["dialog", "true"]);
  assert.equal(await focusIn(".ov"), ".ov", "focus moved into the modal");
  const seen = new Set();
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press("Tab");
    assert.equal(await focusIn(".ov"), ".ov", "Tab stays inside");
    seen.add(await page.evaluate(() => document.querySelector("[data-waymark]").shadowRoot.activeElement.textContent));
  }
  assert.ok(seen.size >= 4, "Tab visits the link and every button: " + [...seen]);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Shift+Tab");
    assert.equal(await focusIn(".ov"), ".ov", "Shift+Tab stays inside");
  }
  await page.keyboard.press("Escape");
  assert.equal(await ui(".ov").count(), 0);
  assert.deepEqual(await calls("ended"), [["ended", "m1", "closed", 0]]);
  assert.equal(await focusIn(), "field", "focus is back where it was");
});

test("buttons: a url opens a new tab and completes, a post button opens the feed on it", async () => {
  await start();
  await show({ id: "u", format: "snippet", title: "Try it", buttons: [{ label: "Go", action: "url", url: "https://example.com/go" }], postId: null });
  await ui(".cd .bt").click();
  assert.deepEqual(await calls("open"), [["open", "https://example.com/go"]]);
  await show({ id: "p", format: "modal", title: "News", buttons: [{ label: "See", action: "post" }], postId: "p2" });
  await ui(".ov .bt").click();
  assert.deepEqual(await calls("ended"), [["ended", "u", "completed", 0], ["ended", "p", "completed", 0]]);
  assert.equal((await calls("feedOpened")).length, 1);
  assert.equal(await page.evaluate(() => document.querySelector("[data-waymark]").shadowRoot.activeElement?.dataset.id), "p2");
});

test("Don't show again ends as dismissed", async () => {
  await start();
  await show({ id: "s1", format: "snippet", title: "Tip", bodyHtml: "<p>x</p>", postId: null });
  const snippet = ui(".cd");
  assert.equal(await snippet.getAttribute("role"), "dialog");
  assert.equal(await snippet.getAttribute("aria-modal"), null);
  await ui(".lk").click();
  assert.deepEqual(await calls("ended"), [["ended", "s1", "dismissed", 0]]);
  assert.equal(await ui(".cd").count(), 0);
});

test("banners: Later snoozes, a dismissible banner's close dismisses", async () => {
  await start();
  await show({ id: "b1", format: "banner", title: "Sale", position: "bottom", snoozable: true, dismissible: true, postId: null });
  const banner = ui(".bn");
  const box = await rect(banner);
  assert.ok(Math.abs(box.bottom - 700) < 1 && box.width == 1000, "across the bottom");
  assert.equal(await banner.locator(".lk").count(), 0, "no Don't show again on banners");
  await banner.getByText("Later").click();
  await show({ id: "b2", format: "banner", title: "Sale", dismissible: true, postId: null });
  assert.ok((await rect(ui(".bn"))).top < 1, "at the top");
  await ui(".bn .x").click();
  assert.deepEqual(await calls("ended"), [["ended", "b1", "snoozed", 0], ["ended", "b2", "dismissed", 0]]);
});

test("a tooltip waits for a late target, sits next to it, and hides when it goes", async () => {
  await start({ waitMs: 2500 });
  await show({ id: "t1", format: "tooltip", title: "Here", selector: "#late", postId: null });
  await page.evaluate(() =>
    setTimeout(() => {
      const t = document.createElement("p");
      t.id = "late";
      t.className = "spot";
      t.style.cssText = "top: 120px; left: 400px";
      document.body.append(t);
    }, 1000),
  );
  await page.waitForTimeout(300);
  assert.equal(await ui(".cd").isVisible(), false, "nothing before the target");
  await waitCall("shown");
  const [tip, target] = [await rect(ui(".cd")), await rect(page.locator("#late"))];
  assert.ok(Math.abs(tip.top - (target.bottom + 12)) < 1, `below the target: ${tip.top} vs ${target.bottom}`);
  assert.ok(tip.left < target.right && tip.right > target.left, "lined up with it");
  const arrow = await rect(ui(".cd .ar"));
  assert.ok(Math.abs(arrow.left + arrow.width / 2 - (target.left + target.width / 2)) < 2, "the arrow points at it");

  // Make the page scroll, then scroll it: the tooltip moves with its target.
  await page.evaluate(() => {
    const tall = document.createElement("p");
    tall.className = "spot";
    tall.style.cssText = "top: 0; left: 0; width: 1px; height: 3000px";
    document.body.append(tall);
  });
  await page.waitForTimeout(200);
  const before = await rect(ui(".cd"));
  await page.evaluate(() => scrollBy(0, 100));
  await page.waitForTimeout(300);
  const [tip2, target2] = [await rect(ui(".cd")), await rect(page.locator("#late"))];
  assert.equal(await page.evaluate(() => scrollY), 100);
  assert.ok(Math.abs(tip2.top - (target2.bottom + 12)) < 1 && Math.abs(tip2.top - (before.top - 100)) < 1, "follows the target");

  await page.evaluate(() => document.getElementById("late").remove());
  await page.waitForTimeout(300);
  assert.equal(await ui(".cd").isVisible(), false, "hidden while the target is gone");
  await waitCall("targetMissing", 5000);
  assert.deepEqual(await calls("targetMissing"), [["targetMissing", "t1", "#late", 0]]);
  assert.deepEqual(await calls("ended"), []);
  assert.equal(await ui(".cd").count(), 0);
});

test("a selector that throws reports targetMissing at once", async () => {
  await start();
  const t0 = Date.now();
  await show({ id: "bad", format: "tooltip", title: "x", selector: "[[", postId: null });
  await waitCall("targetMissing", 1000);
  assert.ok(Date.now() - t0 < 1000);
  assert.deepEqual(await calls("targetMissing"), [["targetMissing", "bad", "[[", 0]]);
  assert.deepEqual(await calls("shown"), []);
});

test("a target that never comes reports targetMissing after the wait limit", async () => {
  await start({ waitMs: 1500 });
  await show({ id: "gone", format: "hotspot", title: "x", selector: "#nowhere", postId: null });
  await page.waitForTimeout(300);
  assert.deepEqual(await calls("targetMissing"), []);
  await waitCall("targetMissing", 4000);
  assert.deepEqual(await page.evaluate(() => window.calls), [["targetMissing", "gone", "#nowhere", 0]]);
  assert.equal(await ui(".hs").count(), 0);
});

test("a hotspot's dot opens its card from the keyboard", async () => {
  await start();
  await show({ id: "h1", format: "hotspot", title: "New here", bodyHtml: "<p>Look</p>", selector: "#anchor", postId: null });
  const dot = ui(".hs");
  await dot.waitFor();
  const [d, a] = [await rect(dot), await rect(page.locator("#anchor"))];
  assert.ok(d.left >= a.left && d.left <= a.right && Math.abs(d.top - a.top) < 12, "on the target");
  assert.equal(await ui(".cd").isVisible(), false);
  await dot.focus();
  await page.keyboard.press("Enter");
  assert.equal(await dot.getAttribute("aria-expanded"), "true");
  assert.equal(await ui(".cd").isVisible(), true);
  await ui(".cd .x").click();
  assert.deepEqual(await calls("ended"), [["ended", "h1", "closed", 0]]);
  assert.equal(await ui(".hs").count(), 0);
});

test("a tour goes step by step, Back and Next, and Done completes it", async () => {
  await start();
  await show({
    id: "tour",
    format: "tour",
    postId: null,
    steps: [
      { format: "modal", title: "One", bodyHtml: "<p>1</p>" },
      { format: "tooltip", title: "Two", selector: "#anchor" },
      { format: "snippet", title: "Three", buttons: [{ label: "Finish", action: "next" }] },
    ],
  });
  const progress = () => ui(".pg").textContent();
  assert.equal(await progress(), "1 of 3");
  await ui(".cd").getByText("Next").click();
  await ui(".cd").getByText("Two").waitFor();
  assert.equal(await progress(), "2 of 3");
  await ui(".cd").getByText("Back").click();
  assert.equal(await progress(), "1 of 3");
  await page.keyboard.press("Enter"); // focus is on Next inside the modal step
  await ui(".cd").getByText("Two").waitFor();
  await ui(".cd").getByText("Next").click();
  assert.equal(await progress(), "3 of 3");
  await ui(".cd").getByText("Finish").click();
  assert.deepEqual((await calls("shown")).map((c) => c[2]), [0, 1, 2], "each step reported once");
  assert.deepEqual(await calls("ended"), [["ended", "tour", "completed", 2]]);
  assert.equal(await ui(".cd").count(), 0);
});

test("the badge message shows by the launcher and opens the feed", async () => {
  await start();
  await page.evaluate(() => window.ui.showBadgeMessage("Three new features"));
  assert.equal((await calls("badgeMessageShown")).length, 1);
  const bubble = ui(".bu");
  const [b, l] = [await rect(bubble), await rect(ui(".la"))];
  assert.ok(b.bottom <= l.top && b.right > l.left, "above the launcher");
  await bubble.getByText("Three new features").click();
  assert.equal(await ui(".bu").count(), 0);
  assert.equal((await calls("feedOpened")).length, 1);
  await page.evaluate(() => window.ui.showBadgeMessage("Again"));
  await ui(".bu .x").click();
  assert.equal(await ui(".bu").count(), 0);
});

test("texts follow the language, English when unknown", async () => {
  await start({ language: "fr-CA" });
  assert.equal(await ui(".la").getAttribute("aria-label"), "Nouveautés, 3 non lus");
  await page.evaluate(() => window.ui.setLanguage("de"));
  assert.equal(await ui(".la").getAttribute("aria-label"), "Neuigkeiten, 3 ungelesen");
  await page.evaluate(() => window.ui.setLanguage("es"));
  await page.evaluate(() => window.ui.openFeed());
  assert.equal(await ui(".pn h2").textContent(), "Novedades");
  assert.equal(await ui(".mo").textContent(), "Cargar más");
  await page.evaluate(() => window.ui.setLanguage("xx"));
  assert.equal(await ui(".pn h2").textContent(), "What's new");
  await page.evaluate(() => window.ui.setPosts([], false));
  assert.equal(await ui(".em").textContent(), "No news yet");
});

test("destroy removes the host and every listener and observer", async () => {
  await start({ waitMs: 10000 });
  await page.evaluate(() => window.ui.openFeed());
  await show({ id: "w", format: "tooltip", title: "x", selector: "#later", postId: null });
  await show({ id: "a", format: "hotspot", title: "y", selector: "#anchor", postId: null });
  const live = await page.evaluate(() => window.live());
  assert.ok(live.listeners >= 3 && live.observers == 2, JSON.stringify(live));
  await page.evaluate(() => window.ui.destroy());
  assert.equal(await page.locator("[data-waymark]").count(), 0);
  assert.deepEqual(await page.evaluate(() => window.live()), { listeners: 0, observers: 0 });
  await page.evaluate(() => {
    window.ui.show({ id: "z", format: "modal", title: "z", postId: null });
    window.ui.openFeed();
    window.ui.setUnread(2);
  });
  assert.equal(await page.locator("[data-waymark]").count(), 0);
});
