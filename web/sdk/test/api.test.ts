import { test } from "node:test";
import assert from "node:assert/strict";
import { createApi } from "../src/api";

// fetch replaced for the test's length: records the call, answers with `respond`.
async function withFetch(respond: () => Response | Promise<Response>, body: () => Promise<void>) {
  const real = globalThis.fetch;
  const calls: Array<[string, RequestInit]> = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    calls.push([url, init]);
    return respond();
  }) as typeof fetch;
  try {
    await body();
  } finally {
    globalThis.fetch = real;
  }
  return calls;
}

test("events go as a keepalive text/plain POST without credentials, and the answer comes back whole", async () => {
  const api = createApi("https://wm.example.com");
  let answer: unknown;
  const calls = await withFetch(
    () => new Response('{"saved":["a"]}', { status: 429, headers: { "Retry-After": "7" } }),
    async () => {
      answer = await api.events('{"projectId":"p","events":[]}');
    },
  );
  assert.equal(calls.length, 1);
  const [url, init] = calls[0];
  assert.equal(url, "https://wm.example.com/v1/events");
  assert.equal(init.method, "POST");
  assert.equal(init.keepalive, true);
  assert.equal(init.credentials, "omit");
  assert.deepEqual(init.headers, { "Content-Type": "text/plain;charset=UTF-8" });
  assert.equal(init.body, '{"projectId":"p","events":[]}');
  assert.deepEqual(answer, { status: 429, retryAfter: "7", body: { saved: ["a"] } });
});

test("an answer that is not JSON comes back with a null body; a network failure rejects", async () => {
  const api = createApi("https://wm.example.com");
  let answer: unknown;
  await withFetch(
    () => new Response("<html>bad gateway</html>", { status: 502 }),
    async () => {
      answer = await api.events("{}");
    },
  );
  assert.deepEqual(answer, { status: 502, retryAfter: null, body: null });
  let failed = false;
  await withFetch(
    () => Promise.reject(new TypeError("Failed to fetch")),
    async () => {
      await api.events("{}").catch(() => (failed = true));
    },
  );
  assert.equal(failed, true);
});
