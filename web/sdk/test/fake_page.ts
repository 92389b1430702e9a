// Just enough of a document and a window for the modules that touch the page.
import type { Interaction, Ui } from "../src/types";

type Listener = (e: unknown) => void;

export function fakeTarget() {
  const listeners: Array<[string, Listener]> = [];
  return {
    listeners,
    addEventListener(type: string, listener: Listener) {
      listeners.push([type, listener]);
    },
    removeEventListener(type: string, listener: Listener) {
      const at = listeners.findIndex(([t, l]) => t === type && l === listener);
      if (at >= 0) listeners.splice(at, 1);
    },
    dispatch(type: string, event: unknown = {}) {
      for (const [t, l] of listeners.slice()) if (t === type) l(event);
    },
  };
}

// Selectors are "#id" only: an element "matches" when its id is the selector's.
export function fakeDocument() {
  return {
    ...fakeTarget(),
    createDocumentFragment: () => ({
      querySelector(selector: string) {
        if (!/^#[\w-]+$/.test(selector)) throw new SyntaxError(selector);
        return null;
      },
    }),
  };
}

export const clickOn = (id: string) => ({
  target: {
    closest(selector: string) {
      if (!/^#[\w-]+$/.test(selector)) throw new SyntaxError(selector);
      return selector === `#${id}` ? {} : null;
    },
  },
});

export function fakeUi() {
  const log: string[] = [];
  const ui: Ui = {
    setUnread: (n) => log.push(`unread ${n}`),
    setPosts: () => log.push("posts"),
    updatePost: () => {},
    openFeed: () => log.push("open"),
    closeFeed: () => log.push("close"),
    isFeedOpen: () => false,
    showBadgeMessage: (text) => log.push(`badge ${text}`),
    show: (i: Interaction) => log.push(`show ${i.id}`),
    hide: (id) => log.push(`hide ${id}`),
    setLanguage: (l) => log.push(`language ${l}`),
    destroy: () => log.push("destroy"),
  };
  return { ui, log };
}

export const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
