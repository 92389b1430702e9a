import { test } from "node:test";
import assert from "node:assert/strict";
import {
  decodeForbidden,
  decodeTime,
  decodeViewed,
  encodeForbidden,
  encodeTime,
  encodeViewed,
} from "../src/cookie_codec";

const T = 1764000000000; // a whole second, as the cookie keeps seconds

test("viewed entries survive a round trip, lastShown kept to the second", () => {
  const entries = [
    { id: "int_a", times: 3, lastShownAt: T + 999 },
    { id: "int-b", times: 1, lastShownAt: T - 60000 },
  ];
  const value = encodeViewed(entries, 1024);
  assert.equal(value, `int_a:3:${(T / 1000).toString(36)}|int-b:1:${((T - 60000) / 1000).toString(36)}`);
  assert.deepEqual(decodeViewed(value), [
    { id: "int_a", times: 3, lastShownAt: T },
    { id: "int-b", times: 1, lastShownAt: T - 60000 },
  ]);
});

test("viewed: the least recently shown are dropped first to stay within the bound", () => {
  const entries = Array.from({ length: 100 }, (_, i) => ({
    id: `interaction_${i}`,
    times: i,
    lastShownAt: T + i * 1000,
  }));
  const value = encodeViewed(entries, 1024);
  assert.ok(value.length <= 1024);
  const kept = decodeViewed(value).map((e) => e.id);
  assert.ok(kept.length > 10 && kept.length < 100);
  assert.equal(kept[0], "interaction_99");
  const oldestKept = 100 - kept.length;
  assert.deepEqual(kept, Array.from({ length: kept.length }, (_, i) => `interaction_${99 - i}`));
  assert.ok(oldestKept > 0);
});

test("viewed: ids that are not cookie-safe are left out", () => {
  const value = encodeViewed(
    [
      { id: "ok", times: 1, lastShownAt: T },
      { id: "semi;colon", times: 1, lastShownAt: T },
      { id: "pipe|d", times: 1, lastShownAt: T },
      { id: "", times: 1, lastShownAt: T },
      { id: "é", times: 1, lastShownAt: T },
    ],
    1024,
  );
  assert.deepEqual(decodeViewed(value).map((e) => e.id), ["ok"]);
});

test("viewed: garbage decodes to the well-formed entries only, never throws", () => {
  const good = `a:2:${(T / 1000).toString(36)}`;
  for (const junk of ["", "|||", "a:b:c", "a:1", "a:1:2:3", "a:-1:zz", "%00:1:1", "a:1:ZZ", ":::"]) {
    assert.deepEqual(decodeViewed(junk), [], junk);
    assert.deepEqual(decodeViewed(`${junk}|${good}`), [{ id: "a", times: 2, lastShownAt: T }], junk);
  }
  assert.deepEqual(decodeViewed(null), []);
  assert.deepEqual(decodeViewed(`${good}|a:9:1`), [{ id: "a", times: 2, lastShownAt: T }]);
});

test("forbidden ids survive a round trip in order", () => {
  assert.equal(encodeForbidden(["a", "b", "c"], 1024), "a|b|c");
  assert.deepEqual(decodeForbidden("a|b|c"), ["a", "b", "c"]);
  assert.equal(encodeForbidden([], 1024), "");
  assert.deepEqual(decodeForbidden(""), []);
});

test("forbidden: the oldest ids are dropped first to stay within the bound", () => {
  const ids = Array.from({ length: 200 }, (_, i) => `id${i}`);
  const value = encodeForbidden(ids, 1024);
  assert.ok(value.length <= 1024 && value.length > 1000);
  const kept = decodeForbidden(value);
  assert.equal(kept[kept.length - 1], "id199");
  assert.deepEqual(kept, ids.slice(200 - kept.length));
  assert.equal(encodeForbidden(["abcdef"], 3), "");
});

test("forbidden: unsafe ids and duplicates are left out, garbage tolerated", () => {
  assert.equal(encodeForbidden(["a", "b c", "a", "d;e", "f"], 1024), "a|f");
  assert.deepEqual(decodeForbidden("a||b c|a|f|=|"), ["a", "f"]);
});

test("epoch-millisecond cookies", () => {
  assert.equal(encodeTime(T), String(T));
  assert.equal(encodeTime(null), "");
  assert.equal(encodeTime(-5), "");
  assert.equal(encodeTime(NaN), "");
  assert.equal(decodeTime(String(T)), T);
  for (const junk of [null, "", "12a", "-1", "1e5", "9".repeat(16)]) assert.equal(decodeTime(junk), null);
});
