import { useSession } from "../context.js";
import { actionText, detailsText } from "../settings/audit_text.js";
import { when } from "../settings/when.js";
import { atLeast } from "../types.js";
import { EmptyState, ErrorNote } from "../ui/form.js";
import { Pager, usePagedList } from "../ui/list.js";
import type { WorkspaceScreenProps } from "./registry.js";

interface AuditEvent {
  id: string;
  at: string;
  action: string;
  target: string;
  actor: { id: string; email: string } | null;
  ip: string;
  details: Record<string, unknown>;
}

// A workspace's security record, newest first: sign-ins, roles, keys, projects. Admins
// and owners read it.
export function Audit({ workspaceId }: WorkspaceScreenProps) {
  const { workspaces } = useSession();
  const role = workspaces.find((w) => w.id === workspaceId)?.role;
  return (
    <section>
      <h1>Audit log</h1>
      {atLeast(role, "admin") ? (
        <AuditLog key={workspaceId} workspaceId={workspaceId} />
      ) : (
        <p class="notice">Only admins and owners read the audit log.</p>
      )}
    </section>
  );
}

function AuditLog({ workspaceId }: WorkspaceScreenProps) {
  const list = usePagedList<AuditEvent>(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/audit`, 50);
  return (
    <>
      <p>What happened in this workspace, and to its members' accounts, newest first.</p>
      <ErrorNote error={list.error} />
      {list.page && list.page.items.length === 0 && (
        <EmptyState title="Nothing recorded yet.">
          <p>Sign-ins, role changes, keys and project changes show here as they happen.</p>
        </EmptyState>
      )}
      {list.page && list.page.items.length > 0 && (
        <div class="table-wrap">
          <table class="list">
            <caption class="visually-hidden">Audit events</caption>
            <thead><tr><th>When</th><th>What</th><th>Who</th><th>On</th><th>Details</th><th>Address</th></tr></thead>
            <tbody>
              {list.page.items.map((event) => (
                <tr>
                  <td>{when(event.at)}</td>
                  <td>{actionText(event.action)}</td>
                  <td>{event.actor?.email ?? "nobody signed in"}</td>
                  <td><code>{event.target}</code></td>
                  <td class="details">{detailsText(event.details)}</td>
                  <td>{event.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager {...list} />
    </>
  );
}
