import { useSession } from "../context.js";
import { Confirm } from "../settings/confirm.js";
import { when } from "../settings/when.js";
import { useWholeList } from "../settings/whole_list.js";
import { ErrorNote } from "../ui/form.js";
import { Pager } from "../ui/list.js";

interface Session {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string;
  userAgent: string;
  current: boolean;
}

const sessionsPath = "/api/v1/auth/sessions";

// Where the maker is signed in, and a way to end any of it but this session.
export function Sessions() {
  const { api } = useSession();
  const list = useWholeList<Session>(sessionsPath);
  const others = (list.all ?? []).filter((session) => !session.current);
  const end = (session: Session) => api.delete(`${sessionsPath}/${encodeURIComponent(session.id)}`);
  const endOthers = async () => {
    try {
      for (const session of others) await end(session);
    } finally {
      list.reload();
    }
  };

  return (
    <>
      <div class="heading-row">
        <h2>Where you are signed in</h2>
        {others.length > 0 && (
          <Confirm quiet label="Sign out everywhere else" question="Sign out of every other session?"
            confirmLabel="Sign them out" onConfirm={endOthers}>
            <p>{others.length === 1 ? "One other session ends" : `${others.length} other sessions end`}; this one stays.</p>
          </Confirm>
        )}
      </div>
      <ErrorNote error={list.error} />
      {list.items.length > 0 && (
        <div class="table-wrap">
          <table class="list">
            <caption class="visually-hidden">Sessions</caption>
            <thead><tr><th>Browser</th><th>Address</th><th>Signed in</th><th>Last seen</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {list.items.map((session) => (
                <tr>
                  <td class="user-agent" title={session.userAgent}>{session.userAgent || "unknown"}</td>
                  <td>{session.ip}</td>
                  <td>{when(session.createdAt)}</td>
                  <td>{when(session.lastSeenAt)}</td>
                  <td class="actions-cell">
                    {session.current ? (
                      <span class="badge published">this session</span>
                    ) : (
                      <Confirm label="Revoke" question="End this session?" confirmLabel="End it"
                        onConfirm={() => end(session)} onDone={list.reload}>
                        <p>Whoever uses it is signed out at once.</p>
                      </Confirm>
                    )}
                  </td>
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
