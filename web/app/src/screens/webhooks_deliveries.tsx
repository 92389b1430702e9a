import type { ApiError } from "../api.js";
import { deliveryOutcome, type Delivery } from "../settings/deliveries.js";
import { when } from "../settings/when.js";
import type { Page } from "../types.js";
import { EmptyState, ErrorNote } from "../ui/form.js";
import { Pager } from "../ui/list.js";

interface Props {
  list: {
    page: Page<Delivery> | null;
    error: ApiError | null;
    reload: () => void;
    hasPrevious: boolean;
    hasNext: boolean;
    previous: () => void;
    next: () => void;
  };
}

// The delivery log, newest first: each event sent, how its attempts went, and what was
// sent and answered.
export function Deliveries({ list }: Props) {
  return (
    <>
      <div class="heading-row">
        <h2>Delivery log</h2>
        <button type="button" class="secondary" onClick={list.reload}>Refresh</button>
      </div>
      <ErrorNote error={list.error} />
      {list.page && list.page.items.length === 0 && (
        <EmptyState title="Nothing sent yet.">
          <p>Deliveries show here as events happen. “Send test ping” sends one now.</p>
        </EmptyState>
      )}
      {list.page && list.page.items.length > 0 && (
        <div class="table-wrap">
          <table class="list">
            <caption class="visually-hidden">Deliveries</caption>
            <thead><tr><th>Sent</th><th>Event</th><th>Status</th><th>Outcome</th></tr></thead>
            <tbody>
              {list.page.items.map((delivery) => (
                <tr>
                  <td>{when(delivery.createdAt)}</td>
                  <td>{delivery.event}</td>
                  <td><span class={`badge delivery-${delivery.status}`}>{delivery.status}</span></td>
                  <td>
                    {deliveryOutcome(delivery, when)}
                    <details>
                      <summary>Request and answer</summary>
                      <p class="meta">Delivery id {delivery.id}</p>
                      <pre class="snippet">{JSON.stringify(delivery.payload, null, 2)}</pre>
                      {delivery.lastResponse && <pre class="snippet">{delivery.lastResponse}</pre>}
                    </details>
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
