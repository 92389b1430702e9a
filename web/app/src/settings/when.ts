// Times as the maker's browser writes them; `never` for a time that has not come.
export function when(iso: string | null, never = "never"): string {
  return iso ? new Date(iso).toLocaleString() : never;
}
