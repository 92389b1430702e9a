// Single-page apps change the URL without a page load: the SDK notices through history's
// pushState/replaceState and the popstate/hashchange events, and asks again which
// interactions apply.
import { guard } from "./safe";

type HistoryMethod = "pushState" | "replaceState";

// Calls onChange (debounced) with the new href; the returned function undoes it all.
export function watchUrl(win: Window, onChange: (href: string) => void, delayMs = 50): () => void {
  const history = win.history;
  let last = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let live = true;

  const check = guard(() => {
    const href = win.location.href;
    if (live && href !== last) {
      last = href;
      onChange(href);
    }
  });
  const soon = guard(() => {
    clearTimeout(timer);
    if (live) timer = setTimeout(check, delayMs);
  });

  function wrap(name: HistoryMethod): () => void {
    const original = history[name];
    const wrapped = function (this: History, ...args: Parameters<History[HistoryMethod]>) {
      const result = original.apply(this, args);
      soon();
      return result;
    };
    history[name] = wrapped;
    // Another script may have wrapped ours since: then ours stays in its chain, inert.
    return () => {
      if (history[name] === wrapped) history[name] = original;
    };
  }

  const undo = [wrap("pushState"), wrap("replaceState")];
  win.addEventListener("popstate", soon);
  win.addEventListener("hashchange", soon);
  return () => {
    live = false;
    clearTimeout(timer);
    undo.forEach((f) => f());
    win.removeEventListener("popstate", soon);
    win.removeEventListener("hashchange", soon);
  };
}
