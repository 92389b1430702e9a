import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { navigate } from "../router.js";
import { Choice } from "../settings/choice.js";
import { Confirm } from "../settings/confirm.js";
import { assignableRoles, canRemove } from "../settings/roles.js";
import { when } from "../settings/when.js";
import { useWholeList } from "../settings/whole_list.js";
import { atLeast, type Role, type Workspace } from "../types.js";
import { EmptyState, ErrorNote, Field } from "../ui/form.js";
import { Pager } from "../ui/list.js";
import type { WorkspaceScreenProps } from "./registry.js";
import { Invitations } from "./team_invitations.js";

interface Member {
  userId: string;
  email: string;
  name: string;
  role: Role;
  joinedAt: string;
}

// A workspace's members and their roles, and the invitations that bring new ones. Every
// member sees the team; admins and owners change it.
export function Team({ workspaceId }: WorkspaceScreenProps) {
  const { workspaces } = useSession();
  const workspace = workspaces.find((w) => w.id === workspaceId);
  if (!workspace) {
    return <EmptyState title="This workspace is not one of yours, or no longer exists."><a href="#/projects">See your projects</a></EmptyState>;
  }
  return <TeamScreen key={workspaceId} workspace={workspace} />;
}

function TeamScreen({ workspace }: { workspace: Workspace }) {
  const admin = atLeast(workspace.role, "admin");
  const members = useWholeList<Member>(`/api/v1/workspaces/${encodeURIComponent(workspace.id)}/members`);
  const [error, setError] = useState<ApiError | null>(null);

  return (
    <section>
      <h1>Team</h1>
      {admin ? <Rename workspace={workspace} /> : <p>Members of {workspace.name}. Your role: {workspace.role}.</p>}
      <h2>Members</h2>
      <ErrorNote error={error ?? members.error} />
      {members.items.length > 0 && (
        <div class="table-wrap">
          <table class="list">
            <caption class="visually-hidden">Members</caption>
            <thead><tr><th>Name</th><th>Email</th><th>Role</th><th>Joined</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {members.items.map((member) => (
                <MemberRow key={member.userId} workspace={workspace} member={member} onError={setError}
                  onChanged={() => { setError(null); members.reload(); }} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager {...members} />
      {admin ? (
        <Invitations workspace={workspace} />
      ) : (
        <p class="notice">Only admins and owners invite people and change roles.</p>
      )}
    </section>
  );
}

function Rename({ workspace }: { workspace: Workspace }) {
  const { api, reload } = useSession();
  const [name, setName] = useState(workspace.name);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState("");
  const rename = async (event: Event) => {
    event.preventDefault();
    try {
      await api.patch(`/api/v1/workspaces/${encodeURIComponent(workspace.id)}`, { name });
      setError(null);
      setStatus("Renamed.");
      await reload();
    } catch (failure) {
      setError(failure as ApiError);
    }
  };
  return (
    <form class="inline-form" onSubmit={rename} novalidate>
      <Field id="workspace-name" label="Workspace name" name="name" value={name} onInput={setName} error={error} />
      <button type="submit" class="secondary">Rename</button>
      <span role="status" class="meta">{status}</span>
      <ErrorNote error={error} />
    </form>
  );
}

interface RowProps {
  workspace: Workspace;
  member: Member;
  onChanged: () => void;
  onError: (error: ApiError) => void;
}

function MemberRow({ workspace, member, onChanged, onError }: RowProps) {
  const { api, user, reload } = useSession();
  const [role, setRole] = useState<Role>(member.role);
  const path = `/api/v1/workspaces/${encodeURIComponent(workspace.id)}/members/${encodeURIComponent(member.userId)}`;
  const choices = assignableRoles(workspace.role, member.role);
  const self = member.userId === user.id;

  const change = async () => {
    try {
      await api.patch(path, { role });
      onChanged();
      if (self) await reload();
    } catch (failure) {
      setRole(member.role);
      onError(failure as ApiError);
    }
  };
  const removed = () => {
    if (!self) return onChanged();
    void reload().then(() => navigate({ screen: "projects" }));
  };

  return (
    <tr>
      <td>{member.name}{self && <span class="meta"> (you)</span>}</td>
      <td>{member.email}</td>
      <td>
        {choices.length > 0 ? (
          <div class="inline-form">
            <Choice id={`role-${member.userId}`} label={`Role of ${member.name || member.email}`} name="role" value={role} hideLabel
              onChange={setRole} options={choices.map((r) => ({ value: r, label: r }))} />
            {role !== member.role && <button type="button" onClick={() => void change()}>Change role</button>}
          </div>
        ) : (
          member.role
        )}
      </td>
      <td>{when(member.joinedAt)}</td>
      <td class="actions-cell">
        {canRemove(workspace.role, member.role) && (
          <Confirm label="Remove" confirmLabel={self ? "Leave the workspace" : "Remove them"}
            question={self ? `Leave ${workspace.name}?` : `Remove ${member.name || member.email} from ${workspace.name}?`}
            onConfirm={() => api.delete(path)} onDone={removed}>
            <p>{self ? "You" : "They"} lose access to its projects at once. An invitation brings {self ? "you" : "them"} back.</p>
          </Confirm>
        )}
      </td>
    </tr>
  );
}
