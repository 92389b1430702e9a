import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { navigate } from "../router.js";
import { Confirm } from "../settings/confirm.js";
import { SecretBox } from "../settings/secret.js";
import type { Project } from "../types.js";
import { ErrorNote } from "../ui/form.js";

interface Secret {
  secret: string;
  identityVerification: boolean;
}

// The identity verification secret: shown on demand, replaced when it may have leaked.
export function IdentitySecret({ project }: { project: Project }) {
  const { api } = useSession();
  const path = `/api/v1/projects/${encodeURIComponent(project.id)}/identity-secret`;
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const show = () => api.get<Secret>(path).then((answer) => setSecret(answer.secret), setError);

  return (
    <div class="panel">
      <h2>Identity secret</h2>
      <p>Your servers sign end-user ids with it. Keep it there: whoever holds it can act as any end-user.</p>
      {secret ? (
        <SecretBox label="Identity secret" value={secret} copyLabel="Copy secret" />
      ) : (
        <button type="button" class="secondary" onClick={() => void show()}>Show secret</button>
      )}{" "}
      <Confirm quiet label="Rotate secret" question="Replace the identity secret?" confirmLabel="Rotate the secret"
        onConfirm={() => api.post<Secret>(`${path}/rotate`).then((answer) => setSecret(answer.secret))}>
        <p>The old secret stops working at once: hashes made with it are refused until your servers use the new one.</p>
      </Confirm>
      <ErrorNote error={error} />
    </div>
  );
}

// Deleting the project, with everything in it.
export function DeleteProject({ project }: { project: Project }) {
  const { api, reload } = useSession();
  return (
    <div class="panel">
      <h2>Delete this project</h2>
      <p>Its posts, interactions, segments, keys and end-users go with it. This cannot be undone.</p>
      <Confirm label="Delete project" question={`Delete “${project.name}”?`} confirmLabel="Delete it for good"
        onConfirm={() => api.delete(`/api/v1/projects/${encodeURIComponent(project.id)}`)}
        onDone={() => void reload().then(() => navigate({ screen: "projects" }))}>
        <p>Its posts, interactions, segments, secret keys and end-users are deleted with it, and its widget stops.</p>
      </Confirm>
    </div>
  );
}
