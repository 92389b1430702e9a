import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import type { Workspace } from "../types.js";
import { ErrorNote, Field, focusFirstNamed } from "../ui/form.js";

// A new workspace, owned by whoever creates it: its own team, projects and records.
export function NewWorkspace({ onCreated }: { onCreated: (workspace: Workspace) => void }) {
  const { api, reload } = useSession();
  const [name, setName] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setBusy(true);
    try {
      const workspace = await api.post<Workspace>("/api/v1/workspaces", { name });
      await reload();
      onCreated(workspace);
    } catch (failure) {
      setError(failure as ApiError);
      focusFirstNamed(form, failure as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h1>New workspace</h1>
      <p>A workspace has its own team, projects, audit log and consent records. You will own it.</p>
      <form class="panel" novalidate onSubmit={create}>
        <Field id="workspace-name" label="Workspace name" name="name" value={name} onInput={setName} error={error} />
        <div class="actions">
          <button type="submit" disabled={busy}>Create workspace</button>
          <a href="#/projects">Cancel</a>
        </div>
        <ErrorNote error={error} />
      </form>
    </section>
  );
}
