// The decisions the SDK makes itself, as functions of their inputs. The server decides
// who may see what (audience, page, schedule, recurrence); the page decides when.
import type { Interaction, Look, Trigger } from "./types";

const DAY = 24 * 3600 * 1000;

export function badgeMessageDue(
  repeat: Look["badgeMessage"]["repeat"],
  lastShownAt: number | null,
  now: number,
  unreadCount: number,
  text: string,
): boolean {
  if (!text || !(unreadCount > 0)) return false;
  if (repeat === "always" || lastShownAt === null) return true;
  if (repeat === "daily") return now - lastShownAt >= DAY;
  if (repeat === "weekly") return now - lastShownAt >= 7 * DAY;
  return false;
}

// The server's list as this page should consider it: nothing dismissed for good, nothing
// already shown on this page, the highest priority first (the server's order on ties).
export function selectInteractions(
  interactions: Interaction[],
  forbidden: string[],
  shownOnPage: string[],
): Interaction[] {
  // Array.prototype.sort is stable since ES2019, which keeps the server's order on ties.
  return interactions
    .filter(({ id }) => !forbidden.includes(id) && !shownOnPage.includes(id))
    .sort((a, b) => (b.priority || 0) - (a.priority || 0));
}

export type Plan =
  | { on: "load"; delayMs: number }
  | { on: "click"; selector: string }
  | { on: "event"; event: string }
  | { on: "manual" };

const MAX_DELAY_MS = 600000;

// When an interaction appears: `page_load` without delay by default; anything the SDK
// does not understand waits for an explicit boosted:trigger.
export function planTrigger(trigger: Trigger | undefined): Plan {
  if (!trigger || trigger.type === "page_load") {
    const delay = trigger && typeof trigger.delayMs === "number" ? trigger.delayMs : 0;
    return { on: "load", delayMs: Math.min(Math.max(delay, 0), MAX_DELAY_MS) || 0 };
  }
  if (trigger.type === "click" && typeof trigger.selector === "string" && trigger.selector) {
    return { on: "click", selector: trigger.selector };
  }
  if (trigger.type === "event" && typeof trigger.event === "string" && trigger.event) {
    return { on: "event", event: trigger.event };
  }
  return { on: "manual" };
}

// Overlays take the whole attention, so they take turns; the other formats sit on the
// page beside each other.
export const takesTurns = (interaction: Interaction): boolean =>
  interaction.format === "modal" || interaction.format === "tour";
