import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { EmptyState, ErrorNote } from "../ui/form.js";
import { Pager, usePagedList } from "../ui/list.js";
import type { Page } from "../types.js";
import { allPages, consentsPath, functionalityAnswer, pagePath, type ConsentRecord } from "./consents_record.js";
import "./analytics.css";
import "./consents.css";
import type { WorkspaceScreenProps } from "./registry.js";

function Forbidden() {
  return (
    <section>
      <h1>Consent records</h1>
      <EmptyState title="Only the instance owner sees consent records.">
        <p id="consents-forbidden">
          Each record names a visitor of this server's site (an anonymized address and a browser), kept as proof of
          their cookie choice, so only the owner of this installation may read or export them.
        </p>
      </EmptyState>
    </section>
  );
}

// The site visitors' cookie choices, newest first, kept as proof of consent.
export function Consents(_: WorkspaceScreenProps) {
  const { user } = useSession();
  return user.instanceOwner ? <ConsentList /> : <Forbidden />;
}

function ConsentList() {
  const list = usePagedList<ConsentRecord>(`${consentsPath}?format=json`);
  if (list.error?.status === 403) return <Forbidden />;
  return (
    <section class="report">
      <div class="heading-row">
        <h1>Consent records</h1>
        <div class="actions">
          <a id="consents-export-csv" href={`${consentsPath}?format=csv`} download>Export CSV</a>
          <JsonExport />
        </div>
      </div>
      <p class="meta">Every choice made in the site's cookie pop-up, newest first. Addresses are anonymized.</p>
      <ErrorNote error={list.error} />
      {list.page && list.page.items.length === 0 && (
        <EmptyState title="No consent record yet.">
          <p>A record is kept each time a visitor of this server's site (its home page, policy pages, changelog) answers the cookie pop-up or withdraws.</p>
        </EmptyState>
      )}
      {list.page && list.page.items.length > 0 && (
        <div class="table-scroll">
          <table class="list" id="consents-table" aria-label="Consent records">
            <thead>
              <tr><th scope="col">Time</th><th scope="col" class="n">Policy version</th><th scope="col">Functionality</th><th scope="col">Address</th><th scope="col">User agent</th></tr>
            </thead>
            <tbody>
              {list.page.items.map((record) => (
                <tr>
                  <td><time dateTime={record.at}>{new Date(record.at).toLocaleString()}</time></td>
                  <td class="n">{record.policyVersion}</td>
                  <td><span class={`badge consent-${functionalityAnswer(record)}`}>{functionalityAnswer(record)}</span></td>
                  <td>{record.ip}</td>
                  <td class="user-agent">{record.userAgent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager {...list} />
    </section>
  );
}

// Every record as one JSON file: the pages are read in turn, then handed to the browser.
function JsonExport() {
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const records = await allPages((cursor) => api.get<Page<ConsentRecord>>(pagePath(cursor)));
      const link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([JSON.stringify(records, null, 2)], { type: "application/json" }));
      link.download = "consent-records.json";
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="secondary" id="consents-export-json" disabled={busy} onClick={() => void run()}>
        {busy ? "Exporting…" : "Export JSON"}
      </button>
      <ErrorNote error={error} />
    </>
  );
}
