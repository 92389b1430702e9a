// Follows the element a CSS selector names: calls `place` with it (or null while it is
// absent) at most once a frame as the page scrolls, resizes or changes, and calls `missing`
// when it has been absent for `waitMs`. Returns what stops it all.
import { guard } from "../safe";

export function track(
  selector: string,
  waitMs: number,
  place: (target: Element | null) => void,
  missing: () => void,
): () => void {
  let el: Element | null = null;
  let timer = 0;
  let frame = 0;
  let live = true;
  const find = (): Element | null => document.querySelector(selector);
  const giveUp = guard((): void => {
    if (live) {
      stop();
      missing();
    }
  });
  try {
    find();
  } catch {
    // A selector the browser cannot parse will never match: give up at once, but after the
    // caller has its stop function.
    Promise.resolve().then(guard(() => live && missing()));
    return () => (live = false);
  }
  const update = guard((): void => {
    frame = 0;
    if (!live) return;
    if (el && !el.isConnected) el = null;
    el = el || find();
    if (el) {
      clearTimeout(timer);
      timer = 0;
    } else if (!timer) {
      timer = setTimeout(giveUp, waitMs) as unknown as number;
    }
    place(el);
  });
  const schedule = (): void => {
    frame = frame || requestAnimationFrame(update);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true });
  addEventListener("scroll", schedule, { capture: true, passive: true });
  addEventListener("resize", schedule, { passive: true });
  function stop(): void {
    live = false;
    observer.disconnect();
    removeEventListener("scroll", schedule, { capture: true });
    removeEventListener("resize", schedule);
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  }
  update();
  return stop;
}
