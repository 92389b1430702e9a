// The SDK's UI: everything drawn inside one open shadow root on a single host element.
import type { Interaction, Post, Ui, UiCallbacks, UiOptions } from "../types";
import type { Ctx, Layer } from "./ctx";
import { guard } from "../safe";
import { focusables, h } from "./dom";
import { strings } from "./i18n";
import { accent, css } from "./style";
import { launcher } from "./launcher";
import { feed } from "./feed";
import { run } from "./interaction";

const callbackNames: (keyof UiCallbacks)[] = [
  "feedOpened", "feedClosed", "loadMorePosts", "react", "shown", "ended", "clicked", "targetMissing", "badgeMessageShown",
];

// The core's callbacks, each kept from throwing into the UI's own bookkeeping.
function safeCallbacks(cb: UiCallbacks): UiCallbacks {
  const out = {} as Record<string, unknown>;
  callbackNames.forEach((k) => (out[k] = guard((...a: unknown[]) => cb[k] && (cb[k] as (...x: unknown[]) => unknown).apply(cb, a))));
  return out as unknown as UiCallbacks;
}

// Tab and Shift+Tab go round inside a modal.
function trap(e: KeyboardEvent, box: HTMLElement, shadow: ShadowRoot): void {
  const f = focusables(box);
  const a = shadow.activeElement;
  const edge = e.shiftKey ? f[0] : f[f.length - 1];
  if (!edge || a == edge || a == box || !box.contains(a)) {
    e.preventDefault();
    ((e.shiftKey ? f[f.length - 1] : f[0]) || box).focus();
  }
}

export function createUi(o: UiOptions): Ui {
  const look = o.look || ({} as UiOptions["look"]);
  const host = h("div", { "data-waymark": "" });
  // Inline and !important so that no page rule can hide or move the host; `all` keeps the
  // page's inherited fonts and colours out of the shadow tree.
  host.style.cssText =
    "all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;" +
    "width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important";
  const shadow = host.attachShadow({ mode: "open" });
  const left = look.position == "bottom-left";
  const showLauncher = look.launcher !== false;
  const root = h("div", { class: "w" + (left ? " L" : "") + (showLauncher ? "" : " nl") });
  const sheet = css(accent(look.accentColor));
  try {
    // A constructed sheet is not subject to the page's style-src policy; a <style> is.
    const s = new CSSStyleSheet();
    s.replaceSync(sheet);
    shadow.adoptedStyleSheets = [s];
  } catch {
    shadow.append(h("style", null, sheet));
  }
  shadow.append(root);

  let stack: Layer[] = [];
  const active = new Map<string, () => void>();
  const c: Ctx = {
    root,
    shadow,
    cb: safeCallbacks(o.callbacks),
    t: strings(o.language),
    lang: String(o.language || "en"),
    waitMs: o.targetWaitMs && o.targetWaitMs > 0 ? o.targetWaitMs : 5000,
    left,
    launcher: showLauncher,
    addLayer: (l) => {
      stack = stack.filter((x) => x != l).concat([l]);
    },
    dropLayer: (l) => {
      stack = stack.filter((x) => x != l);
    },
    openFeed: (id) => panel.open(id),
  };
  const button = launcher(c, () => (panel.isOpen() ? panel.close() : panel.open()));
  const panel = feed(c, button.el, (open) => open && button.bubble(null));
  root.append(button.el, panel.el);

  // Esc closes the top-most thing; a modal keeps Tab inside itself.
  const onKey = guard((e: KeyboardEvent): void => {
    const top = stack[stack.length - 1];
    if (!top || e.defaultPrevented) return;
    if (e.key == "Escape") {
      if (shadow.activeElement) e.stopPropagation();
      top.esc();
    } else if (e.key == "Tab" && top.trap) trap(e, top.el, shadow);
  });
  document.addEventListener("keydown", onKey, true);
  (document.body || document.documentElement).appendChild(host);

  let dead = false;
  // Every method is guarded and does nothing once destroyed.
  const api = <A extends unknown[]>(f: (...a: A) => void) => guard((...a: A) => void (dead || f(...a)));
  return {
    setUnread: api((n: number) => button.setUnread(n)),
    setPosts: api((posts: Post[], hasMore: boolean) => panel.set(posts, hasMore)),
    updatePost: api((p: Post) => panel.update(p)),
    openFeed: api((id?: string) => panel.open(id)),
    closeFeed: api(() => panel.close()),
    isFeedOpen: () => !dead && panel.isOpen(),
    showBadgeMessage: api((text: string) => button.bubble(String(text || ""))),
    show: api((ix: Interaction) => {
      if (!ix || active.has(ix.id)) return;
      const gone = (): void => void active.delete(ix.id);
      active.set(ix.id, gone);
      const stop = run(ix, c, gone);
      if (active.has(ix.id)) active.set(ix.id, stop);
    }),
    hide: api((id: string) => {
      const stop = active.get(id);
      if (stop) stop();
    }),
    setLanguage: api((lang: string) => {
      c.t = strings(lang);
      c.lang = String(lang || "en");
      button.relabel();
      panel.relabel();
    }),
    destroy: api(() => {
      dead = true;
      active.forEach((stop) => stop());
      document.removeEventListener("keydown", onKey, true);
      host.remove();
      stack = [];
    }),
  };
}
