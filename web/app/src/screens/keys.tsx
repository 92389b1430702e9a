import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { Confirm } from "../settings/confirm.js";
import { SecretBox } from "../settings/secret.js";
import { when } from "../settings/when.js";
import { useWholeList } from "../settings/whole_list.js";
import { atLeast, type Project } from "../types.js";
import { EmptyState, ErrorNote, Field } from "../ui/form.js";
import { Pager } from "../ui/list.js";
import type { ProjectScreenProps } from "./registry.js";

interface SecretKey {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
}
interface IssuedKey extends SecretKey {
  secret: string;
}

// A project's secret keys, for its servers' calls to the API. Admins issue and revoke
// them; a new key's secret is shown once, here.
export function Keys({ project }: ProjectScreenProps) {
  const admin = atLeast(project.role, "admin");
  return (
    <section>
      <h1>API keys</h1>
      <p>
        Public key: <code>{project.publicKey}</code>. It is safe in pages; the widget snippet carries it.
      </p>
      {admin ? (
        <SecretKeys key={project.id} project={project} />
      ) : (
        <p class="notice" id="keys-admins-only">Only admins and owners manage API keys.</p>
      )}
      <p class="meta">
        Tokens for the browser extension are personal: manage yours in <a href="#/account">your account</a>.
      </p>
    </section>
  );
}

function SecretKeys({ project }: { project: Project }) {
  const { api } = useSession();
  const path = `/api/v1/projects/${encodeURIComponent(project.id)}/keys`;
  const list = useWholeList<SecretKey>(path);
  const [name, setName] = useState("");
  const [issued, setIssued] = useState<IssuedKey | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const create = async (event: Event) => {
    event.preventDefault();
    try {
      setIssued(await api.post<IssuedKey>(path, { name }));
      setName("");
      setError(null);
      list.reload();
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  return (
    <>
      <p>Secret keys let your own servers call the API as this project. Never put one in a page.</p>
      {issued && (
        <SecretBox label={`New secret key “${issued.name}”`} value={issued.secret} copyLabel="Copy key">
          <p><strong>This is the only time the key is shown.</strong> Copy it now and keep it on your servers.</p>
        </SecretBox>
      )}
      <form class="inline-form" onSubmit={create} novalidate>
        <Field id="key-name" label="Key name" name="name" value={name} onInput={setName} error={error} hint="What uses it, such as “CRM sync”." />
        <button type="submit">Create key</button>
      </form>
      <ErrorNote error={error ?? list.error} />
      {list.all && list.all.length === 0 && (
        <EmptyState title="No secret key yet.">
          <p>Create one above when a server of yours needs to call the API.</p>
        </EmptyState>
      )}
      {list.items.length > 0 && (
        <div class="table-wrap">
          <table class="list">
            <caption class="visually-hidden">Secret keys</caption>
            <thead><tr><th>Name</th><th>Key</th><th>Created</th><th>Last used</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {list.items.map((key) => (
                <tr>
                  <td>{key.name}</td>
                  <td><code>{key.hint}</code></td>
                  <td>{when(key.createdAt)}</td>
                  <td>{when(key.lastUsedAt)}</td>
                  <td class="actions-cell">
                    <Confirm label="Revoke" question={`Revoke the key “${key.name}”?`} confirmLabel="Revoke the key"
                      onConfirm={() => api.delete(`${path}/${encodeURIComponent(key.id)}`)} onDone={list.reload}>
                      <p>Servers using {key.hint} are refused from now on. This cannot be undone.</p>
                    </Confirm>
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
