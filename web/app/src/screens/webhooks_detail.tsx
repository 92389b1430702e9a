import { useEffect, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { hrefOf, navigate } from "../router.js";
import { Confirm } from "../settings/confirm.js";
import type { Delivery } from "../settings/deliveries.js";
import { SecretBox } from "../settings/secret.js";
import type { Project } from "../types.js";
import { ErrorNote } from "../ui/form.js";
import { usePagedList } from "../ui/list.js";
import { Deliveries } from "./webhooks_deliveries.js";
import { WebhookFields, webhooksPath, type Webhook, type WebhookDraft } from "./webhooks_fields.js";

// One webhook: what it posts where, its signing secret, a test ping, and its delivery log.
export function WebhookDetail({ project, webhookId }: { project: Project; webhookId: string }) {
  const { api } = useSession();
  const path = `${webhooksPath(project)}/${encodeURIComponent(webhookId)}`;
  const deliveries = usePagedList<Delivery>(`${path}/deliveries`);
  const [draft, setDraft] = useState<WebhookDraft | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState("");
  const back = hrefOf({ screen: "project", projectId: project.id, tab: "webhooks", itemId: null });

  const adopt = (webhook: Webhook) => setDraft({ url: webhook.url, events: webhook.events, active: webhook.active });
  useEffect(() => void api.get<Webhook>(path).then(adopt, setError), [path]);

  const save = async (event: Event) => {
    event.preventDefault();
    setStatus("");
    try {
      adopt((await api.patch<Webhook>(path, draft)).body);
      setError(null);
      setStatus("Saved.");
    } catch (failure) {
      setError(failure as ApiError);
    }
  };
  const ping = async () => {
    setStatus("");
    try {
      await api.post(`${path}/test`, {});
      setStatus("Ping queued: it shows in the delivery log below.");
      deliveries.reload();
    } catch (failure) {
      setError(failure as ApiError);
    }
  };
  const showSecret = () => api.get<{ secret: string }>(`${path}/secret`).then((answer) => setSecret(answer.secret), setError);

  if (!draft) return error ? <ErrorNote error={error} /> : <p>Loading…</p>;
  return (
    <section>
      <p><a href={back}>← Webhooks</a></p>
      <h1>{draft.url}</h1>
      <form class="panel" onSubmit={save} novalidate>
        <WebhookFields idPrefix="webhook" draft={draft} onChange={setDraft} error={error} />
        <div class="actions">
          <button type="submit">Save webhook</button>
          <button type="button" class="secondary" onClick={() => void ping()}>Send test ping</button>
          <span role="status" class="meta">{status}</span>
        </div>
      </form>
      <ErrorNote error={error} />

      <div class="panel">
        <h2>Signing secret</h2>
        <p>Check each request's Waymark-Signature header with it (see the webhooks documentation).</p>
        {secret ? (
          <SecretBox label="Signing secret" value={secret} copyLabel="Copy secret" />
        ) : (
          <button type="button" class="secondary" onClick={() => void showSecret()}>Show secret</button>
        )}{" "}
        <Confirm quiet label="Rotate secret" question="Replace the signing secret?" confirmLabel="Rotate the secret"
          onConfirm={() => api.post<{ secret: string }>(`${path}/rotate-secret`).then((answer) => setSecret(answer.secret))}>
          <p>The old secret ends at once: every request from now on, retries included, is signed with the new one.</p>
        </Confirm>
      </div>

      <Deliveries list={deliveries} />

      <div class="panel">
        <h2>Delete this webhook</h2>
        <Confirm label="Delete webhook" question="Delete this webhook?" confirmLabel="Delete it"
          onConfirm={() => api.delete(path)} onDone={() => navigate({ screen: "project", projectId: project.id, tab: "webhooks", itemId: null })}>
          <p>Its deliveries go with it, sent or not.</p>
        </Confirm>
      </div>
    </section>
  );
}
