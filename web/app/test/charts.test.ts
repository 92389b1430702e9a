import { test } from "node:test";
import assert from "node:assert/strict";
import { addDays, daysIn, presetRange, rangeQuery, todayUtc } from "../src/charts/date_range.js";
import { alignedData, formatCount, summaryOf, type TimeSeries } from "../src/charts/series.js";

test("a preset of N days ends today and holds N days, both ends included", () => {
  const today = todayUtc(new Date("2026-03-02T23:59:00Z"));
  assert.equal(today, "2026-03-02");
  const week = presetRange(7, today);
  assert.deepEqual(week, { preset: 7, from: "2026-02-24", to: "2026-03-02" });
  assert.equal(daysIn(week.from, week.to), 7);
  assert.equal(daysIn(presetRange(90, today).from, today), 90);
  assert.deepEqual(presetRange("all", today), { preset: "all", from: "", to: "" });
});

test("days are counted across months, leap days and years, and reversed ranges hold none", () => {
  assert.equal(addDays("2028-02-28", 1), "2028-02-29");
  assert.equal(addDays("2026-12-31", 1), "2027-01-01");
  assert.equal(addDays("2026-03-01", -1), "2026-02-28");
  assert.equal(daysIn("2026-01-01", "2026-12-31"), 365);
  assert.equal(daysIn("2026-01-02", "2026-01-01"), 0);
  assert.equal(daysIn("", "2026-01-01"), 0);
});

test("the query leaves empty dates to the server and keeps other parameters", () => {
  assert.equal(rangeQuery({ preset: 7, from: "2026-01-01", to: "2026-01-07" }, { granularity: "week" }),
    "?from=2026-01-01&to=2026-01-07&granularity=week");
  assert.equal(rangeQuery({ preset: "all", from: "", to: "" }), "");
  assert.equal(rangeQuery({ preset: "custom", from: "", to: "2026-01-07" }, { top: "20" }), "?to=2026-01-07&top=20");
});

const data: TimeSeries = {
  periods: ["2026-01-01", "2026-01-02", "2026-01-03"],
  series: [
    { key: "view", label: "Views", values: [2, 1500, 3] },
    { key: "click", label: "Clicks", values: [0, 0, 0] },
  ],
};

test("the chart's data are the periods at UTC midnight in seconds, then each series", () => {
  assert.deepEqual(alignedData(data), [[1767225600, 1767312000, 1767398400], [2, 1500, 3], [0, 0, 0]]);
});

test("the summary says each series' total and busiest period, or that it has none", () => {
  assert.equal(
    summaryOf("Views and clicks by day", data),
    "Views and clicks by day, 2026-01-01 to 2026-01-03: views 1,505 in all, most 1,500 on 2026-01-02 and clicks none.",
  );
  assert.equal(summaryOf("Views", { periods: [], series: [] }), "Views: no data.");
  assert.equal(formatCount(1234567), "1,234,567");
});
