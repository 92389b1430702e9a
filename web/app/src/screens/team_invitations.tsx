import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { Choice } from "../settings/choice.js";
import { Confirm } from "../settings/confirm.js";
import { invitationLink } from "../settings/email_link.js";
import { invitableRoles, roleSummaries } from "../settings/roles.js";
import { SecretBox } from "../settings/secret.js";
import { when } from "../settings/when.js";
import { useWholeList } from "../settings/whole_list.js";
import type { Role, Workspace } from "../types.js";
import { EmptyState, ErrorNote, Field } from "../ui/form.js";
import { Pager } from "../ui/list.js";

interface Invitation {
  id: string;
  role: Role;
  email: string | null;
  createdAt: string;
  expiresAt: string;
}
interface IssuedInvitation extends Invitation {
  token: string;
}

// Inviting people: a link that admits one person with a role for seven days, and the
// invitations still pending.
export function Invitations({ workspace }: { workspace: Workspace }) {
  const { api } = useSession();
  const path = `/api/v1/workspaces/${encodeURIComponent(workspace.id)}/invitations`;
  const pending = useWholeList<Invitation>(path);
  const roles = invitableRoles(workspace.role);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("editor");
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const invite = async (event: Event) => {
    event.preventDefault();
    try {
      setIssued(await api.post<IssuedInvitation>(path, { role, email: email.trim() || null }));
      setEmail("");
      setError(null);
      pending.reload();
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  return (
    <>
      <h2>Invitations</h2>
      <form class="panel" onSubmit={invite} novalidate>
        <Field id="invite-email" label="Email (optional)" name="email" type="email" value={email} onInput={setEmail}
          error={error} hint="Only a reminder of whom it is for: whoever holds the link may join." />
        <Choice id="invite-role" label="Role" name="role" value={role} onChange={setRole} error={error}
          options={roles.map((r) => ({ value: r, label: `${r}: ${roleSummaries[r]}` }))} />
        <button type="submit">Invite</button>
        <ErrorNote error={error} />
      </form>
      {issued && (
        <SecretBox label={`Invitation link${issued.email ? ` for ${issued.email}` : ""} (${issued.role})`}
          value={invitationLink(window.location.href, issued.token)} copyLabel="Copy link">
          <p>Send it yourself. <strong>It is shown only now</strong>, and admits one person until {when(issued.expiresAt)}.</p>
        </SecretBox>
      )}
      <ErrorNote error={pending.error} />
      {pending.all && pending.all.length === 0 && (
        <EmptyState title="No invitation pending.">
          <p>Invite someone above, then send them the link.</p>
        </EmptyState>
      )}
      {pending.items.length > 0 && (
        <div class="table-wrap">
          <table class="list">
            <caption class="visually-hidden">Pending invitations</caption>
            <thead><tr><th>For</th><th>Role</th><th>Sent</th><th>Expires</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {pending.items.map((invitation) => (
                <tr>
                  <td>{invitation.email ?? "anyone with the link"}</td>
                  <td>{invitation.role}</td>
                  <td>{when(invitation.createdAt)}</td>
                  <td>{when(invitation.expiresAt)}</td>
                  <td class="actions-cell">
                    <Confirm label="Revoke" question="Withdraw this invitation?" confirmLabel="Withdraw it"
                      onConfirm={() => api.delete(`${path}/${encodeURIComponent(invitation.id)}`)} onDone={pending.reload}>
                      <p>Its link stops working at once.</p>
                    </Confirm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager {...pending} />
    </>
  );
}
