import { test } from "node:test";
import assert from "node:assert/strict";
import { createConsentApi, functionalityCookieNames } from "../src/consent_api";
import { createRequest } from "../src/http";
import { fakeFetch, json } from "./fake_fetch";
import type { Scripted } from "./fake_fetch";

const ANSWER = {
  policyVersion: 1,
  needsChoice: false,
  record: { consentId: "c-1", at: "2026-11-25T10:00:00Z", policyVersion: 1, functionality: true, withdrawn: false },
};

function api(replies: Array<Scripted | Error>) {
  const { fetcher, sent } = fakeFetch(replies);
  return { api: createConsentApi(createRequest(fetcher)), sent };
}

test("the current answer is GET /consent", async () => {
  const { api: consent, sent } = api([json(200, ANSWER)]);
  assert.deepEqual(await consent.current(), ANSWER);
  assert.deepEqual([sent[0].method, sent[0].path, sent[0].body], ["GET", "/consent", undefined]);
});

test("a forged or broken consent cookie (400) means a choice is due", async () => {
  const { api: consent } = api([json(400, { title: "Bad Request", detail: "bad consent cookie" })]);
  const answer = await consent.current();
  assert.equal(answer?.needsChoice, true);
  assert.equal(answer?.record, null);
});

test("no answer when the server fails, answers nonsense or cannot be reached", async () => {
  const { api: consent } = api([json(500, {}), json(200, { ok: true }), new TypeError("Failed to fetch")]);
  assert.equal(await consent.current(), null);
  assert.equal(await consent.current(), null);
  assert.equal(await consent.current(), null);
});

test("a choice is POST /consent with a JSON body", async () => {
  const { api: consent, sent } = api([json(200, ANSWER), json(200, ANSWER)]);
  assert.deepEqual(await consent.choose(true), { ok: true, answer: ANSWER });
  await consent.choose(false);
  assert.equal(sent[0].method, "POST");
  assert.equal(sent[0].path, "/consent");
  assert.equal(sent[0].headers["Content-Type"], "application/json");
  assert.equal(sent[0].body, '{"functionality":true}');
  assert.equal(sent[1].body, '{"functionality":false}');
});

test("a flooded server's 429 is reported with its Retry-After", async () => {
  const { api: consent } = api([json(429, { detail: "slow down" }, { "Retry-After": "12" })]);
  assert.deepEqual(await consent.choose(true), { ok: false, status: 429, retryAfter: 12 });
});

test("a 200 whose body cannot be read is no success", async () => {
  const { api: consent } = api([{ status: 200, body: "<html>" }]);
  const saved = await consent.choose(true);
  assert.equal(saved.ok, false);
});

test("withdrawal is DELETE /consent without a body", async () => {
  const withdrawn = { ...ANSWER, record: { ...ANSWER.record, functionality: false, withdrawn: true } };
  const { api: consent, sent } = api([json(200, withdrawn)]);
  assert.deepEqual(await consent.withdraw(), { ok: true, answer: withdrawn });
  assert.deepEqual([sent[0].method, sent[0].path, sent[0].body], ["DELETE", "/consent", undefined]);
  assert.equal(sent[0].headers["Content-Type"], undefined);
});

test("the functionality cookies are the registry's, by category", async () => {
  const registry = [
    { name: "_JIMO_TOKEN", category: "strictly-necessary" },
    { name: "_JIMO_BOOSTED_VIEWED", category: "functionality" },
    { name: "_JIMO_CONSENT", category: "strictly-necessary" },
    { name: "_JIMO_LAST_OPENED_AT", category: "functionality" },
  ];
  const { api: consent, sent } = api([json(200, registry), json(503, {})]);
  assert.deepEqual(await consent.functionalityCookies(), ["_JIMO_BOOSTED_VIEWED", "_JIMO_LAST_OPENED_AT"]);
  assert.equal(sent[0].path, "/api/v1/cookies");
  assert.deepEqual(await consent.functionalityCookies(), [], "registry unavailable");
});

test("registry entries that are not plain cookie names are left out", () => {
  assert.deepEqual(
    functionalityCookieNames([
      { name: "a=b; Path=/", category: "functionality" },
      { name: 7, category: "functionality" },
      null,
      { name: "OK_NAME", category: "functionality" },
    ]),
    ["OK_NAME"],
  );
  assert.deepEqual(functionalityCookieNames({ cookies: [] }), []);
});
