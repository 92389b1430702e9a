// Tooltips and hotspots: a card pinned to the element the screen's selector names, with an
// arrow pointing at it. A hotspot shows a pulsing dot on the target first; the card opens
// from the dot. Returns what removes the dot and stops following the target.
import type { Screen } from "../types";
import type { Ctx, Layer } from "./ctx";
import { track } from "./anchor";
import { place, type Box } from "./place";
import { h } from "./dom";

export interface Pin {
  layer: Layer; // the card's layer; a hotspot adds it only while its card is open
  tour: boolean;
  shown(): void; // the target is on screen
  missing(): void;
}

const inView = (r: DOMRect, vw: number, vh: number): boolean =>
  (r.width > 0 || r.height > 0) && r.bottom > 0 && r.right > 0 && r.top < vh && r.left < vw;

export function pin(s: Screen, el: HTMLElement, c: Ctx, p: Pin): () => void {
  const arrow = h("div", { class: "ar" });
  el.append(arrow);
  el.hidden = true;
  let open = false;
  let target: Element | null = null;
  const dot =
    s.format == "hotspot" &&
    h("button", {
      class: "hs",
      "aria-label": s.title || c.t.title,
      "aria-expanded": "false",
      hidden: "",
      onclick: () => {
        open = !open;
        (dot as HTMLElement).setAttribute("aria-expanded", String(open));
        open ? c.addLayer(p.layer) : c.dropLayer(p.layer);
        draw();
      },
    });
  if (dot) c.root.append(dot);

  const draw = (): void => {
    const r = target && target.getBoundingClientRect();
    const vw = innerWidth;
    const vh = innerHeight;
    const visible = !!r && inView(r, vw, vh);
    let box: Box | null = r;
    if (dot && r) {
      const x = Math.min(Math.max(r.right - 12, 4), vw - 22);
      const y = Math.min(Math.max(r.top - 6, 4), vh - 22);
      dot.hidden = !visible;
      dot.style.left = x + "px";
      dot.style.top = y + "px";
      box = { left: x, top: y, right: x + 18, bottom: y + 18 };
    } else if (dot) dot.hidden = true;
    el.hidden = !visible || (!!dot && !open);
    if (box && !el.hidden) {
      const at = place(box, el.offsetWidth, el.offsetHeight, vw, vh, s.position);
      el.style.left = at.x + "px";
      el.style.top = at.y + "px";
      const along = at.side == "top" || at.side == "bottom" ? "left" : "top";
      const edge = { bottom: "top", top: "bottom", right: "left", left: "right" }[at.side];
      arrow.style.cssText = `${along}:${at.arrow - 6}px;${edge}:-6px`;
    }
    if (visible) p.shown();
  };

  const untrack = track(
    s.selector || "",
    c.waitMs,
    (t) => {
      // A tour leads the eye: bring a step's target into view when it first appears.
      if (t && !target && p.tour && t.scrollIntoView) t.scrollIntoView({ block: "center" });
      target = t;
      draw();
    },
    p.missing,
  );
  return () => {
    untrack();
    if (dot) dot.remove();
  };
}
