import { test } from "node:test";
import assert from "node:assert/strict";
import { formats, reachableFormats } from "../src/interactions/formats.js";
import { contentBody, contentFromInteraction, moveItem, newScreen, starterOf, type Interaction } from "../src/interactions/model.js";
import { sceneOf } from "../src/interactions/scene.js";

const record = {
  id: "i1",
  projectId: "p1",
  status: "draft" as const,
  postId: null,
  targeting: buildDefaults(),
  version: 4,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
};
function buildDefaults() {
  return {
    audience: { type: "everyone" as const },
    where: { rules: [] },
    trigger: { type: "page_load" as const, delayMs: 0 },
    schedule: { start: null, end: null },
    recurrence: { type: "once" as const },
    priority: 0,
    exemptFromRateLimit: false,
  };
}

const modal: Interaction = {
  ...record,
  name: "Welcome",
  format: "modal",
  title: "Hello",
  body: "**Hi**",
  mediaUrl: "",
  buttons: [{ label: "Read", action: "url", url: "https://example.com/a" }, { label: "Later", action: "close" }],
};

test("a stored modal saves back as the same fields", () => {
  const { body, errors } = contentBody(contentFromInteraction(modal));
  assert.deepEqual(errors, []);
  assert.deepEqual(body, {
    name: "Welcome",
    format: "modal",
    postId: null,
    title: "Hello",
    body: "**Hi**",
    mediaUrl: "",
    buttons: modal.buttons,
  });
});

test("a banner sends its position and closing choices, a tooltip its selector", () => {
  const draft = contentFromInteraction(modal);
  const banner = contentBody({ ...draft, format: "banner", screen: { ...draft.screen, format: "banner", position: "bottom", snoozable: true } }).body;
  assert.deepEqual([banner.position, banner.dismissible, banner.snoozable, "selector" in banner], ["bottom", true, true, false]);
  const tooltip = contentBody({ ...draft, format: "tooltip", screen: { ...draft.screen, format: "tooltip", selector: " #inbox " } }).body;
  assert.deepEqual([tooltip.selector, "position" in tooltip], ["#inbox", false]);
});

test("a button keeps only the field of its action", () => {
  const draft = contentFromInteraction(modal);
  const buttons = [
    { label: "Go", action: "post" as const, url: "https://left.over", postId: "post1" },
    { label: "Bye", action: "widget" as const, url: "https://left.over", postId: "post1" },
  ];
  const { body } = contentBody({ ...draft, screen: { ...draft.screen, buttons } });
  assert.deepEqual(body.buttons, [{ label: "Go", action: "post", postId: "post1" }, { label: "Bye", action: "widget" }]);
});

test("a tour sends its steps, each with its format and fields, and leaves its own screen alone", () => {
  const tour: Interaction = {
    ...record,
    name: "Onboarding",
    format: "tour",
    body: "",
    mediaUrl: "",
    buttons: [],
    steps: [
      { format: "modal", title: "One", body: "", mediaUrl: "", buttons: [] },
      { format: "hotspot", title: "Two", body: "", mediaUrl: "", buttons: [{ label: "Next", action: "next" }], selector: "#x" },
    ],
  };
  const { body, errors } = contentBody(contentFromInteraction(tour));
  assert.deepEqual(errors, []);
  assert.equal("title" in body, false);
  assert.deepEqual(body.steps, tour.steps);
});

test("missing content is named by the API's paths", () => {
  const draft = contentFromInteraction(modal);
  const empty = { ...draft, screen: { ...draft.screen, title: " ", buttons: [{ label: "", action: "url" as const, url: "", postId: "" }] } };
  assert.deepEqual(contentBody(empty).errors.map((e) => e.field), ["title", "buttons[0].label", "buttons[0].url"]);
  const tour = { ...draft, format: "tour" as const, steps: [newScreen("modal", "A"), { ...newScreen("tooltip", "B"), buttons: [{ label: "x", action: "post" as const, url: "", postId: "" }] }] };
  assert.deepEqual(contentBody(tour).errors.map((e) => e.field), ["steps[1].buttons[0].postId", "steps[1].selector"]);
  assert.deepEqual(contentBody({ ...draft, format: "tour", steps: [] }).errors.map((e) => e.field), ["steps"]);
});

test("an empty name goes back to its default", () => {
  assert.equal(contentBody({ ...contentFromInteraction(modal), name: "  " }).body.name, null);
});

test("a saved interaction offers only the formats a PATCH can move it to", () => {
  assert.deepEqual(reachableFormats("snippet"), ["modal", "snippet", "banner", "tooltip", "hotspot"]);
  assert.deepEqual(reachableFormats("hotspot"), ["tooltip", "hotspot"]);
  assert.deepEqual(reachableFormats("banner"), ["banner"]);
  assert.deepEqual(reachableFormats("tour"), ["tour"]);
  assert.deepEqual(formats.map((f) => f.name), ["Modal", "Snippet", "Banner", "Tooltip", "Hotspot", "Tour"]);
});

test("a new interaction starts with what its format requires", () => {
  assert.deepEqual(starterOf("modal"), { format: "modal", name: "Untitled modal", title: "Welcome aboard" });
  assert.equal(starterOf("tooltip").selector, "body");
  const tour = starterOf("tour") as { steps: unknown[]; title?: string };
  assert.equal(tour.steps.length, 1);
  assert.equal(tour.title, undefined);
});

test("steps move within bounds", () => {
  assert.deepEqual(moveItem(["a", "b", "c"], 0, 1), ["b", "a", "c"]);
  assert.deepEqual(moveItem(["a", "b", "c"], 2, -1), ["a", "c", "b"]);
  assert.deepEqual(moveItem(["a", "b"], 0, -1), ["a", "b"]);
});

test("the preview gets the screen in the SDK's shape, a tour one step at a time", () => {
  const scene = sceneOf(contentFromInteraction(modal), 0, "<p><strong>Hi</strong></p>\n");
  assert.deepEqual(scene, {
    screen: {
      format: "modal",
      title: "Hello",
      bodyHtml: "<p><strong>Hi</strong></p>\n",
      mediaUrl: undefined,
      buttons: [
        { label: "Read", action: "url", url: "https://example.com/a", postId: undefined },
        { label: "Later", action: "close", url: undefined, postId: undefined },
      ],
      position: undefined,
      dismissible: undefined,
      snoozable: undefined,
      selector: undefined,
    },
    step: null,
    dismissible: true,
  });
  const draft = contentFromInteraction(modal);
  const tour = { ...draft, format: "tour" as const, steps: [newScreen("modal", "A"), { ...newScreen("banner", "B"), dismissible: false }] };
  const last = sceneOf(tour, 7, "");
  assert.deepEqual([last?.screen.title, last?.step, last?.dismissible, last?.screen.position], ["B", [1, 2], false, "top"]);
  assert.equal(sceneOf({ ...tour, steps: [] }, 0, ""), null);
});
