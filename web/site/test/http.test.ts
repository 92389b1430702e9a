import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequest, retryAfterSeconds } from "../src/http";
import { fakeFetch } from "./fake_fetch";

test("Retry-After in seconds is read; a date or garbage is not", () => {
  assert.equal(retryAfterSeconds("30"), 30);
  assert.equal(retryAfterSeconds(" 5 "), 5);
  assert.equal(retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT"), null);
  assert.equal(retryAfterSeconds("-1"), null);
  assert.equal(retryAfterSeconds(null), null);
});

test("every request asks for JSON, and a body is sent as JSON", async () => {
  const { fetcher, sent } = fakeFetch([{ status: 204 }, { status: 200, body: "{}" }]);
  const request = createRequest(fetcher);
  await request("GET", "/a");
  await request("POST", "/b", { x: 1 }, { "X-CSRF-Token": "t" });
  assert.deepEqual(sent[0].headers, { Accept: "application/json" });
  assert.deepEqual(sent[1].headers, {
    Accept: "application/json",
    "X-CSRF-Token": "t",
    "Content-Type": "application/json",
  });
  assert.equal(sent[1].body, '{"x":1}');
});

test("an empty or unreadable body is null, a lost connection is status 0", async () => {
  const { fetcher } = fakeFetch([{ status: 204 }, { status: 502, body: "<h1>Bad gateway</h1>" }, new TypeError("offline")]);
  const request = createRequest(fetcher);
  assert.deepEqual(await request("GET", "/"), { status: 204, json: null, retryAfter: null });
  assert.deepEqual(await request("GET", "/"), { status: 502, json: null, retryAfter: null });
  assert.deepEqual(await request("GET", "/"), { status: 0, json: null, retryAfter: null });
});
