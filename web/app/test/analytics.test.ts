import { test } from "node:test";
import assert from "node:assert/strict";
import { formatCount } from "../src/charts/series.js";
import {
  hasEvents,
  interactionRows,
  pendingNote,
  percent,
  postRows,
  totalCards,
  trend,
  type AnalyticsReport,
} from "../src/screens/analytics_report.js";

const report: AnalyticsReport = {
  from: "2026-01-01",
  to: "2026-01-03",
  granularity: "day",
  totals: { view: 5, click: 2, post_view: 4, exported_report: 7, alpha: 1 },
  series: [
    { period: "2026-01-01", counts: { view: 3, click: 2 }, activeUsers: 2 },
    { period: "2026-01-02", counts: {}, activeUsers: 0 },
    { period: "2026-01-03", counts: { view: 2, open: 1 }, activeUsers: 1 },
  ],
  interactions: [
    { id: "b", name: "Tour", views: 1, dailyUsers: 1, clicks: 0, dismissals: 1, completions: 0, ctr: 0 },
    { id: "a", name: null, views: 4, dailyUsers: 3, clicks: 2, dismissals: 0, completions: 1, ctr: 0.5 },
  ],
  posts: [{ id: "p", name: null, views: 4, dailyUsers: 2, reactions: 1 }],
  monthlyActiveUsers: [{ month: "2026-01", activeUsers: 3 }],
  pendingEvents: 0,
};

test("the five main totals always show, other built-ins when counted, then custom events by name", () => {
  const cards = totalCards(report.totals);
  assert.deepEqual(cards.map((c) => c.type), ["view", "click", "dismiss", "complete", "open", "post_view", "alpha", "exported_report"]);
  assert.deepEqual(cards[0], { type: "view", label: "Views", value: 5, custom: false });
  assert.equal(cards.find((c) => c.type === "dismiss")?.value, 0);
  assert.deepEqual(cards[7], { type: "exported_report", label: "exported_report", value: 7, custom: true });
});

test("events not counted yet are announced, with a count, only when there are some", () => {
  assert.equal(pendingNote(report), null);
  assert.equal(pendingNote({ ...report, pendingEvents: 1 }), "1 more event was received and not counted yet: press Refresh in a moment.");
  assert.equal(pendingNote({ ...report, pendingEvents: 125000 }), `${formatCount(125000)} more events were received and not counted yet: press Refresh in a moment.`);
});

test("a report with no counted event is empty, one with any is not", () => {
  assert.equal(hasEvents(report), true);
  assert.equal(hasEvents({ ...report, totals: {} }), false);
  assert.equal(hasEvents({ ...report, totals: { view: 0 } }), false);
});

test("the chart shows views, clicks and opens per period, a period without events as zero", () => {
  assert.deepEqual(trend(report), {
    periods: ["2026-01-01", "2026-01-02", "2026-01-03"],
    series: [
      { key: "view", label: "Views", values: [3, 0, 2] },
      { key: "click", label: "Clicks", values: [2, 0, 0] },
      { key: "open", label: "Widget opens", values: [0, 0, 1] },
    ],
  });
});

test("breakdowns list the most seen first and name what was deleted", () => {
  const rows = interactionRows(report);
  assert.deepEqual(rows.map((r) => [r.id, r.title]), [["a", "Deleted interaction"], ["b", "Tour"]]);
  assert.equal(postRows(report)[0].title, "Deleted post");
  assert.equal(percent(0.5), "50.0%");
  assert.equal(percent(1 / 3), "33.3%");
  assert.equal(percent(0), "0.0%");
});
