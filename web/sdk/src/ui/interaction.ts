// Runs one boosted interaction from shown to ended: a single screen, or a tour's steps in
// order. Reports through the core's callbacks; `gone` tells the owner it has left.
import type { Interaction, Outcome, Screen } from "../types";
import type { Ctx, Layer } from "./ctx";
import { card, type Act } from "./card";
import { pin } from "./pin";
import { deepActive, focusables, h, restoreFocus, safeUrl } from "./dom";

export function run(ix: Interaction, c: Ctx, gone: () => void): () => void {
  const tour = ix.format == "tour";
  const steps: Screen[] = tour ? (Array.isArray(ix.steps) ? ix.steps : []) : [ix as Screen];
  const back = deepActive();
  const reported: boolean[] = []; // a step seen again after Back is not a new view
  let i = 0;
  let off: (() => void) | null = null;
  const stop = (): void => {
    if (off) off();
    off = null;
    gone();
  };
  const finish = (o: Outcome): void => {
    stop();
    c.cb.ended(ix, o, i);
    restoreFocus(back);
  };
  const go = (n: number): void => {
    // Keyboard users going from step to step keep their place in the tour.
    const grab = !!c.shadow.activeElement;
    if (off) off();
    i = n;
    off = screen(steps[n], n, grab);
  };
  const act: Act = (a) => {
    const what = typeof a == "string" ? a : a.action;
    // A button of the screen's own (safeCallbacks defines every callback, clicked too).
    if (typeof a != "string") c.cb.clicked!(ix, (steps[i].buttons || []).indexOf(a), i);
    if (what == "next") i + 1 < steps.length ? go(i + 1) : finish("completed");
    else if (what == "back") i > 0 && go(i - 1);
    else if (what == "close") finish("closed");
    else if (typeof a == "string") finish(a as Outcome);
    else {
      if (what == "url" && safeUrl(a.url)) open(a.url, "_blank", "noopener");
      finish("completed");
      if (what != "url") c.openFeed(a.postId || (what == "post" && ix.postId) || undefined);
    }
  };

  // Draws step n; returns what removes it.
  const screen = (s: Screen, n: number, grab: boolean): (() => void) => {
    const f = s.format;
    const el = card(s, c.t, act, tour ? [n, steps.length] : null, (s.dismissible ?? ix.dismissible) !== false);
    const layer: Layer = { el, esc: () => act("closed"), trap: f == "modal" };
    const node = f == "modal" ? h("div", { class: "ov" }, el) : el;
    let seen = false;
    const shown = (): void => {
      if (seen) return;
      seen = true;
      if (f != "hotspot") c.addLayer(layer);
      if (!reported[n]) c.cb.shown(ix, n);
      reported[n] = true;
      if (f == "modal" || grab) (focusables(el).find((b) => b.className == "bt") || el).focus();
    };
    let unpin = (): void => {};
    c.root.append(node);
    if (f == "tooltip" || f == "hotspot") {
      unpin = pin(s, el, c, {
        layer,
        tour,
        shown,
        missing: () => {
          stop();
          c.cb.targetMissing(ix, s.selector || "", n);
          restoreFocus(back);
        },
      });
    } else {
      if (f != "modal" && f != "banner") {
        // A snippet in a corner, above the launcher when they share it.
        const [v, side] = String(s.position || "bottom-right").split("-");
        const low = v != "top";
        el.style[low ? "bottom" : "top"] = low && c.launcher && (side == "left") == c.left ? "84px" : "20px";
        el.style[side == "left" ? "left" : "right"] = "20px";
      }
      shown();
    }
    return () => {
      unpin();
      node.remove();
      c.dropLayer(layer);
    };
  };

  if (steps.length) go(0);
  else gone();
  return stop;
}
