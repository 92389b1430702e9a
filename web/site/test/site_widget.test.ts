import { test } from "node:test";
import assert from "node:assert/strict";
import { createSiteWidget, widgetKey } from "../src/site_widget";
import type { WidgetWindow } from "../src/site_widget";

interface FakeScript {
  src: string;
  async: boolean;
}

// A window whose head records appended scripts, and for each one what the page's globals
// were at that moment (what the SDK would find when it runs).
function fakeWindow() {
  const appended: Array<{ script: FakeScript; queued: unknown; projectId: unknown }> = [];
  const win = {
    jimo: undefined as unknown,
    JIMO_PROJECT_ID: undefined as unknown,
    document: {
      createElement: () => ({ src: "", async: false }),
      head: {
        appendChild(script: FakeScript) {
          appended.push({ script, queued: JSON.parse(JSON.stringify(win.jimo)), projectId: win.JIMO_PROJECT_ID });
          return script;
        },
      },
    },
  };
  return { win, asWindow: win as unknown as WidgetWindow, appended };
}

const metaDocument = (content: string | null) =>
  ({
    querySelector: (selector: string) =>
      selector === 'meta[name="waymark-widget"]' && content !== null ? { getAttribute: () => content } : null,
  }) as unknown as Document;

test("the widget's key is the waymark-widget meta's content", () => {
  assert.equal(widgetKey(metaDocument("pk_live_123")), "pk_live_123");
  assert.equal(widgetKey(metaDocument("  ")), null);
  assert.equal(widgetKey(metaDocument(null)), null);
});

test("the consent is queued before the SDK is loaded", () => {
  const { asWindow, appended } = fakeWindow();
  createSiteWidget(asWindow, "pk_1").start(false);
  assert.equal(appended.length, 1);
  assert.deepEqual(appended[0].queued, [["set", "consent", [false]]]);
  assert.equal(appended[0].projectId, "pk_1");
  assert.deepEqual(appended[0].script, { src: "/sdk.js", async: true });
});

test("commands the page queued before are kept", () => {
  const { win, asWindow, appended } = fakeWindow();
  win.jimo = [["on", "widget:opened", []]];
  createSiteWidget(asWindow, "pk_1").start(true);
  assert.deepEqual(appended[0].queued, [
    ["on", "widget:opened", []],
    ["set", "consent", [true]],
  ]);
});

test("a later choice goes to the SDK's own queue once it has replaced the array", () => {
  const { win, asWindow } = fakeWindow();
  const widget = createSiteWidget(asWindow, "pk_1");
  widget.start(true);
  const received: unknown[] = [];
  win.jimo = { push: (...commands: unknown[]) => received.push(...commands) };
  widget.consent(false);
  assert.deepEqual(received, [["set", "consent", [false]]]);
});

test("a choice made before the start is the one the SDK starts with", () => {
  const { asWindow, appended } = fakeWindow();
  const widget = createSiteWidget(asWindow, "pk_1");
  widget.consent(false);
  widget.start(true);
  widget.start(true);
  assert.equal(appended.length, 1, "loaded once");
  assert.deepEqual(appended[0].queued, [["set", "consent", [false]]]);
});
