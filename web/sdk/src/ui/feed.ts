// The feed panel: a non-modal dialog listing posts, with category filters, reactions and
// paging. Esc and focus are handled by the layer it registers.
import type { Post } from "../types";
import type { Ctx, Layer } from "./ctx";
import { deepActive, h, restoreFocus, uid } from "./dom";
import { postView } from "./post_view";
import { warn } from "../safe";

export interface Feed {
  el: HTMLElement;
  set(posts: Post[], hasMore: boolean): void;
  update(post: Post): void;
  open(postId?: string): void;
  close(): void;
  isOpen(): boolean;
  relabel(): void;
}

export function feed(c: Ctx, launcher: HTMLElement | null, toggled: (open: boolean) => void): Feed {
  let posts: Post[] = [];
  let hasMore = false;
  let category = "";
  let back: HTMLElement | null = null;
  const tid = uid();
  const title = h("h2", { id: tid });
  const x = h("button", { class: "x", onclick: () => close() }, "×");
  const chips = h("div", { class: "ch" });
  const list = h("div");
  const empty = h("p", { class: "em" });
  const more: HTMLButtonElement = h("button", { class: "bt s mo", onclick: () => loadMore() });
  const el = h(
    "div",
    { class: "pn", role: "dialog", "aria-labelledby": tid, tabindex: "-1", hidden: "" },
    h("div", { class: "hd" }, title, x),
    chips,
    h("div", { class: "sc" }, list, empty, more),
  );
  const layer: Layer = { el, esc: () => close() };

  const articles = (): HTMLElement[] => Array.prototype.slice.call(list.children);
  const find = (id: string): HTMLElement | undefined => articles().find((a) => a.dataset.id == id);
  const react = (p: Post) => (name: string, on: boolean, b: HTMLButtonElement): void => {
    b.disabled = true;
    Promise.resolve(c.cb.react(p.id, name, on))
      .then((np) => np && update(np), warn)
      .then(() => (b.disabled = false));
  };
  const view = (p: Post): HTMLElement => postView(p, c, react(p));

  // Shows the chosen category only; the chips exist when some post has a category.
  const filter = (): void => {
    chips.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.c == category)));
    posts.forEach((p, i) => (list.children[i] as HTMLElement).hidden = !!category && p.category != category);
  };
  const drawChips = (): void => {
    const cats: string[] = [];
    posts.forEach((p) => p.category && cats.indexOf(p.category) < 0 && (cats[cats.length] = p.category));
    if (cats.indexOf(category) < 0) category = "";
    chips.textContent = "";
    chips.hidden = !cats.length;
    [""].concat(cats).forEach((k) =>
      chips.append(h("button", { class: "cp", "data-c": k, onclick: () => ((category = k), filter()) }, k || c.t.all)),
    );
    filter();
  };
  const refresh = (): void => {
    empty.hidden = posts.length > 0;
    more.hidden = !hasMore;
    drawChips();
  };
  const draw = (): void => {
    list.textContent = "";
    posts.forEach((p) => list.append(view(p)));
    refresh();
  };
  const add = (ps: Post[]): void => {
    ps.forEach((p) => {
      if (p && !posts.some((q) => q.id == p.id)) {
        posts = posts.concat([p]);
        list.append(view(p));
      }
    });
  };
  function loadMore(): void {
    more.disabled = true;
    const first = posts.length;
    Promise.resolve(c.cb.loadMorePosts())
      .then((ps) => {
        if (!Array.isArray(ps) || !ps.length) hasMore = false;
        else add(ps);
      }, warn)
      .then(() => {
        more.disabled = false;
        refresh();
        // The button may have gone; keep keyboard users at the first new post.
        const a = articles()[first];
        if (more.hidden && a) a.focus();
      });
  }
  function update(p: Post): void {
    const old = find(p.id);
    posts = posts.map((q) => (q.id == p.id ? p : q));
    if (!old) return;
    const focused = c.shadow.activeElement as HTMLElement | null;
    const fresh = view(p);
    fresh.hidden = old.hidden;
    old.replaceWith(fresh);
    // Keeps focus on the reaction the user just pressed.
    const r = focused && old.contains(focused) && focused.dataset.r;
    const again = r && (fresh.querySelector(`[data-r="${r}"]`) as HTMLElement | null);
    if (again) again.focus();
  }
  function open(postId?: string): void {
    if (el.hidden) {
      back = deepActive();
      el.hidden = false;
      if (launcher) launcher.setAttribute("aria-expanded", "true");
      c.addLayer(layer);
      toggled(true);
      c.cb.feedOpened();
    }
    const a = postId ? find(postId) : undefined;
    if (a && a.hidden) (category = ""), filter();
    if (a) a.scrollIntoView({ block: "start" });
    (a || el).focus({ preventScroll: true });
  }
  function close(): void {
    if (el.hidden) return;
    const inside = el.contains(c.shadow.activeElement);
    el.hidden = true;
    c.dropLayer(layer);
    if (launcher) launcher.setAttribute("aria-expanded", "false");
    toggled(false);
    c.cb.feedClosed();
    const to = launcher && c.launcher ? launcher : back;
    // A hidden element may keep focus until the next layout, so do not wait to see it lost.
    if (inside && to) to.focus();
    else restoreFocus(to);
  }
  const relabel = (): void => {
    title.textContent = c.t.title;
    x.setAttribute("aria-label", c.t.close);
    empty.textContent = c.t.empty;
    more.textContent = c.t.more;
    draw();
  };
  relabel();
  return {
    el,
    set(ps, m) {
      posts = [];
      hasMore = !!m;
      list.textContent = "";
      add(Array.isArray(ps) ? ps : []);
      refresh();
    },
    update,
    open,
    close,
    isOpen: () => !el.hidden,
    relabel,
  };
}
