// A webhook's events and how each delivery went, in words.

export const webhookEvents = [
  { name: "interaction.completed", label: "An end-user completed an interaction" },
  { name: "interaction.dismissed", label: "An end-user dismissed an interaction" },
  { name: "post.published", label: "A post went live" },
] as const;
export type WebhookEvent = (typeof webhookEvents)[number]["name"];

export interface Delivery {
  id: string;
  event: string;
  status: "pending" | "succeeded" | "failed";
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  lastResponse: string | null;
  createdAt: string;
  payload: unknown;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

export function deliveryOutcome(delivery: Delivery, when: (iso: string) => string): string {
  const tried = plural(delivery.attempts, "attempt");
  switch (delivery.status) {
    case "succeeded":
      return `Delivered (answered ${delivery.lastStatus ?? "2xx"}) after ${tried}`;
    case "failed":
      return `Gave up after ${tried}: ${delivery.lastError ?? "no answer"}`;
    case "pending": {
      const next = delivery.nextAttemptAt ? `, next try ${when(delivery.nextAttemptAt)}` : "";
      const last = delivery.lastError ? ` Last: ${delivery.lastError}.` : "";
      return `Waiting (${tried} so far${next}).${last}`;
    }
  }
}
