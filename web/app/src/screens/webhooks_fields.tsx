import type { ApiError } from "../api.js";
import { webhookEvents, type WebhookEvent } from "../settings/deliveries.js";
import type { Project } from "../types.js";
import { Check, Field } from "../ui/form.js";

export const webhooksPath = (project: Project) => `/api/v1/projects/${encodeURIComponent(project.id)}/webhooks`;

export interface Webhook {
  id: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookDraft {
  url: string;
  events: WebhookEvent[];
  active: boolean;
}

interface Props {
  idPrefix: string;
  draft: WebhookDraft;
  onChange: (draft: WebhookDraft) => void;
  error: ApiError | null;
}

// Where a webhook posts, what it is told of, and whether it is on.
export function WebhookFields({ idPrefix, draft, onChange, error }: Props) {
  const eventsMessage = error?.fieldMessage("events");
  const toggle = (event: WebhookEvent, on: boolean) =>
    onChange({ ...draft, events: on ? [...draft.events, event] : draft.events.filter((e) => e !== event) });
  return (
    <>
      <Field id={`${idPrefix}-url`} label="URL" name="url" type="url" value={draft.url}
        onInput={(url) => onChange({ ...draft, url })} error={error} hint="Where each event is POSTed, such as https://hooks.example.com/waymark." />
      <fieldset class="choices" aria-describedby={eventsMessage ? `${idPrefix}-events-error` : undefined}>
        <legend>Events</legend>
        {webhookEvents.map((event) => (
          <Check id={`${idPrefix}-${event.name}`} label={`${event.label} (${event.name})`}
            checked={draft.events.includes(event.name)} onChange={(on) => toggle(event.name, on)} />
        ))}
        {eventsMessage && <p class="field-error" id={`${idPrefix}-events-error`}>{eventsMessage}</p>}
      </fieldset>
      <Check id={`${idPrefix}-active`} label="Active (a paused webhook keeps its deliveries until it is active again)"
        checked={draft.active} onChange={(active) => onChange({ ...draft, active })} />
    </>
  );
}
