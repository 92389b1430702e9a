import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanState, dismiss, emptyState, markOpened, mergeState, recordShow, stateForServer } from "../src/state";

const T = 1764000000000;

test("recording a show counts it and remembers when", () => {
  let state = recordShow(emptyState(), "i1", T);
  state = recordShow(state, "i1", T + 5);
  state = recordShow(state, "i2", T + 9);
  assert.deepEqual(state.viewed, [
    { id: "i1", times: 2, lastShownAt: T + 5 },
    { id: "i2", times: 1, lastShownAt: T + 9 },
  ]);
});

test("dismissing adds to forbidden once, keeping the order", () => {
  const state = dismiss(dismiss(dismiss(emptyState(), "a"), "b"), "a");
  assert.deepEqual(state.forbidden, ["a", "b"]);
});

test("opening the feed sets lastOpenedAt; reset-last-open clears it", () => {
  assert.equal(markOpened(emptyState(), T).lastOpenedAt, T);
  assert.equal(markOpened(markOpened(emptyState(), T), null).lastOpenedAt, null);
});

test("merge: union of forbidden, the larger view count, the later times", () => {
  const mine = {
    viewed: [
      { id: "a", times: 3, lastShownAt: T },
      { id: "b", times: 1, lastShownAt: T + 50 },
    ],
    forbidden: ["x", "y"],
    lastOpenedAt: T,
  };
  const server = {
    viewed: [
      { id: "a", times: 1, lastShownAt: T + 10 },
      { id: "c", times: 2, lastShownAt: T },
    ],
    forbidden: ["y", "z", "z"],
    lastOpenedAt: T + 100,
  };
  assert.deepEqual(mergeState(mine, server), {
    viewed: [
      { id: "a", times: 3, lastShownAt: T + 10 },
      { id: "b", times: 1, lastShownAt: T + 50 },
      { id: "c", times: 2, lastShownAt: T },
    ],
    forbidden: ["x", "y", "z"],
    lastOpenedAt: T + 100,
  });
  assert.equal(mergeState(mine, { ...server, lastOpenedAt: null }).lastOpenedAt, T);
  assert.equal(mergeState({ ...mine, lastOpenedAt: null }, server).lastOpenedAt, T + 100);
  assert.deepEqual(mine.viewed[0], { id: "a", times: 3, lastShownAt: T }, "inputs untouched");
});

test("a malformed state from elsewhere keeps only what is well formed", () => {
  assert.deepEqual(cleanState(null), emptyState());
  assert.deepEqual(cleanState("x"), emptyState());
  assert.deepEqual(
    cleanState({
      viewed: [{ id: "a", times: 1, lastShownAt: T }, { id: 5 }, null, { id: "b", times: -1, lastShownAt: T }],
      forbidden: ["f", 7, null],
      lastOpenedAt: "yesterday",
    }),
    { viewed: [{ id: "a", times: 1, lastShownAt: T }], forbidden: ["f"], lastOpenedAt: null },
  );
});

test("the state sent to the server keeps within its bounds, newest entries first", () => {
  const viewed = Array.from({ length: 250 }, (_, i) => ({ id: `v${i}`, times: i === 249 ? 5e6 : 1, lastShownAt: T + i }));
  const forbidden = Array.from({ length: 250 }, (_, i) => `f${i}`);
  const sent = stateForServer({
    viewed: [...viewed, { id: "x".repeat(65), times: 1, lastShownAt: T + 999 }],
    forbidden: [...forbidden, "y".repeat(65)],
    lastOpenedAt: T,
  });
  assert.equal(sent.viewed.length, 200);
  assert.deepEqual(sent.viewed[0], { id: "v249", times: 1e6, lastShownAt: T + 249 });
  assert.equal(sent.viewed[199].id, "v50");
  assert.deepEqual(sent.forbidden, forbidden.slice(50));
  assert.equal(sent.lastOpenedAt, T);
});
