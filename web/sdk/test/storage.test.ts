import { test } from "node:test";
import assert from "node:assert/strict";
import { createJar } from "../src/cookie_jar";
import { createStorage } from "../src/storage";
import type { Registry } from "../src/registry";
import { registry, YEAR } from "./test_registry";
import { fakeCookies } from "./fake_cookies";


const T = 1764000000000;
const someState = { viewed: [{ id: "i1", times: 1, lastShownAt: T }], forbidden: ["i2"], lastOpenedAt: T };

function setup(initial: Record<string, string> = {}, secure = false, reg: Registry | null = registry) {
  const doc = fakeCookies(initial);
  return { doc, storage: createStorage(createJar(doc, secure), reg) };
}

test("existing cookies are read before the consent mode is known, and nothing is written", () => {
  const { doc, storage } = setup({
    _JIMO_TOKEN: "tok_1",
    _JIMO_BOOSTED_FORBIDDEN: "x|y",
    _JIMO_LAST_OPENED_AT: String(T),
    _JIMO_DEFAULT_MESSAGE_SHOW_AT: "garbage",
    other: "kept",
  });
  assert.equal(storage.token(), "tok_1");
  assert.deepEqual(storage.state(), { viewed: [], forbidden: ["x", "y"], lastOpenedAt: T });
  assert.equal(storage.messageShownAt(), null);
  storage.setState(someState);
  storage.setMessageShownAt(T);
  storage.setConsent(true);
  assert.deepEqual(doc.writes, []);
  assert.deepEqual(storage.state(), someState);
});

test("always: cookies are written with the registry's names, lifetimes and attributes", () => {
  const { doc, storage } = setup({}, true);
  storage.setMode("always");
  storage.setState(someState);
  assert.equal(doc.jar.get("_JIMO_BOOSTED_FORBIDDEN"), "i2");
  assert.equal(doc.jar.get("_JIMO_LAST_OPENED_AT"), String(T));
  assert.match(doc.jar.get("_JIMO_BOOSTED_VIEWED") || "", /^i1:1:/);
  assert.ok(
    doc.writes.includes(`_JIMO_BOOSTED_FORBIDDEN=i2; Path=/; SameSite=Lax; Secure; Max-Age=${YEAR}`),
    doc.writes.join("\n"),
  );
});

test("the session token is a session cookie written whatever the consent", () => {
  for (const mode of ["always", "host", "never"] as const) {
    const { doc, storage } = setup();
    storage.setConsent(false);
    storage.setMode(mode);
    storage.setToken("tok_2");
    assert.deepEqual(doc.writes, ["_JIMO_TOKEN=tok_2; Path=/; SameSite=Lax"], mode);
  }
});

test("always, then the host withdraws consent: functionality cookies go at once, memory stays", () => {
  const { doc, storage } = setup({ _JIMO_TOKEN: "tok_1" });
  storage.setMode("always");
  storage.setState(someState);
  storage.setMessageShownAt(T);
  assert.equal(doc.jar.size, 5);
  storage.setConsent(false);
  assert.deepEqual([...doc.jar.keys()], ["_JIMO_TOKEN"]);
  assert.deepEqual(storage.state(), someState);
  const writes = doc.writes.length;
  storage.setState({ ...someState, forbidden: ["i2", "i3"] });
  assert.equal(doc.writes.length, writes);
  assert.deepEqual(storage.state().forbidden, ["i2", "i3"]);
});

test("host: memory only until the host says true, then the state is written", () => {
  const { doc, storage } = setup();
  storage.setMode("host");
  storage.setState(someState);
  assert.equal(doc.jar.size, 0);
  storage.setConsent(true);
  assert.equal(doc.jar.get("_JIMO_BOOSTED_FORBIDDEN"), "i2");
  assert.equal(doc.jar.get("_JIMO_LAST_OPENED_AT"), String(T));
});

test("host: cookies from an earlier consent stay until the host says false", () => {
  const { doc, storage } = setup({ _JIMO_BOOSTED_FORBIDDEN: "i9" });
  storage.setMode("host");
  assert.equal(doc.jar.get("_JIMO_BOOSTED_FORBIDDEN"), "i9");
  storage.setConsent(false);
  assert.equal(doc.jar.has("_JIMO_BOOSTED_FORBIDDEN"), false);
});

test("never: memory only, even when the host says true, and old cookies are removed", () => {
  const { doc, storage } = setup({ _JIMO_LAST_OPENED_AT: String(T) });
  storage.setMode("never");
  assert.equal(doc.jar.size, 0);
  storage.setConsent(true);
  storage.setState(someState);
  assert.equal(doc.jar.size, 0);
  assert.deepEqual(storage.state(), someState);
});

test("reset forgets the state in memory and in cookies, and keeps the session", () => {
  const { doc, storage } = setup({ _JIMO_TOKEN: "tok_1" });
  storage.setMode("always");
  storage.setState(someState);
  storage.setMessageShownAt(T);
  storage.reset();
  assert.deepEqual([...doc.jar.keys()], ["_JIMO_TOKEN"]);
  assert.deepEqual(storage.state(), { viewed: [], forbidden: [], lastOpenedAt: null });
  assert.equal(storage.messageShownAt(), null);
  assert.equal(storage.token(), "tok_1");
});

test("without a registry no cookie is read or written", () => {
  const { doc, storage } = setup({ _JIMO_TOKEN: "tok_1" }, false, null);
  assert.equal(storage.token(), null);
  storage.setMode("always");
  storage.setToken("tok_2");
  storage.setState(someState);
  assert.deepEqual(doc.writes, []);
  assert.equal(storage.token(), "tok_2");
});

test("a token with characters a cookie cannot hold is kept in memory only", () => {
  const { doc, storage } = setup();
  storage.setToken("a b;c");
  assert.deepEqual(doc.writes, []);
  assert.equal(storage.token(), "a b;c");
});

test("the analytics cookies: session cookies under the same consent, kept by reset", () => {
  const { doc, storage } = setup({ _JIMO_ANALYTICS_EVENTS: "q1", _JIMO_RECENTLY_SAVED_EVENT: "s1" });
  assert.deepEqual(storage.events(), ["q1", "s1"], "read before the mode is known");
  storage.setEvents("q2", "s2");
  assert.deepEqual(doc.writes, []);
  storage.setMode("always");
  assert.ok(doc.writes.includes("_JIMO_ANALYTICS_EVENTS=q2; Path=/; SameSite=Lax"), doc.writes.join("\n"));
  assert.ok(doc.writes.includes("_JIMO_RECENTLY_SAVED_EVENT=s2; Path=/; SameSite=Lax"), doc.writes.join("\n"));
  storage.reset();
  assert.equal(doc.jar.get("_JIMO_ANALYTICS_EVENTS"), "q2");
  storage.setEvents("", "s3");
  assert.equal(doc.jar.has("_JIMO_ANALYTICS_EVENTS"), false, "an empty queue leaves no cookie");
  assert.equal(doc.jar.get("_JIMO_RECENTLY_SAVED_EVENT"), "s3");
  storage.setConsent(false);
  assert.equal(doc.jar.size, 0);
  storage.setEvents("q4", "s4");
  assert.equal(doc.jar.size, 0);
  assert.deepEqual(storage.events(), ["q4", "s4"], "memory keeps them");
});
