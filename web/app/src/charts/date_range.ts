// Ranges of whole UTC days ("YYYY-MM-DD"), as the reports take them: the last N days up to
// today, both ends included, or two dates someone typed.

export type Preset = 7 | 30 | 90 | "custom" | "all";

export interface DateRange {
  preset: Preset;
  from: string; // "" when the server chooses (the "all" preset, or a date left empty)
  to: string;
}

const dayMs = 86_400_000;

export function todayUtc(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

// Days from `from` to `to`, both included; 0 when either is not a date or they are reversed.
export function daysIn(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return 0;
  return Math.round((end - start) / dayMs) + 1;
}

// The days of a preset ending `today`; "custom" and "all" leave the dates to the caller
// and the server.
export function presetRange(preset: Preset, today: string): DateRange {
  if (preset === "all" || preset === "custom") return { preset, from: "", to: "" };
  return { preset, from: addDays(today, 1 - preset), to: today };
}

// The query string of a range, and of any other parameters given; empty values are left
// out, so the server applies its defaults.
export function rangeQuery(range: DateRange, more: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ from: range.from, to: range.to, ...more })) {
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function presetLabel(preset: Preset): string {
  switch (preset) {
    case "all":
      return "Everything kept";
    case "custom":
      return "Custom";
    default:
      return `Last ${preset} days`;
  }
}
