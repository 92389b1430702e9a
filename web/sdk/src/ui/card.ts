// Draws one screen (an interaction, or a tour step) as a card or a banner. What the user
// does with it goes to `act`; the card itself decides nothing.
import type { Button, Outcome, Screen } from "../types";
import { fill, type Strings } from "./i18n";
import { h, uid } from "./dom";

export type Act = (a: Outcome | "next" | "back" | Button) => void;

export function card(
  s: Screen,
  t: Strings,
  act: Act,
  tour: [number, number] | null, // step index, step count
  dismissible: boolean,
): HTMLElement {
  const banner = s.format == "banner";
  const tid = uid();
  const buttons = Array.isArray(s.buttons) ? s.buttons : [];
  const body = h("div", { class: "bd", id: tid + "b" });
  body.innerHTML = s.bodyHtml || ""; // sanitized by the server
  const last = tour && tour[0] + 1 == tour[1];
  return h(
    "div",
    {
      class: banner ? "bn" + (s.position == "bottom" ? " b" : "") : "cd",
      role: banner ? "region" : "dialog",
      "aria-modal": s.format == "modal" && "true",
      "aria-labelledby": s.title ? tid : tid + "b",
      tabindex: "-1",
    },
    s.mediaUrl && h("img", { class: "m", src: s.mediaUrl, alt: "" }),
    s.title && h("h2", { id: tid }, s.title),
    body,
    h(
      "div",
      { class: "ac" },
      tour && h("span", { class: "pg" }, fill(t.of, tour[0] + 1, tour[1])),
      tour && tour[0] > 0 && h("button", { class: "bt s", onclick: () => act("back") }, t.back),
      ...buttons.map((b, i) => h("button", { class: i ? "bt s" : "bt", onclick: () => act(b) }, String(b.label))),
      tour &&
        !buttons.some((b) => b.action == "next") &&
        h("button", { class: "bt", onclick: () => act("next") }, last ? t.done : t.next),
      banner && s.snoozable && h("button", { class: "bt s", onclick: () => act("snoozed") }, t.later),
      !banner && dismissible && h("button", { class: "lk", onclick: () => act("dismissed") }, t.never),
    ),
    h("button", { class: "x", "aria-label": t.close, onclick: () => act(banner && s.dismissible ? "dismissed" : "closed") }, "×"),
  );
}
