import { test } from "node:test";
import assert from "node:assert/strict";
import { formOf, originMessages, originsOf, patchOf, windowOf, type ProjectSettings } from "../src/settings/project_settings.js";
import { slicePage } from "../src/settings/slice_page.js";

const saved: ProjectSettings = {
  name: "Acme web",
  defaultLanguage: "en",
  rateLimit: { maxShows: 1, windowSeconds: 4 * 3600 },
  allowedOrigins: ["https://app.example.com"],
  identityVerification: false,
  consentMode: "always",
  look: { accentColor: "#4f46e5", position: "bottom-right", launcher: true, badgeMessage: { text: "", repeat: "daily" } },
};

test("an untouched form asks to change nothing", () => {
  assert.deepEqual(patchOf(saved, formOf(saved)), { body: {}, errors: [] });
});

test("the window is written in the largest unit that counts it whole", () => {
  assert.deepEqual(windowOf(4 * 3600), { value: 4, unit: "hours" });
  assert.deepEqual(windowOf(2 * 86400), { value: 2, unit: "days" });
  assert.deepEqual(windowOf(90 * 60), { value: 90, unit: "minutes" });
  assert.deepEqual(windowOf(90), { value: 90, unit: "seconds" });
  assert.deepEqual(formOf(saved).window, "4");
});

test("only the settings changed are sent, nested ones member by member", () => {
  const form = { ...formOf(saved), window: "2", windowUnit: "days" as const, badgeText: "New!", consentMode: "host" as const };
  assert.deepEqual(patchOf(saved, form).body, {
    rateLimit: { windowSeconds: 2 * 86400 },
    consentMode: "host",
    look: { badgeMessage: { text: "New!" } },
  });
});

test("origins are one per line, blank lines and repeats dropped, and sent only when the list differs", () => {
  assert.deepEqual(originsOf(" https://a.example.com \n\nhttps://*.b.example.com\nhttps://a.example.com\n"), [
    "https://a.example.com",
    "https://*.b.example.com",
  ]);
  const same = { ...formOf(saved), origins: "https://app.example.com\n\n" };
  assert.deepEqual(patchOf(saved, same).body, {});
  const emptied = { ...formOf(saved), origins: "" };
  assert.deepEqual(patchOf(saved, emptied).body, { allowedOrigins: [] });
});

test("numbers that are not whole are caught before the server, under their fields", () => {
  const form = { ...formOf(saved), maxShows: "two", window: "1.5" };
  const patch = patchOf(saved, form);
  assert.deepEqual(patch.errors.map((e) => e.field), ["rateLimit.maxShows", "rateLimit.windowSeconds"]);
  assert.equal("rateLimit" in patch.body, false);
});

test("a refused origin is named by what was typed, not by its place in the list", () => {
  const sent = ["https://ok.example.com", "ftp://bad.example.com"];
  const errors = [
    { field: "allowedOrigins[1]", message: "must start with https:// or http://" },
    { field: "name", message: "is too long" },
  ];
  assert.deepEqual(originMessages(errors, sent), ["“ftp://bad.example.com” must start with https:// or http://"]);
});

test("lists read whole are shown a page at a time, the page kept inside the list", () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  const first = slicePage(items, 0, 20);
  assert.deepEqual([first.items.length, first.hasPrevious, first.hasNext], [20, false, true]);
  const last = slicePage(items, 2, 20);
  assert.deepEqual([last.items, last.hasPrevious, last.hasNext], [[40, 41, 42, 43, 44], true, false]);
  assert.equal(slicePage(items.slice(0, 5), 2, 20).page, 0, "a page past the end, after removals, falls back");
  assert.deepEqual(slicePage([], 0, 20), { items: [], page: 0, hasPrevious: false, hasNext: false });
});
