import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRegistry } from "../src/registry";

const spec = (name: string, maxAge: number | null, maxBytes: number) => ({ name, maxAge, maxBytes });
const served = {
  prefix: "_JIMO_",
  cookies: {
    token: spec("_JIMO_TOKEN", null, 64),
    boostedViewed: spec("_JIMO_BOOSTED_VIEWED", 31536000, 1024),
    lastOpenedAt: spec("_JIMO_LAST_OPENED_AT", 31536000, 16),
    boostedForbidden: spec("_JIMO_BOOSTED_FORBIDDEN", 31536000, 1024),
    extensionToken: spec("_JIMO_EXTENSION_TOKEN", 2592000, 64),
    recentlySavedEvent: spec("_JIMO_RECENTLY_SAVED_EVENT", null, 1024),
    analyticsEvents: spec("_JIMO_ANALYTICS_EVENTS", null, 3072),
    defaultMessageShowAt: spec("_JIMO_DEFAULT_MESSAGE_SHOW_AT", 31536000, 16),
  },
};

test("the served registry gives the names, lifetimes and bounds", () => {
  const registry = parseRegistry(JSON.stringify(served));
  assert.ok(registry);
  assert.deepEqual(registry?.token, spec("_JIMO_TOKEN", null, 64));
  assert.deepEqual(registry?.boostedForbidden, spec("_JIMO_BOOSTED_FORBIDDEN", 31536000, 1024));
  assert.deepEqual(registry?.analyticsEvents, spec("_JIMO_ANALYTICS_EVENTS", null, 3072));
  assert.deepEqual(registry?.recentlySavedEvent, spec("_JIMO_RECENTLY_SAVED_EVENT", null, 1024));
});

test("an unreplaced placeholder or a broken registry gives none", () => {
  assert.equal(parseRegistry("__WAYMARK_REGISTRY__"), null);
  assert.equal(parseRegistry(""), null);
  assert.equal(parseRegistry("[]"), null);
  assert.equal(parseRegistry(JSON.stringify({ cookies: {} })), null);
  const missing = { cookies: { ...served.cookies, lastOpenedAt: undefined } };
  assert.equal(parseRegistry(JSON.stringify(missing)), null);
  const badName = { cookies: { ...served.cookies, token: spec("A B;", null, 64) } };
  assert.equal(parseRegistry(JSON.stringify(badName)), null);
  const badAge = { cookies: { ...served.cookies, token: spec("_JIMO_TOKEN", -1, 64) } };
  assert.equal(parseRegistry(JSON.stringify(badAge)), null);
});
