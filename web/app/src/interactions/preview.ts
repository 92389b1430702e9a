// Draws an interaction with the SDK's own code (its card, stylesheet, texts, launcher and
// placement) inside a shadow root on a stage element, so the maker sees what end-users will.
// The stage stands for the viewport: it is the containing block of the SDK's fixed layers,
// and its size replaces the viewport's wherever the SDK's sheet measures by it.
import { card, type Act } from "../../../sdk/src/ui/card.js";
import type { Ctx } from "../../../sdk/src/ui/ctx.js";
import { h } from "../../../sdk/src/ui/dom.js";
import { strings } from "../../../sdk/src/ui/i18n.js";
import { launcher } from "../../../sdk/src/ui/launcher.js";
import { place } from "../../../sdk/src/ui/place.js";
import { accent, css } from "../../../sdk/src/ui/style.js";
import type { Screen, UiCallbacks } from "../../../sdk/src/types.js";

export interface PreviewScene {
  screen: Screen; // bodyHtml rendered by the server, as the widget API sends it
  step: [number, number] | null; // a tour's step index and step count
  dismissible: boolean;
  accentColor: unknown;
  language: string;
  launcherShown: boolean;
  launcherLeft: boolean;
}

// What the preview adds to the SDK's sheet: the stand-in for the element a tooltip names.
const stageCss = ".pv-t{position:absolute;left:12%;top:38%;padding:8px 14px;border:2px dashed #9ca3af;border-radius:6px;" +
  "background:#fff;color:#374151;font:13px/1.3 ui-monospace,monospace;max-width:40%;overflow-wrap:anywhere}";

function adopt(shadow: ShadowRoot, sheet: string): void {
  try {
    const constructed = new CSSStyleSheet();
    constructed.replaceSync(sheet);
    shadow.adoptedStyleSheets = [constructed];
  } catch {
    shadow.replaceChildren(h("style", null, sheet));
  }
}

function contextOf(root: HTMLElement, shadow: ShadowRoot, scene: PreviewScene): Ctx {
  const none = () => undefined;
  return {
    root,
    shadow,
    cb: {} as UiCallbacks,
    t: strings(scene.language),
    lang: scene.language,
    waitMs: 0,
    left: scene.launcherLeft,
    launcher: scene.launcherShown,
    addLayer: none,
    dropLayer: none,
    openFeed: none,
  };
}

// Pins the card next to the target as the SDK's pin does, inside the stage's box.
function pinTo(stage: HTMLElement, target: HTMLElement, el: HTMLElement, dot: HTMLElement | null, prefer?: string): void {
  const s = stage.getBoundingClientRect();
  const t = target.getBoundingClientRect();
  const vw = s.width;
  const vh = s.height;
  let box = { left: t.left - s.left, top: t.top - s.top, right: t.right - s.left, bottom: t.bottom - s.top };
  if (dot) {
    const x = Math.min(Math.max(box.right - 12, 4), vw - 22);
    const y = Math.min(Math.max(box.top - 6, 4), vh - 22);
    dot.style.left = x + "px";
    dot.style.top = y + "px";
    box = { left: x, top: y, right: x + 18, bottom: y + 18 };
  }
  const arrow = h("div", { class: "ar" });
  el.append(arrow);
  const at = place(box, el.offsetWidth, el.offsetHeight, vw, vh, prefer);
  el.style.left = at.x + "px";
  el.style.top = at.y + "px";
  const along = at.side === "top" || at.side === "bottom" ? "left" : "top";
  const edge = { bottom: "top", top: "bottom", right: "left", left: "right" }[at.side];
  arrow.style.cssText = `${along}:${at.arrow - 6}px;${edge}:-6px`;
}

export function drawPreview(stage: HTMLElement, scene: PreviewScene, act: Act): void {
  const shadow = stage.shadowRoot ?? stage.attachShadow({ mode: "open" });
  const sheet = css(accent(scene.accentColor))
    .replace(/100vw/g, `${stage.clientWidth}px`)
    .replace(/100vh/g, `${stage.clientHeight}px`);
  adopt(shadow, sheet + stageCss);
  shadow.querySelector(".w")?.remove();
  const root = h("div", { class: "w" + (scene.launcherLeft ? " L" : "") + (scene.launcherShown ? "" : " nl") });
  shadow.append(root);
  const c = contextOf(root, shadow, scene);
  const button = launcher(c, () => undefined).el;
  button.tabIndex = -1;
  button.setAttribute("aria-hidden", "true");
  root.append(button);

  const s = scene.screen;
  const el = card(s, c.t, act, scene.step, scene.dismissible);
  if (s.format === "modal") root.append(h("div", { class: "ov" }, el));
  else root.append(el);
  if (s.format === "snippet") {
    el.style.bottom = scene.launcherShown && !scene.launcherLeft ? "84px" : "20px";
    el.style.right = "20px";
  }
  if (s.format === "tooltip" || s.format === "hotspot") {
    const target = h("div", { class: "pv-t", "aria-hidden": "true" }, s.selector || "the element");
    root.prepend(target);
    const dot = s.format === "hotspot" ? h("button", { class: "hs", "aria-label": s.title || c.t.title, "aria-expanded": "true" }) : null;
    if (dot) {
      dot.addEventListener("click", () => {
        el.hidden = !el.hidden;
        dot.setAttribute("aria-expanded", String(!el.hidden));
      });
      root.append(dot);
    }
    pinTo(stage, target, el, dot, s.position);
  }
}
