import { test } from "node:test";
import assert from "node:assert/strict";
import { dailyTraffic, formatBytes, rankedRows, statusMix, type TrafficReport } from "../src/screens/traffic_report.js";

const none = { rows: [], distinct: 0, more: { hits: 0, bytes: 0, visitors: 0 } };
const report: TrafficReport = {
  from: "2026-01-02",
  to: "2026-01-04",
  requests: 10,
  visitors: 4,
  bytes: 5000,
  status: { "200": 6, "304": 1, "404": 2, "503": 1 },
  days: [
    { day: "2026-01-02", requests: 7, visitors: 3, bytes: 4000 },
    { day: "2026-01-04", requests: 3, visitors: 1, bytes: 1000 },
  ],
  hours: Array(24).fill(0),
  pages: none,
  files: none,
  notFound: { requests: 2, urls: none },
  referrers: none,
  browsers: none,
  systems: none,
  devices: none,
  crawlers: none,
  notes: [],
  generatedAt: "2026-01-04T12:00:00Z",
};

test("every day of the range is drawn, a day without requests as zero", () => {
  const days = dailyTraffic(report, "2026-01-01", "2026-01-05");
  assert.deepEqual(days.periods, ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05"]);
  assert.deepEqual(days.series.map((s) => s.values), [[0, 7, 0, 3, 0], [0, 3, 0, 1, 0]]);
});

test("an open range runs from the log's first day to its last, and an empty log draws nothing", () => {
  assert.deepEqual(dailyTraffic(report, "", "").periods, ["2026-01-02", "2026-01-03", "2026-01-04"]);
  assert.deepEqual(dailyTraffic({ ...report, from: null, to: null, days: [] }, "", ""), { periods: [], series: [] });
  assert.equal(dailyTraffic(report, "2020-01-01", "2026-01-04").periods.length, 3 * 366);
});

test("the status mix adds codes up by class, and lists codes most first", () => {
  const mix = statusMix(report.status);
  assert.deepEqual(mix.classes, [
    { label: "2xx success", count: 6, share: 0.6 },
    { label: "3xx redirection", count: 1, share: 0.1 },
    { label: "4xx client error", count: 2, share: 0.2 },
    { label: "5xx server error", count: 1, share: 0.1 },
  ]);
  assert.deepEqual(mix.codes.map((c) => c.label), ["200", "404", "304", "503"]);
  assert.deepEqual(statusMix({}), { classes: [], codes: [] });
});

test("a ranked table's rows and the row for the others add up to the whole", () => {
  const rows = rankedRows({
    rows: [{ name: "/", hits: 6, bytes: 60, visitors: 3 }, { name: "/a", hits: 2, bytes: 20, visitors: 1 }],
    distinct: 5,
    more: { hits: 2, bytes: 5, visitors: 1 },
  });
  assert.deepEqual(rows.map((r) => [r.name, r.hits, r.share, r.rest]), [["/", 6, 0.6, false], ["/a", 2, 0.2, false], ["3 more", 2, 0.2, true]]);
  assert.equal(rankedRows({ rows: [{ name: "/", hits: 1, bytes: 0, visitors: 0 }], distinct: 1, more: { hits: 0, bytes: 0, visitors: 0 } }).length, 1);
});

test("bytes are told in binary units", () => {
  assert.equal(formatBytes(0), "0 bytes");
  assert.equal(formatBytes(1023), "1023 bytes");
  assert.equal(formatBytes(1536), "1.5 KiB");
  assert.equal(formatBytes(50 * 1024 * 1024), "50 MiB");
});
