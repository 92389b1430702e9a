// The project's analytics report (GET /api/v1/projects/{id}/analytics) made into what the
// screen shows: total cards, the chart's series, and the breakdown tables' rows.
import { formatCount, type TimeSeries } from "../charts/series.js";

export type Granularity = "day" | "week" | "month";

export interface AnalyticsReport {
  from: string;
  to: string;
  granularity: Granularity;
  totals: Record<string, number>;
  series: { period: string; counts: Record<string, number>; activeUsers?: number }[];
  interactions: InteractionFigures[];
  posts: PostFigures[];
  monthlyActiveUsers: { month: string; activeUsers: number }[];
  // Events the server acknowledged and has not counted yet (after a burst).
  pendingEvents: number;
}

export interface InteractionFigures {
  id: string;
  name: string | null;
  views: number;
  dailyUsers: number;
  clicks: number;
  dismissals: number;
  completions: number;
  ctr: number;
}

export interface PostFigures {
  id: string;
  name: string | null;
  views: number;
  dailyUsers: number;
  reactions: number;
}

// The built-in event types, in the order their cards show. The first five always show,
// zero included, so a new project sees what will be counted.
const builtIn: [type: string, label: string][] = [
  ["view", "Views"],
  ["click", "Clicks"],
  ["dismiss", "Dismissals"],
  ["complete", "Completions"],
  ["open", "Widget opens"],
  ["reaction", "Reactions"],
  ["post_view", "Post views"],
  ["page", "Pages"],
  ["screen", "Screens"],
  ["identify", "Identifies"],
  ["group", "Groups"],
  ["alias", "Aliases"],
];
const alwaysShown = 5;

export interface TotalCard {
  type: string; // the event type or custom event name, as the report names it
  label: string;
  value: number;
  custom: boolean;
}

export function totalCards(totals: Record<string, number>): TotalCard[] {
  const known = new Set(builtIn.map(([type]) => type));
  const cards = builtIn
    .filter(([type], index) => index < alwaysShown || (totals[type] ?? 0) > 0)
    .map(([type, label]) => ({ type, label, value: totals[type] ?? 0, custom: false }));
  const custom = Object.keys(totals)
    .filter((name) => !known.has(name))
    .sort()
    .map((name) => ({ type: name, label: name, value: totals[name], custom: true }));
  return [...cards, ...custom];
}

export function hasEvents(report: AnalyticsReport): boolean {
  return Object.values(report.totals).some((count) => count > 0);
}

const charted: [type: string, label: string][] = [
  ["view", "Views"],
  ["click", "Clicks"],
  ["open", "Widget opens"],
];

export function trend(report: AnalyticsReport): TimeSeries {
  return {
    periods: report.series.map((point) => point.period),
    series: charted.map(([type, label]) => ({
      key: type,
      label,
      values: report.series.map((point) => point.counts[type] ?? 0),
    })),
  };
}

// Most seen first; a deleted interaction or post keeps its figures under a plain name.
export function interactionRows(report: AnalyticsReport): (InteractionFigures & { title: string })[] {
  return [...report.interactions]
    .sort((a, b) => b.views - a.views || a.id.localeCompare(b.id))
    .map((row) => ({ ...row, title: row.name ?? "Deleted interaction" }));
}

export function postRows(report: AnalyticsReport): (PostFigures & { title: string })[] {
  return [...report.posts]
    .sort((a, b) => b.views - a.views || a.id.localeCompare(b.id))
    .map((row) => ({ ...row, title: row.name ?? "Deleted post" }));
}

export function percent(ratio: number): string {
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

// What to say when some events were received but are not in the figures yet; null when
// every event is counted.
export function pendingNote(report: AnalyticsReport): string | null {
  const pending = report.pendingEvents;
  if (!(pending > 0)) return null;
  const events = pending === 1 ? "1 more event was" : `${formatCount(pending)} more events were`;
  return `${events} received and not counted yet: press Refresh in a moment.`;
}

export function periodLabel(granularity: Granularity): string {
  return { day: "by day", week: "by week (from Monday)", month: "by month" }[granularity];
}
