import { useEffect, useMemo, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { presetRange, rangeQuery, todayUtc, type DateRange } from "../charts/date_range.js";
import { RangePicker } from "../charts/range_picker.js";
import { formatCount } from "../charts/series.js";
import { TimeSeriesChart } from "../charts/time_series.js";
import { useSession } from "../context.js";
import { EmptyState, ErrorNote } from "../ui/form.js";
import "./analytics.css";
import type { WorkspaceScreenProps } from "./registry.js";
import { RankedTable, ShareTable } from "./traffic_tables.js";
import { dailyTraffic, formatBytes, statusMix, type TrafficReport } from "./traffic_report.js";

const top = 20;

// The server's own access log, counted: for its operators, every workspace's requests.
export function Traffic(_: WorkspaceScreenProps) {
  const { api } = useSession();
  const [range, setRange] = useState<DateRange>(() => presetRange(30, todayUtc(new Date())));
  const [report, setReport] = useState<TrafficReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let current = true;
    api.get<TrafficReport>("/api/v1/traffic" + rangeQuery(range, { top: String(top) })).then(
      (answer) => {
        if (!current) return;
        setReport(answer);
        setError(null);
      },
      (failure: ApiError) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [api, range, asked]);

  if (error?.status === 403) {
    return (
      <section>
        <h1>Traffic</h1>
        <EmptyState title="Only the server's operators see its traffic.">
          <p id="traffic-forbidden">
            The access log holds the requests of every workspace on this server, so its statistics are for the instance
            owner and the owners and admins of their workspace. Ask them, or read your own project's Analytics tab.
          </p>
        </EmptyState>
      </section>
    );
  }
  return (
    <section class="report traffic">
      <h1>Traffic</h1>
      <p class="meta">Every request this server answered, from its access log: all workspaces together, no account or cookie involved.</p>
      <RangePicker idPrefix="traffic" presets={[7, 30, 90, "all", "custom"]} value={range} onChange={setRange} error={error}>
        <button type="button" class="secondary" id="traffic-refresh" onClick={() => setAsked(asked + 1)}>Refresh</button>
      </RangePicker>
      <ErrorNote error={error} />
      {!report && !error && <p class="meta">Loading…</p>}
      {report && <TrafficView report={report} range={range} />}
    </section>
  );
}

function TrafficView({ report, range }: { report: TrafficReport; range: DateRange }) {
  const days = useMemo(() => dailyTraffic(report, range.from, range.to), [report, range]);
  const mix = statusMix(report.status);
  return (
    <>
      <ul class="totals" aria-label="Totals" id="traffic-totals">
        <li><span class="total-label">Requests</span><strong class="total-value" data-total="requests">{formatCount(report.requests)}</strong></li>
        <li><span class="total-label">Visitors</span><strong class="total-value" data-total="visitors">{formatCount(report.visitors)}</strong></li>
        <li><span class="total-label">Bytes sent</span><strong class="total-value" data-total="bytes">{formatBytes(report.bytes)}</strong></li>
        <li><span class="total-label">Not found (404)</span><strong class="total-value" data-total="notFound">{formatCount(report.notFound.requests)}</strong></li>
      </ul>
      {report.notes.length > 0 && (
        <ul class="notes" aria-label="Notes on the log files">{report.notes.map((note) => <li>{note}</li>)}</ul>
      )}
      {report.requests === 0 ? (
        <EmptyState title="No request in these days.">
          <p>The log has none here: choose “Everything kept” to see every day the server still keeps.</p>
        </EmptyState>
      ) : (
        <>
          <TimeSeriesChart id="traffic-chart" title="Requests and visitors by day" data={days} />
          <div class="report-grid">
            <ShareTable id="traffic-status-classes" title="Status mix" what="Class" rows={mix.classes} />
            <ShareTable id="traffic-status-codes" title="Status codes" what="Code" rows={mix.codes} />
            <RankedTable id="traffic-pages" title="Top pages" what="Path" table={report.pages} />
            <RankedTable id="traffic-files" title="Static files" what="Path" table={report.files} />
            <RankedTable id="traffic-not-found" title="Not found" what="Path" table={report.notFound.urls} />
            <RankedTable id="traffic-referrers" title="Referrers" what="Site" table={report.referrers} />
            <RankedTable id="traffic-browsers" title="Browsers" what="Browser" table={report.browsers} />
            <RankedTable id="traffic-systems" title="Operating systems" what="System" table={report.systems} />
            <RankedTable id="traffic-devices" title="Devices" what="Device" table={report.devices} />
            <RankedTable id="traffic-crawlers" title="Crawlers and tools" what="Agent" table={report.crawlers} />
          </div>
        </>
      )}
    </>
  );
}
