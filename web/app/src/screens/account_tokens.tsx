import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { Confirm } from "../settings/confirm.js";
import { SecretBox } from "../settings/secret.js";
import { when } from "../settings/when.js";
import { useWholeList } from "../settings/whole_list.js";
import { EmptyState, ErrorNote, Field } from "../ui/form.js";
import { Pager } from "../ui/list.js";

interface ExtensionToken {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}
interface IssuedToken extends ExtensionToken {
  token: string;
}

const tokensPath = "/api/v1/extension-tokens";

// Tokens for the browser extension: each acts as the maker for builder actions only, for
// 30 days unless revoked.
export function ExtensionTokens() {
  const { api } = useSession();
  const list = useWholeList<ExtensionToken>(tokensPath);
  const [name, setName] = useState("");
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const create = async (event: Event) => {
    event.preventDefault();
    try {
      setIssued(await api.post<IssuedToken>(tokensPath, { name: name.trim() || null }));
      setName("");
      setError(null);
      list.reload();
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  return (
    <>
      <h2>Extension tokens</h2>
      <p>The browser extension builds interactions on your own site with one of these, as you, for 30 days.</p>
      {issued && (
        <SecretBox label={`New token “${issued.name}”`} value={issued.token} copyLabel="Copy token">
          <p><strong>This is the only time the token is shown.</strong> The extension in this browser picks it up by itself.</p>
        </SecretBox>
      )}
      <form class="inline-form" onSubmit={create} novalidate>
        <Field id="token-name" label="Token name (optional)" name="name" value={name} onInput={setName} error={error} />
        <button type="submit">Create token</button>
      </form>
      <ErrorNote error={error ?? list.error} />
      {list.all && list.all.length === 0 && (
        <EmptyState title="No extension token.">
          <p>Create one when you install the browser extension.</p>
        </EmptyState>
      )}
      {list.items.length > 0 && (
        <div class="table-wrap">
          <table class="list">
            <caption class="visually-hidden">Extension tokens</caption>
            <thead><tr><th>Name</th><th>Token</th><th>Created</th><th>Expires</th><th>Last used</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {list.items.map((token) => (
                <tr>
                  <td>{token.name}</td>
                  <td><code>{token.hint}</code></td>
                  <td>{when(token.createdAt)}</td>
                  <td>{when(token.expiresAt)}</td>
                  <td>{when(token.lastUsedAt)}</td>
                  <td class="actions-cell">
                    <Confirm label="Revoke" question={`Revoke the token “${token.name}”?`} confirmLabel="Revoke the token"
                      onConfirm={() => api.delete(`${tokensPath}/${encodeURIComponent(token.id)}`)} onDone={list.reload}>
                      <p>The extension using {token.hint} is refused from now on.</p>
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
