import { test } from "node:test";
import assert from "node:assert/strict";
import { createShows } from "../src/shows";
import type { Interaction } from "../src/types";
import { clickOn, fakeDocument, fakeUi, tick } from "./fake_page";

const ix = (id: string, rest: Partial<Interaction> = {}): Interaction => ({
  id,
  format: "snippet",
  postId: null,
  ...rest,
});

function setup(forbidden: string[] = []) {
  const doc = fakeDocument();
  const { ui, log } = fakeUi();
  const shows = createShows(doc as unknown as Document, () => ui, () => forbidden);
  return { doc, log, shows, forbidden };
}

test("page_load interactions show after their delay, highest priority first", async () => {
  const { log, shows } = setup();
  shows.set([ix("late", { trigger: { type: "page_load", delayMs: 30 } }), ix("low", { priority: 1 }), ix("high", { priority: 9 })]);
  assert.deepEqual(log, []);
  await tick();
  assert.deepEqual(log, ["show high", "show low"]);
  await tick(40);
  assert.deepEqual(log, ["show high", "show low", "show late"]);
});

test("forbidden interactions do not show, and neither does one already shown on this page", async () => {
  const { log, shows } = setup(["gone"]);
  shows.set([ix("gone"), ix("a")]);
  await tick();
  shows.ended("a");
  shows.set([ix("gone"), ix("a")]);
  await tick();
  assert.deepEqual(log, ["show a"]);
});

test("overlays take turns in priority order; the next shows when the first ends", async () => {
  const { log, shows } = setup();
  shows.set([ix("m1", { format: "modal", priority: 5 }), ix("t1", { format: "tour", priority: 1 }), ix("s1")]);
  await tick();
  assert.deepEqual(log, ["show m1", "show s1"]);
  shows.ended("m1");
  assert.deepEqual(log, ["show m1", "show s1", "show t1"]);
});

test("a click on a matching element shows the interaction; an invalid selector is ignored quietly", async () => {
  const { doc, log, shows } = setup();
  shows.set([
    ix("bad", { trigger: { type: "click", selector: "##(" } }),
    ix("c", { trigger: { type: "click", selector: "#buy" } }),
  ]);
  doc.dispatch("click", clickOn("other"));
  assert.deepEqual(log, []);
  doc.dispatch("click", clickOn("buy"));
  assert.deepEqual(log, ["show c"]);
  assert.equal(doc.listeners.length, 1);
});

test("event triggers wait for the host's track; manual ones only for a forced show", async () => {
  const { log, shows } = setup();
  const manual = ix("m", { trigger: { type: "manual" } });
  shows.set([ix("e", { trigger: { type: "event", event: "checkout" } }), manual]);
  await tick();
  shows.track("signup");
  assert.deepEqual(log, []);
  shows.track("checkout");
  assert.deepEqual(log, ["show e"]);
  shows.force(manual);
  assert.deepEqual(log, ["show e", "show m"]);
});

test("a new URL hides what no longer applies and cancels pending triggers", async () => {
  const { doc, log, shows } = setup();
  shows.set([ix("stay"), ix("go"), ix("later", { trigger: { type: "page_load", delayMs: 20 } })]);
  await tick();
  shows.set([ix("stay"), ix("new", { trigger: { type: "click", selector: "#x" } })]);
  await tick(30);
  doc.dispatch("click", clickOn("x"));
  assert.deepEqual(log, ["show stay", "show go", "hide go", "show new"]);
});

test("stop removes the click listener and pending timers", async () => {
  const { doc, log, shows } = setup();
  shows.set([ix("later", { trigger: { type: "page_load", delayMs: 5 } })]);
  shows.stop();
  await tick(10);
  assert.deepEqual(log, []);
  assert.equal(doc.listeners.length, 0);
});
