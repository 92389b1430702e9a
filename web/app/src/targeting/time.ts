// Moments as a datetime-local input shows them (the maker's own time zone) and as the API
// writes them (UTC, whole seconds).

const pad = (n: number) => String(n).padStart(2, "0");

export function localInputOf(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// null for an empty input; undefined when the input holds no moment.
export function isoOf(local: string): string | null | undefined {
  if (local.trim() === "") return null;
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
