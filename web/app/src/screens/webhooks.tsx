import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { hrefOf, navigate } from "../router.js";
import { when } from "../settings/when.js";
import { useWholeList } from "../settings/whole_list.js";
import { atLeast, type Project } from "../types.js";
import { EmptyState, ErrorNote } from "../ui/form.js";
import { Pager } from "../ui/list.js";
import type { ProjectScreenProps } from "./registry.js";
import { WebhookDetail } from "./webhooks_detail.js";
import { WebhookFields, webhooksPath, type Webhook, type WebhookDraft } from "./webhooks_fields.js";

// Where the project's events are POSTed: the list and a new one, or one webhook with its
// delivery log when the route names it. Admins only.
export function Webhooks({ project, itemId }: ProjectScreenProps) {
  if (!atLeast(project.role, "admin")) {
    return (
      <section>
        <h1>Webhooks</h1>
        <p class="notice">Only admins and owners manage webhooks.</p>
      </section>
    );
  }
  return itemId ? (
    <WebhookDetail key={itemId} project={project} webhookId={itemId} />
  ) : (
    <WebhookList key={project.id} project={project} />
  );
}

function WebhookList({ project }: { project: Project }) {
  const { api } = useSession();
  const list = useWholeList<Webhook>(webhooksPath(project));
  const [draft, setDraft] = useState<WebhookDraft>({ url: "", events: ["post.published"], active: true });
  const [error, setError] = useState<ApiError | null>(null);
  const link = (id: string) => hrefOf({ screen: "project", projectId: project.id, tab: "webhooks", itemId: id });

  const create = async (event: Event) => {
    event.preventDefault();
    try {
      const webhook = await api.post<Webhook>(webhooksPath(project), draft);
      navigate({ screen: "project", projectId: project.id, tab: "webhooks", itemId: webhook.id });
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  return (
    <section>
      <h1>Webhooks</h1>
      <p>A webhook tells your own server, signed, when something happens in this project, and retries until it answers.</p>
      <ErrorNote error={list.error} />
      {list.all && list.all.length === 0 && (
        <EmptyState title="No webhook yet.">
          <p>Add one below with the URL of your server and the events it wants.</p>
        </EmptyState>
      )}
      {list.items.length > 0 && (
        <div class="table-wrap">
          <table class="list">
            <caption class="visually-hidden">Webhooks</caption>
            <thead><tr><th>URL</th><th>Events</th><th>State</th><th>Created</th></tr></thead>
            <tbody>
              {list.items.map((webhook) => (
                <tr>
                  <td><a href={link(webhook.id)}>{webhook.url}</a></td>
                  <td>{webhook.events.join(", ")}</td>
                  <td><span class={`badge ${webhook.active ? "published" : ""}`}>{webhook.active ? "active" : "paused"}</span></td>
                  <td>{when(webhook.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager {...list} />
      <form class="panel" onSubmit={create} novalidate>
        <h2>Add a webhook</h2>
        <WebhookFields idPrefix="new-webhook" draft={draft} onChange={setDraft} error={error} />
        <button type="submit">Add webhook</button>
        <ErrorNote error={error} />
      </form>
    </section>
  );
}
