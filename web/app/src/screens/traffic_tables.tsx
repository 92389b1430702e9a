import { formatCount } from "../charts/series.js";
import { percent } from "./analytics_report.js";
import { formatBytes, rankedRows, type Share, type TrafficTable } from "./traffic_report.js";

// A bar as long as the share, beside its number; the number is what assistive tech reads.
function ShareCell({ count, share }: { count: number; share: number }) {
  return (
    <td class="n">
      <span class="share" style={{ width: `${Math.max(share * 5, 0.1)}rem` }} aria-hidden="true" />
      {formatCount(count)} <span class="meta">({percent(share)})</span>
    </td>
  );
}

export function ShareTable({ id, title, what, rows }: { id: string; title: string; what: string; rows: Share[] }) {
  return (
    <section>
      <h2 id={`${id}-heading`}>{title}</h2>
      <table class="list" id={id} aria-labelledby={`${id}-heading`}>
        <thead><tr><th scope="col">{what}</th><th scope="col" class="n">Requests</th></tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr><th scope="row">{row.label}</th><ShareCell count={row.count} share={row.share} /></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

// A ranked table from the log: its top names, then what the others add up to.
export function RankedTable({ id, title, what, table }: { id: string; title: string; what: string; table: TrafficTable }) {
  const rows = rankedRows(table);
  return (
    <section>
      <h2 id={`${id}-heading`}>{title}</h2>
      {rows.length === 0 ? (
        <p class="meta">None in these days.</p>
      ) : (
        <div class="table-scroll">
          <table class="list" id={id} aria-labelledby={`${id}-heading`}>
            <thead>
              <tr><th scope="col">{what}</th><th scope="col" class="n">Requests</th><th scope="col" class="n">Visitors</th><th scope="col" class="n">Bytes</th></tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr class={row.rest ? "rest" : undefined}>
                  <th scope="row">{row.rest ? <em>{row.name}</em> : row.name || "(none)"}</th>
                  <ShareCell count={row.hits} share={row.share} />
                  <td class="n">{formatCount(row.visitors)}</td>
                  <td class="n">{formatBytes(row.bytes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
