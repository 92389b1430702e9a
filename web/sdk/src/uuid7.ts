// Analytics event ids: UUIDv7 (RFC 9562), the creation time in Unix milliseconds in the
// first 48 bits, then 72 random bits. Each id of a page takes its own millisecond, so ids
// sort in creation order and the time in an id is the event's (a burst runs ahead of the
// clock by a millisecond an event), which the cookie then need not keep twice.
import { randomHex } from "./random_id";

let last = 0;

export function uuid7(): string {
  last = Math.max(Date.now(), last + 1);
  const t = (last + 2 ** 48).toString(16).slice(1);
  const r = randomHex(9);
  // Version 7; variant 10, the two bits after it zero.
  return `${t.slice(0, 8)}-${t.slice(8)}-7${r.slice(0, 3)}-8${r.slice(3, 6)}-${r.slice(6)}`;
}

// When the event of this id happened, in epoch milliseconds.
export const uuidTime = (id: string): number => parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
