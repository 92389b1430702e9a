// Segment's own Node library (@segment/analytics-node), pointed at a real server with a
// project's public key as its writeKey: every call it makes is stored once, and identify,
// group and track change what targeting sees of the user.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { Analytics } from "@segment/analytics-node";
import { startServer, signUp, createProject, publishInteraction } from "../e2e/scene.mjs";

let server;
let api;
let project;

before(async () => {
  server = await startServer();
  api = await signUp(server);
  project = await createProject(api, "https://app.example.test");
});

after(() => server?.stop());

function client() {
  return new Analytics({
    writeKey: project.key,
    host: `http://127.0.0.1:${server.port}`,
    maxEventsInBatch: 15,
    flushInterval: 200,
  });
}

const report = () => api.get(`/api/v1/projects/${project.id}/analytics`);

async function boot(userId) {
  const response = await fetch(`http://127.0.0.1:${server.port}/v1/widget/boot`, {
    method: "POST",
    headers: { "Content-Type": "text/plain" },
    body: JSON.stringify({ projectId: project.key, user: { id: userId }, url: "https://app.example.test/" }),
  });
  assert.equal(response.status, 200);
  return (await response.json()).interactions.map((i) => i.id);
}

test("track, page, identify and group calls of Segment's library are stored once each", async () => {
  const analytics = client();
  const failures = [];
  analytics.on("error", (e) => failures.push(e));
  for (let i = 0; i < 40; i++) {
    analytics.track({ userId: `user-${i % 4}`, event: "Report Exported", properties: { rows: i } });
  }
  analytics.page({ anonymousId: "anon-1", name: "Pricing", properties: { path: "/pricing" } });
  analytics.identify({ userId: "user-0", traits: { email: "ada@example.com", plan: "pro" } });
  analytics.group({ userId: "user-0", groupId: "acme", traits: { seats: 12 } });
  await analytics.closeAndFlush({ timeout: 10000 });
  assert.deepEqual(failures, []);

  const { totals } = await report();
  assert.equal(totals["Report Exported"], 40);
  assert.equal(totals.page, 1);
  assert.equal(totals.identify, 1);
  assert.equal(totals.group, 1);
});

test("a batch the library sends again (same messageIds) is not counted twice", async () => {
  const before = (await report()).totals["Resent"] ?? 0;
  const body = {
    batch: Array.from({ length: 5 }, (_, i) => ({
      type: "track", userId: "user-9", event: "Resent", messageId: `resent-${i}`,
      timestamp: new Date().toISOString(),
    })),
    sentAt: new Date().toISOString(),
  };
  const auth = "Basic " + Buffer.from(`${project.key}:`).toString("base64");
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await fetch(`http://127.0.0.1:${server.port}/v1/batch`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: auth },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 200);
  }
  assert.equal((await report()).totals["Resent"] - before, 5);
});

test("identify, group and track decide who targeting shows an interaction to", async () => {
  const conditions = (member) => ({ audience: { type: "conditions", conditions: { all: [member] } } });
  const forPro = await publishInteraction(api, project.id, {
    title: "For pro plans", targeting: conditions({ attribute: "plan", op: "eq", value: "pro" }),
  });
  const forAcme = await publishInteraction(api, project.id, {
    title: "For Acme", targeting: conditions({ attribute: "groupId", op: "eq", value: "acme" }),
  });
  const forExporters = await publishInteraction(api, project.id, {
    title: "For exporters",
    targeting: conditions({ fact: "event", event: "Report Exported", op: "gt", value: 5 }),
  });
  const stranger = await boot("user-77");
  assert.deepEqual(stranger.filter((id) => [forPro, forAcme, forExporters].includes(id)), []);

  const analytics = client();
  analytics.identify({ userId: "user-0", traits: { plan: "pro" } });
  await analytics.closeAndFlush({ timeout: 10000 });
  const known = await boot("user-0");
  assert.ok(known.includes(forPro), "identify's traits reach targeting");
  assert.ok(known.includes(forAcme), "group's id reaches targeting");
  assert.ok(known.includes(forExporters), "tracked events reach targeting");
  // user-3 exported ten reports too, but never identified nor joined a group.
  const exporter = await boot("user-3");
  assert.ok(exporter.includes(forExporters));
  assert.ok(!exporter.includes(forPro) && !exporter.includes(forAcme));
});
