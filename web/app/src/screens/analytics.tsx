import { useEffect, useMemo, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { presetRange, rangeQuery, todayUtc, type DateRange } from "../charts/date_range.js";
import { RangePicker } from "../charts/range_picker.js";
import { formatCount } from "../charts/series.js";
import { TimeSeriesChart } from "../charts/time_series.js";
import { useSession } from "../context.js";
import { atLeast, type Project } from "../types.js";
import { EmptyState, ErrorNote } from "../ui/form.js";
import {
  hasEvents,
  interactionRows,
  pendingNote,
  percent,
  periodLabel,
  postRows,
  totalCards,
  trend,
  type AnalyticsReport,
  type Granularity,
} from "./analytics_report.js";
import "./analytics.css";
import type { ProjectScreenProps } from "./registry.js";

const analyticsPath = (project: Project) => `/api/v1/projects/${encodeURIComponent(project.id)}/analytics`;
const itemHref = (project: Project, tab: string, id: string) =>
  `#/projects/${encodeURIComponent(project.id)}/${tab}/${encodeURIComponent(id)}`;

// What the widget's end-users did: totals, a chart over time, and each interaction's and
// post's figures, for the days chosen.
export function Analytics({ project }: ProjectScreenProps) {
  const { api } = useSession();
  const [range, setRange] = useState<DateRange>(() => presetRange(30, todayUtc(new Date())));
  const [granularity, setGranularity] = useState<Granularity>("day");
  const [report, setReport] = useState<AnalyticsReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [asked, setAsked] = useState(0); // bumped by "Refresh"

  useEffect(() => {
    let current = true;
    setLoading(true);
    api
      .get<AnalyticsReport>(analyticsPath(project) + rangeQuery(range, { granularity }))
      .then(
        (answer) => {
          if (!current) return;
          setReport(answer);
          setError(null);
        },
        (failure: ApiError) => current && setError(failure),
      )
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [api, project.id, range, granularity, asked]);

  const chart = useMemo(() => (report ? trend(report) : null), [report]);

  return (
    <section class="report analytics" aria-busy={loading}>
      <div class="heading-row">
        <h1>Analytics</h1>
        {atLeast(project.role, "admin") && (
          <a id="analytics-export" href={`${analyticsPath(project)}/events${rangeQuery(range)}`} download>
            Export raw events (CSV)
          </a>
        )}
      </div>
      <RangePicker idPrefix="analytics" presets={[7, 30, 90, "custom"]} value={range} onChange={setRange} error={error}>
        <label class="inline-field">
          <span>Granularity</span>
          <select id="analytics-granularity" value={granularity}
            onChange={(e) => setGranularity((e.currentTarget as HTMLSelectElement).value as Granularity)}>
            <option value="day">Day</option>
            <option value="week">Week</option>
            <option value="month">Month</option>
          </select>
        </label>
        <button type="button" class="secondary" id="analytics-refresh" onClick={() => setAsked(asked + 1)}>Refresh</button>
      </RangePicker>
      <ErrorNote error={error} />
      {!report && !error && <p class="meta">Loading…</p>}
      {report && <ReportView project={project} report={report} chart={chart} />}
    </section>
  );
}

function ReportView({ project, report, chart }: { project: Project; report: AnalyticsReport; chart: ReturnType<typeof trend> | null }) {
  return (
    <>
      <p class="meta">{report.from} to {report.to} (UTC days, both included)</p>
      {pendingNote(report) && (
        <p class="meta" id="analytics-pending" role="status">
          {pendingNote(report)}
        </p>
      )}
      <ul class="totals" aria-label="Totals" id="analytics-totals">
        {totalCards(report.totals).map((card) => (
          <li class={card.custom ? "custom" : undefined}>
            <span class="total-label">{card.label}</span>
            <strong class="total-value" data-total={card.type} data-value={card.value}>{formatCount(card.value)}</strong>
          </li>
        ))}
      </ul>
      {!hasEvents(report) ? (
        <EmptyState title="No events yet.">
          <p id="analytics-empty">
            Install the widget on your site (<a href={`#/projects/${encodeURIComponent(project.id)}/install`}>Install tab</a>)
            and publish an interaction or a post: views, clicks and widget opens show here a few seconds after they
            happen (press Refresh). If they are older, choose a longer range.
          </p>
        </EmptyState>
      ) : (
        <>
          {chart && <TimeSeriesChart id="analytics-chart" title={`Views, clicks and widget opens ${periodLabel(report.granularity)}`} data={chart} />}
          <InteractionTable project={project} report={report} />
          <PostTable project={project} report={report} />
          <MonthlyUsers report={report} />
        </>
      )}
    </>
  );
}

function InteractionTable({ project, report }: { project: Project; report: AnalyticsReport }) {
  const rows = interactionRows(report);
  return (
    <>
      <h2 id="analytics-interactions-heading">Interactions</h2>
      {rows.length === 0 ? (
        <p class="meta">No interaction was seen in these days.</p>
      ) : (
        <div class="table-scroll">
          <table class="list" aria-labelledby="analytics-interactions-heading" id="analytics-interactions">
            <thead>
              <tr>
                <th scope="col">Interaction</th><th scope="col" class="n">Views</th><th scope="col" class="n">Unique users</th>
                <th scope="col" class="n">Clicks</th><th scope="col" class="n">Dismissals</th>
                <th scope="col" class="n">Completions</th><th scope="col" class="n">CTR</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">{row.name === null ? row.title : <a href={itemHref(project, "interactions", row.id)}>{row.title}</a>}</th>
                  <td class="n">{formatCount(row.views)}</td><td class="n">{formatCount(row.dailyUsers)}</td>
                  <td class="n">{formatCount(row.clicks)}</td><td class="n">{formatCount(row.dismissals)}</td>
                  <td class="n">{formatCount(row.completions)}</td><td class="n">{percent(row.ctr)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="hint">Unique users are counted per day and added up over the days; CTR is clicks per view.</p>
    </>
  );
}

function PostTable({ project, report }: { project: Project; report: AnalyticsReport }) {
  const rows = postRows(report);
  return (
    <>
      <h2 id="analytics-posts-heading">Posts</h2>
      {rows.length === 0 ? (
        <p class="meta">No post was read in these days.</p>
      ) : (
        <div class="table-scroll">
          <table class="list" aria-labelledby="analytics-posts-heading" id="analytics-posts">
            <thead>
              <tr><th scope="col">Post</th><th scope="col" class="n">Views</th><th scope="col" class="n">Unique users</th><th scope="col" class="n">Reactions</th></tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">{row.name === null ? row.title : <a href={itemHref(project, "posts", row.id)}>{row.title}</a>}</th>
                  <td class="n">{formatCount(row.views)}</td><td class="n">{formatCount(row.dailyUsers)}</td><td class="n">{formatCount(row.reactions)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function MonthlyUsers({ report }: { report: AnalyticsReport }) {
  if (report.monthlyActiveUsers.length === 0) return null;
  return (
    <>
      <h2 id="analytics-months-heading">Active users by month</h2>
      <table class="list narrow" aria-labelledby="analytics-months-heading">
        <thead><tr><th scope="col">Month</th><th scope="col" class="n">Active users</th></tr></thead>
        <tbody>
          {report.monthlyActiveUsers.map((month) => (
            <tr><th scope="row">{month.month}</th><td class="n">{formatCount(month.activeUsers)}</td></tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
