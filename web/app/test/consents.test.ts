import { test } from "node:test";
import assert from "node:assert/strict";
import { allPages, functionalityAnswer, pagePath, type ConsentRecord } from "../src/screens/consents_record.js";
import type { Page } from "../src/types.js";

const record = (functionality: boolean, withdrawn: boolean): ConsentRecord => ({
  consentId: "c",
  recordId: "r",
  at: "2026-01-01T00:00:00Z",
  policyVersion: 1,
  functionality,
  withdrawn,
  choices: { strictlyNecessary: true, functionality },
  ip: "127.0.0.0",
  userAgent: "test",
});

test("a record answers yes or no to functionality cookies, unless it withdraws", () => {
  assert.equal(functionalityAnswer(record(true, false)), "yes");
  assert.equal(functionalityAnswer(record(false, false)), "no");
  assert.equal(functionalityAnswer(record(false, true)), "withdrawn");
});

test("the JSON export follows every cursor to the last page", async () => {
  const pages: Record<string, Page<number>> = {
    first: { items: [1, 2], nextCursor: "x" },
    x: { items: [3], nextCursor: "y" },
    y: { items: [], nextCursor: null },
  };
  const asked: (string | null)[] = [];
  const items = await allPages((cursor) => {
    asked.push(cursor);
    return Promise.resolve(pages[cursor ?? "first"]);
  });
  assert.deepEqual(items, [1, 2, 3]);
  assert.deepEqual(asked, [null, "x", "y"]);
  assert.equal(pagePath(null), "/api/v1/consents?format=json&limit=200");
  assert.equal(pagePath("a b"), "/api/v1/consents?format=json&limit=200&cursor=a+b");
});
