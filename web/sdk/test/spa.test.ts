import { test } from "node:test";
import assert from "node:assert/strict";
import { watchUrl } from "../src/spa";
import { fakeTarget, tick } from "./fake_page";

function fakeWindow() {
  const location = { href: "https://app.example.com/a" };
  const history = {
    pushState(_state: unknown, _title: string, url: string) {
      location.href = `https://app.example.com${url}`;
    },
    replaceState(_state: unknown, _title: string, url: string) {
      location.href = `https://app.example.com${url}`;
    },
  };
  return { ...fakeTarget(), location, history };
}

test("URL changes through history and events are reported once each, debounced", async () => {
  const win = fakeWindow();
  const originalPush = win.history.pushState;
  const seen: string[] = [];
  const stop = watchUrl(win as unknown as Window, (href) => seen.push(href), 10);
  win.history.pushState({}, "", "/b");
  win.history.replaceState({}, "", "/c");
  await tick(20);
  assert.deepEqual(seen, ["https://app.example.com/c"]);
  win.history.replaceState({}, "", "/c");
  await tick(20);
  assert.deepEqual(seen, ["https://app.example.com/c"], "same href, no call");
  win.location.href = "https://app.example.com/c#top";
  win.dispatch("hashchange");
  await tick(20);
  assert.deepEqual(seen, ["https://app.example.com/c", "https://app.example.com/c#top"]);
  stop();
  assert.equal(win.history.pushState, originalPush);
  assert.equal(win.listeners.length, 0);
  win.history.pushState({}, "", "/d");
  await tick(20);
  assert.equal(seen.length, 2);
});

test("a wrapper installed after ours stays in place when the widget is killed", () => {
  const win = fakeWindow();
  const stop = watchUrl(win as unknown as Window, () => {}, 10);
  const theirs = () => {};
  win.history.pushState = theirs;
  stop();
  assert.equal(win.history.pushState, theirs);
});
