// The launcher button with its unread badge, and the badge message bubble beside it.
import type { Ctx } from "./ctx";
import { fill } from "./i18n";
import { h } from "./dom";

export interface Launcher {
  el: HTMLButtonElement;
  setUnread(n: number): void;
  relabel(): void;
  bubble(text: string | null): void;
}

const icon =
  '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="currentColor" d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6v-5c0-3.1-1.6-5.6-4.5-6.3V4a1.5 1.5 0 0 0-3 0v.7C7.6 5.4 6 7.9 6 11v5l-2 2v1h16v-1z"/></svg>';

export function launcher(c: Ctx, toggle: () => void): Launcher {
  let unread = 0;
  let bubble: HTMLElement | null = null;
  const badge = h("span", { class: "bg", "aria-hidden": "true", hidden: "" });
  const el = h("button", { class: "la", "aria-expanded": "false", "aria-haspopup": "dialog", onclick: toggle });
  el.innerHTML = icon;
  el.append(badge);
  el.hidden = !c.launcher;
  const relabel = (): void => {
    el.setAttribute("aria-label", unread ? c.t.title + ", " + fill(c.t.unread, unread) : c.t.title);
    badge.textContent = unread > 99 ? "99+" : String(unread);
    badge.hidden = !unread;
  };
  relabel();
  return {
    el,
    setUnread(n) {
      unread = Math.max(0, Math.floor(Number(n)) || 0);
      relabel();
    },
    relabel,
    // Shows a short message by the launcher (null removes it). Its text opens the feed.
    bubble(text) {
      if (bubble) bubble.remove();
      bubble = null;
      if (!text) return;
      const b = (bubble = h(
        "div",
        { class: "bu", role: "status" },
        h("button", { onclick: () => (b.remove(), c.openFeed()) }, text),
        h("button", { class: "x", "aria-label": c.t.close, onclick: () => b.remove() }, "×"),
      ));
      c.root.append(b);
      c.cb.badgeMessageShown();
    },
  };
}
