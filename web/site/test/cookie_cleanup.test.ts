import { test } from "node:test";
import assert from "node:assert/strict";
import { deleteCookies, expiringWrites } from "../src/cookie_cleanup";

// Records what is written to document.cookie.
function recordingDocument() {
  const writes: string[] = [];
  return {
    writes,
    get cookie() {
      return "";
    },
    set cookie(value: string) {
      writes.push(value);
    },
  };
}

test("a cookie is expired with and without Secure and SameSite", () => {
  assert.deepEqual(expiringWrites("_JIMO_LAST_OPENED_AT"), [
    "_JIMO_LAST_OPENED_AT=; Path=/; Max-Age=0",
    "_JIMO_LAST_OPENED_AT=; Path=/; Max-Age=0; SameSite=Lax",
    "_JIMO_LAST_OPENED_AT=; Path=/; Max-Age=0; Secure; SameSite=Lax",
    "_JIMO_LAST_OPENED_AT=; Path=/; Max-Age=0; Secure; SameSite=None",
  ]);
});

test("every named cookie is expired, and nothing else is ever written", () => {
  const doc = recordingDocument();
  deleteCookies(doc, ["A", "B"]);
  assert.equal(doc.writes.length, 8);
  assert.equal(doc.writes.filter((w) => w.startsWith("A=;")).length, 4);
  assert.equal(doc.writes.filter((w) => w.startsWith("B=;")).length, 4);
  for (const write of doc.writes) assert.match(write, /^[AB]=; Path=\/; Max-Age=0(;|$)/);
  deleteCookies(doc, []);
  assert.equal(doc.writes.length, 8);
});
