// How fast the widget draws on a host page: a real server, a project with 10 published
// posts and 3 interactions, and a host page on another origin loaded in chromium, each
// time in a fresh browser context (no cache, no cookie). The SDK marks
// `waymark:script-start` on its first line and `waymark:drawn` once the launcher and its
// badge are drawn; marks count from the navigation's start.
//   node bench/widget_draw.mjs     (environment: WAYMARK_BINARY, BENCH_RUNS=20, BENCH_VERBOSE=1)
import { chromium } from "playwright-core";
import {
  chromiumOptions,
  createProject,
  hostPage,
  publishInteraction,
  publishPost,
  signUp,
  startHost,
  startServer,
} from "../tests/e2e/scene.mjs";

const runs = Number(process.env.BENCH_RUNS || 20);
const BUDGET_MS = 100;

// Nearest rank; the median of an even count is the mean of the middle two.
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (sorted) =>
  sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: median(sorted), p95: percentile(sorted, 95), min: sorted[0], max: sorted[sorted.length - 1] };
};
const ms = (x) => `${x.toFixed(1)} ms`;

async function measure(browser, url, sdkUrl) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("waymark:drawn").length > 0, null, {
      timeout: 10000,
    });
    if (errors.length) throw new Error(`page error: ${errors.join("; ")}`);
    return await page.evaluate((sdkUrl) => {
      const at = (name) => performance.getEntriesByName(name)[0];
      const script = at(sdkUrl);
      const boot = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/v1/widget/boot"));
      return {
        scriptStart: at("waymark:script-start").startTime,
        drawn: at("waymark:drawn").startTime,
        // Cross-origin without Timing-Allow-Origin: start and end are known, the phases not.
        scriptFetch: script ? script.responseEnd - script.startTime : NaN,
        boot: boot ? boot.responseEnd - boot.startTime : NaN,
      };
    }, sdkUrl);
  } finally {
    await context.close();
  }
}

const server = await startServer();
const host = await startHost();
let browser;
try {
  const api = await signUp(server);
  const project = await createProject(api, host.origin);
  for (let i = 1; i <= 10; i++) {
    await publishPost(api, project.id, { title: `Release ${i}`, body: `What changed in release ${i}.` });
  }
  const always = { recurrence: { type: "always" } };
  await publishInteraction(api, project.id, { format: "modal", title: "Welcome back", targeting: always });
  await publishInteraction(api, project.id, { format: "snippet", title: "New: dark mode", targeting: always });
  await publishInteraction(api, project.id, {
    format: "banner",
    title: "Maintenance on Sunday",
    targeting: always,
  });
  const url = host.add(hostPage({ server, key: project.key, early: "" }), "bench");
  const sdkUrl = `${server.url}/sdk.js`;

  browser = await chromium.launch(chromiumOptions);
  await measure(browser, url, sdkUrl); // warm-up, not counted: the server's first snapshot
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const s = await measure(browser, url, sdkUrl);
    samples.push(s);
    if (process.env.BENCH_VERBOSE) console.log(`  run ${i + 1}: ${JSON.stringify(s, (k, v) => (typeof v == "number" ? +v.toFixed(1) : v))}`);
  }

  const own = stats(samples.map((s) => s.drawn - s.scriptStart));
  const total = stats(samples.map((s) => s.drawn));
  const fetch = stats(samples.map((s) => s.scriptFetch));
  const boot = stats(samples.map((s) => s.boot));
  const verdict = own.median <= BUDGET_MS ? "meets" : "MISSES";
  console.log(`widget draw, ${runs} loads in fresh chromium contexts (headless, loopback), 10 posts, 3 interactions`);
  console.log(`  script-start -> drawn      median ${ms(own.median)}  p95 ${ms(own.p95)}  (min ${ms(own.min)}, max ${ms(own.max)})`);
  console.log(`  navigation   -> drawn      median ${ms(total.median)}  p95 ${ms(total.p95)}  (min ${ms(total.min)}, max ${ms(total.max)})`);
  console.log(`  sdk.js fetch               median ${ms(fetch.median)}  p95 ${ms(fetch.p95)}`);
  console.log(`  POST /v1/widget/boot       median ${ms(boot.median)}  p95 ${ms(boot.p95)}`);
  console.log(
    `Widget drawn ${ms(own.median)} median (p95 ${ms(own.p95)}) after sdk.js starts, ` +
      `${ms(total.median)} median (p95 ${ms(total.p95)}) after navigation: ${verdict} the ${BUDGET_MS} ms budget.`,
  );
} finally {
  await browser?.close();
  await host.stop();
  await server.stop();
}
