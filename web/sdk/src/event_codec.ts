// The analytics queue's cookie value (docs/sdk.md, "Analytics events"): events joined by
// "|", each its id and a type digit, then "/"-separated interactionId, postId, name and
// props (JSON), the empty ones at the end left out. What a cookie may not hold (and "%",
// "/", "|") is percent-encoded. The event's time is its id's; whose event it is, the page
// that sends it says.
import { isObject, jsonParse, jsonStringify } from "./safe";

export type EventType = "view" | "click" | "dismiss" | "complete" | "reaction" | "open" | "track";
const TYPES: EventType[] = ["view", "click", "dismiss", "complete", "reaction", "open", "track"];

export interface AnalyticsEvent {
  id: string; // UUIDv7, lowercase 8-4-4-4-12
  type: EventType;
  interactionId?: string;
  postId?: string;
  name?: string;
  props?: Record<string, unknown>;
}

// RFC 6265's cookie-octets but the three above; a lone surrogate throws (URIError).
const escape = (s: string) => s.replace(/[^!#$&-+\-.0-:<-[\]-{}~]/gu, encodeURIComponent);

export const encodeEvents = (events: AnalyticsEvent[]): string =>
  events
    .map(({ id, type, interactionId, postId, name, props }) =>
      [id + TYPES.indexOf(type), interactionId, postId, name, props && jsonStringify(props)]
        .map((field) => escape(field || ""))
        .join("/")
        .replace(/\/+$/, ""),
    )
    .join("|");

export function decodeEvents(value: string | null): AnalyticsEvent[] {
  let events: AnalyticsEvent[] = [];
  for (const part of (value || "").split("|")) {
    try {
      const [head, interactionId, postId, name, props] = part.split("/").map(decodeURIComponent);
      const m = /^([\da-f-]{36})([0-6])$/.exec(head);
      const p = props ? jsonParse(props) : {};
      if (!m || !isObject(p)) continue;
      const e: AnalyticsEvent = { id: m[1], type: TYPES[+m[2]] };
      if (interactionId) e.interactionId = interactionId;
      if (postId) e.postId = postId;
      if (name) e.name = name;
      if (props) e.props = p;
      events = [...events, e];
    } catch {
      // A record the browser mangled (a broken escape, broken JSON) is left out.
    }
  }
  return events;
}

// The newest events whose encoding fits in maxBytes: the oldest go first.
export function newestWithin(events: AnalyticsEvent[], maxBytes: number): AnalyticsEvent[] {
  let start = 0;
  while (encodeEvents(events.slice(start)).length > maxBytes) start++;
  return events.slice(start);
}
