// Which interactions are on screen. Overlays (modal, tour) take turns; what has been shown
// on this page load is not shown again by a trigger, only by an explicit boosted:trigger.
import type { Interaction, Ui } from "./types";
import { selectInteractions, takesTurns } from "./rules";
import { createTriggers } from "./triggers";

export interface Shows {
  // The interactions that apply now (boot, new URL, refresh); those on screen that no
  // longer apply are hidden.
  set(interactions: Interaction[]): void;
  // Shows it at once (in its turn if it is an overlay), whatever its trigger.
  force(interaction: Interaction): void;
  track(event: string): void;
  ended(id: string): void;
  stop(): void;
}

export function createShows(
  doc: Document,
  ui: () => Ui | null,
  forbidden: () => string[],
): Shows {
  let onScreen: Interaction[] = [];
  let shownOnPage: string[] = [];
  let turns: Interaction[] = [];

  const isOn = (id: string) => onScreen.some((i) => i.id === id);

  function display(interaction: Interaction, forced: boolean) {
    const view = ui();
    const { id } = interaction;
    if (!view || isOn(id)) return;
    if (!forced && (shownOnPage.indexOf(id) >= 0 || forbidden().indexOf(id) >= 0)) return;
    if (takesTurns(interaction) && onScreen.some(takesTurns)) {
      if (!turns.some((i) => i.id === id)) turns = [...turns, interaction];
      return;
    }
    onScreen = [...onScreen, interaction];
    shownOnPage = [...shownOnPage, id];
    view.show(interaction);
  }

  function nextTurn() {
    if (onScreen.some(takesTurns) || !turns.length) return;
    const next = turns[0];
    turns = turns.slice(1);
    // It was checked when it queued; what happened since cannot make it wrong.
    display(next, true);
  }

  const triggers = createTriggers(doc, (interaction) => display(interaction, false));

  return {
    set(interactions) {
      const ids = interactions.map((i) => i.id);
      const applies = (i: Interaction) => ids.indexOf(i.id) >= 0;
      const view = ui();
      for (const gone of onScreen.filter((i) => !applies(i))) if (view) view.hide(gone.id);
      onScreen = onScreen.filter(applies);
      turns = turns.filter(applies);
      const candidates = selectInteractions(interactions, forbidden(), shownOnPage);
      triggers.plan(candidates.filter((i) => !isOn(i.id)));
      nextTurn();
    },
    force: (interaction) => display(interaction, true),
    track: (event) => triggers.track(event),
    ended(id) {
      onScreen = onScreen.filter((i) => i.id !== id);
      nextTurn();
    },
    stop() {
      triggers.stop();
      onScreen = [];
      turns = [];
    },
  };
}
