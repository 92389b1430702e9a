// Drives the UI with fake data for the browser test and records what it reports.
import { createUi } from "../../../web/sdk/src/ui/index";
import type { Post, Ui, UiCallbacks } from "../../../web/sdk/src/types";

type Call = unknown[];
interface StartOptions {
  accent?: string;
  position?: "bottom-right" | "bottom-left";
  launcher?: boolean;
  language?: string;
  waitMs?: number;
}
const w = window as unknown as {
  calls: Call[];
  ui: Ui | null;
  start(o?: StartOptions): void;
  live(): { listeners: number; observers: number };
};

// Global listeners and observers still attached, so the test can see destroy() leave none.
const watched = ["scroll", "resize", "keydown"];
let listeners: unknown[][] = [];
const same = (a: unknown[], b: unknown[]): boolean => a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
const capture = (o: unknown): boolean => (typeof o == "object" ? !!(o as { capture?: boolean })?.capture : !!o);
[window, document].forEach((target: EventTarget) => {
  const add = target.addEventListener;
  const remove = target.removeEventListener;
  target.addEventListener = function (this: EventTarget, type: string, fn: unknown, o?: unknown) {
    const key = [type, fn, capture(o)];
    if (watched.indexOf(type) >= 0 && !listeners.some((l) => same(l, key))) listeners = listeners.concat([key]);
    return add.call(this, type, fn as EventListener, o as boolean);
  } as typeof add;
  target.removeEventListener = function (this: EventTarget, type: string, fn: unknown, o?: unknown) {
    const key = [type, fn, capture(o)];
    listeners = listeners.filter((l) => !same(l, key));
    return remove.call(this, type, fn as EventListener, o as boolean);
  } as typeof remove;
});
let observers = 0;
const Observer = window.MutationObserver;
window.MutationObserver = class extends Observer {
  private on = false;
  observe(t: Node, o?: MutationObserverInit): void {
    if (!this.on) observers++;
    this.on = true;
    super.observe(t, o);
  }
  disconnect(): void {
    if (this.on) observers--;
    this.on = false;
    super.disconnect();
  }
};
w.live = () => ({ listeners: listeners.length, observers });

const post = (id: string, category: string, extra: Partial<Post> = {}): Post => ({
  id,
  slug: id,
  title: "Post " + id,
  html: "<p>Body of <strong>" + id + "</strong></p>",
  summary: "",
  category,
  labels: ["New"],
  coverImageUrl: "",
  publishedAt: Date.UTC(2025, 10, 20),
  url: "https://example.com/changelog/" + id,
  reactions: { like: 2, heart: 0, party: 1, idea: 0 },
  mine: [],
  ...extra,
});
const firstPage = [post("p1", "Feature"), post("p2", "Fix"), post("p3", "Feature")];
const secondPage = [post("p4", "Fix")];

w.calls = [];
const rec = (name: string) => (...a: unknown[]) => {
  w.calls = w.calls.concat([[name, ...a.map((x) => (x && typeof x == "object" && "id" in x ? (x as Post).id : x))]]);
};
window.open = ((url: string) => (rec("open")(url), null)) as typeof window.open;

w.ui = null;
w.start = (o = {}) => {
  if (w.ui) w.ui.destroy();
  w.calls = [];
  let pages = 0;
  const callbacks: UiCallbacks = {
    feedOpened: rec("feedOpened"),
    feedClosed: rec("feedClosed"),
    loadMorePosts: () => {
      rec("loadMorePosts")();
      return Promise.resolve(pages++ ? [] : secondPage);
    },
    react: (postId, reaction, on) => {
      rec("react")(postId, reaction, on);
      const p = firstPage.concat(secondPage).find((x) => x.id == postId)!;
      const n = (p.reactions[reaction] || 0) + (on ? 1 : -1);
      return Promise.resolve({ ...p, reactions: { ...p.reactions, [reaction]: n }, mine: on ? [reaction] : [] });
    },
    shown: rec("shown"),
    ended: rec("ended"),
    targetMissing: rec("targetMissing"),
    badgeMessageShown: rec("badgeMessageShown"),
  };
  w.ui = createUi({
    look: {
      accentColor: o.accent ?? "#0f766e",
      position: o.position ?? "bottom-right",
      launcher: o.launcher ?? true,
      badgeMessage: { text: "", repeat: "once" },
    },
    language: o.language ?? "en",
    projectName: "Acme",
    callbacks,
    targetWaitMs: o.waitMs,
  });
  w.ui.setPosts(firstPage, true);
  w.ui.setUnread(3);
};
