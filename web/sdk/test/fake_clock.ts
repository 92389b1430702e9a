// A setTimeout/clearTimeout the test drives: `advance(ms)` runs what falls due, in order,
// letting promises settle after each. `restore()` puts the real ones back.
interface Timer {
  id: number;
  at: number;
  ms: number;
  fn: () => void;
}

const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

// Lets pending promise callbacks run (a real macrotask, which the fake clock does not hold).
export const settled = () => new Promise((resolve) => realSetTimeout(resolve, 0));

export function fakeClock() {
  let timers: Timer[] = [];
  let now = 0;
  let next = 1;
  globalThis.setTimeout = ((fn: () => void, ms = 0) => {
    const timer = { id: next++, at: now + ms, ms, fn };
    timers = [...timers, timer];
    return timer.id;
  }) as unknown as typeof setTimeout;
  globalThis.clearTimeout = ((id: number) => {
    timers = timers.filter((t) => t.id !== id);
  }) as unknown as typeof clearTimeout;
  return {
    // The delays of the timers still pending, in the order they were set.
    pending: () => timers.map((t) => t.ms),
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fn();
        await settled();
      }
      now = until;
    },
    restore() {
      globalThis.setTimeout = realSetTimeout;
      globalThis.clearTimeout = realClearTimeout;
    },
  };
}
