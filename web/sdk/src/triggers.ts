// Puts trigger plans (rules.ts) on the page: timers for page_load, one delegated capture
// listener for clicks, and the host's tracked events.
import type { Interaction } from "./types";
import { planTrigger } from "./rules";
import { guard } from "./safe";

export interface Triggers {
  // Replaces the plans with those of this list.
  plan(interactions: Interaction[]): void;
  track(event: string): void;
  stop(): void;
}

function validSelector(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export function createTriggers(doc: Document, fire: (interaction: Interaction) => void): Triggers {
  let timers: Array<ReturnType<typeof setTimeout>> = [];
  let clicks: Array<[string, Interaction]> = [];
  let events: Array<[string, Interaction]> = [];

  const clear = () => {
    timers.forEach((t) => clearTimeout(t));
    timers = [];
    clicks = [];
    events = [];
  };

  const onClick = guard((e: Event) => {
    const target = e.target as Element | null;
    if (!target || typeof target.closest !== "function") return;
    for (const [selector, interaction] of clicks) {
      if (target.closest(selector)) fire(interaction);
    }
  });
  doc.addEventListener("click", onClick, true);

  return {
    plan(interactions) {
      clear();
      for (const interaction of interactions) {
        const plan = planTrigger(interaction.trigger);
        if (plan.on === "load") {
          timers = [...timers, setTimeout(guard(() => fire(interaction)), plan.delayMs)];
        } else if (plan.on === "click" && validSelector(doc, plan.selector)) {
          clicks = [...clicks, [plan.selector, interaction]];
        } else if (plan.on === "event") {
          events = [...events, [plan.event, interaction]];
        }
      }
    },
    track(event) {
      for (const [name, interaction] of events) if (name === event) fire(interaction);
    },
    stop() {
      clear();
      doc.removeEventListener("click", onClick, true);
    },
  };
}
