// The server's access-log statistics (GET /api/v1/traffic, docs/traffic.md) made into
// what the traffic screen shows: a gap-free series of days, the status mix by class, and
// ranked tables whose rows and "everything else" add up to the whole.
import { addDays, daysIn } from "../charts/date_range.js";
import type { TimeSeries } from "../charts/series.js";

export interface TrafficCount {
  hits: number;
  bytes: number;
  visitors: number;
}

export interface TrafficTable {
  rows: (TrafficCount & { name: string })[];
  distinct: number;
  more: TrafficCount;
}

export interface TrafficReport {
  from: string | null;
  to: string | null;
  requests: number;
  visitors: number;
  bytes: number;
  status: Record<string, number>;
  days: { day: string; requests: number; visitors: number; bytes: number }[];
  hours: number[];
  pages: TrafficTable;
  files: TrafficTable;
  notFound: { requests: number; urls: TrafficTable };
  referrers: TrafficTable;
  browsers: TrafficTable;
  systems: TrafficTable;
  devices: TrafficTable;
  crawlers: TrafficTable;
  notes: string[];
  generatedAt: string;
}

const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

// The longest run of days drawn; a longer range shows its last days.
const maxDays = 3 * 366;

// Requests and visitors for every day from `from` to `to` (the report's own first and last
// day when the range leaves them open), days without a request as zero.
export function dailyTraffic(report: TrafficReport, from: string, to: string): TimeSeries {
  const first = from || report.from;
  const last = to || report.to;
  if (!first || !last || daysIn(first, last) === 0) return { periods: [], series: [] };
  const count = Math.min(daysIn(first, last), maxDays);
  const start = addDays(last, 1 - count);
  const byDay = new Map(report.days.map((day) => [day.day, day]));
  const periods = Array.from({ length: count }, (_, index) => addDays(start, index));
  return {
    periods,
    series: [
      { key: "requests", label: "Requests", values: periods.map((day) => byDay.get(day)?.requests ?? 0) },
      { key: "visitors", label: "Visitors", values: periods.map((day) => byDay.get(day)?.visitors ?? 0) },
    ],
  };
}

export interface Share {
  label: string;
  count: number;
  share: number; // 0 to 1 of all requests
}

const classNames: Record<string, string> = {
  "1": "1xx informational",
  "2": "2xx success",
  "3": "3xx redirection",
  "4": "4xx client error",
  "5": "5xx server error",
};

// Requests by class of status (2xx, 3xx ...), in that order, and by code, most first.
export function statusMix(status: Record<string, number>): { classes: Share[]; codes: Share[] } {
  const total = Object.values(status).reduce((sum, count) => sum + count, 0);
  const share = (count: number) => (total === 0 ? 0 : count / total);
  const byClass = new Map<string, number>();
  for (const [code, count] of Object.entries(status)) {
    const key = code.length === 3 && classNames[code[0]] ? code[0] : "other";
    byClass.set(key, (byClass.get(key) ?? 0) + count);
  }
  const classes = [...byClass.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => ({ label: classNames[key] ?? "Other", count, share: share(count) }));
  const codes = Object.entries(status)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, count]) => ({ label: code, count, share: share(count) }));
  return { classes, codes };
}

export interface RankedRow extends TrafficCount {
  name: string;
  share: number; // of the table's hits
  rest: boolean; // the row standing for every name not listed
}

// The table's rows, then one row for the names left out (when any), each with its share.
export function rankedRows(table: TrafficTable): RankedRow[] {
  const total = table.rows.reduce((sum, row) => sum + row.hits, table.more.hits);
  const share = (hits: number) => (total === 0 ? 0 : hits / total);
  const rows = table.rows.map((row) => ({ ...row, share: share(row.hits), rest: false }));
  if (table.more.hits === 0) return rows;
  const left = table.distinct - table.rows.length;
  const name = left > 0 ? `${left} more` : "Everything else";
  return [...rows, { name, ...table.more, share: share(table.more.hits), rest: true }];
}
