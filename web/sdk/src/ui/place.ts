// Where a card goes next to a target: the first side with room, in a fixed order (or the
// author's preferred side first), else the side with the most room; kept inside the viewport.

export type Side = "bottom" | "top" | "right" | "left";
export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}
export interface Placed {
  side: Side;
  x: number;
  y: number;
  arrow: number; // the arrow's offset along the card's edge that faces the target
}

const gap = 12;
const margin = 8;
const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, hi));

export function place(t: Box, w: number, h: number, vw: number, vh: number, prefer?: string): Placed {
  const room: Record<Side, number> = {
    bottom: vh - t.bottom - h,
    top: t.top - h,
    right: vw - t.right - w,
    left: t.left - w,
  };
  const order: Side[] = ["bottom", "top", "right", "left"];
  if (prefer && prefer in room) order.unshift(prefer as Side);
  let side = order.find((s) => room[s] >= gap + margin);
  if (!side) side = order.reduce((a, b) => (room[b] > room[a] ? b : a));
  const cx = (t.left + t.right) / 2;
  const cy = (t.top + t.bottom) / 2;
  if (side == "bottom" || side == "top") {
    const x = clamp(cx - w / 2, margin, vw - w - margin);
    return { side, x, y: side == "bottom" ? t.bottom + gap : t.top - gap - h, arrow: clamp(cx - x, 14, w - 14) };
  }
  const y = clamp(cy - h / 2, margin, vh - h - margin);
  return { side, x: side == "right" ? t.right + gap : t.left - gap - w, y, arrow: clamp(cy - y, 14, h - 14) };
}
