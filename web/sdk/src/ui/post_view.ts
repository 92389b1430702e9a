// One post of the feed: cover, date, category, labels, body, link and reactions.
import type { Post } from "../types";
import type { Ctx } from "./ctx";
import { h, safeUrl, uid } from "./dom";

export const reactions = ["like", "heart", "party", "idea"] as const;
const emoji = ["👍", "❤️", "🎉", "💡"];

const day = (ms: number, lang: string): string => {
  try {
    return new Date(ms).toLocaleDateString(lang, { year: "numeric", month: "short", day: "numeric" });
  } catch {
    return new Date(ms).toDateString();
  }
};

export function postView(p: Post, c: Ctx, react: (name: string, on: boolean, b: HTMLButtonElement) => void): HTMLElement {
  const tid = uid();
  const body = h("div", { class: "bd" });
  body.innerHTML = p.html || ""; // sanitized by the server
  const mine = Array.isArray(p.mine) ? p.mine : [];
  const counts = p.reactions || {};
  return h(
    "article",
    { class: "po", "data-id": p.id, "aria-labelledby": tid, tabindex: "-1" },
    safeUrl(p.coverImageUrl) && h("img", { class: "cv", src: p.coverImageUrl, alt: "", loading: "lazy" }),
    h("div", { class: "mt" }, p.category && h("span", { class: "cp" }, p.category), day(p.publishedAt, c.lang)),
    h("h3", { id: tid }, p.title),
    Array.isArray(p.labels) && p.labels.length > 0 && h("div", { class: "lb" }, ...p.labels.map((l) => h("span", null, l))),
    body,
    safeUrl(p.url) && h("p", null, h("a", { href: p.url, target: "_blank", rel: "noopener" }, c.t.read)),
    h(
      "div",
      { class: "rx" },
      ...reactions.map((r, i) => {
        const on = mine.indexOf(r) >= 0;
        const n = Number(counts[r]) || 0;
        const b: HTMLButtonElement = h(
          "button",
          { "aria-pressed": String(on), "aria-label": c.t[r] + ", " + n, "data-r": r, onclick: () => react(r, !on, b) },
          emoji[i] + " " + n,
        );
        return b;
      }),
    ),
  );
}
