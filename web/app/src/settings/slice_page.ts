// Lists the API answers whole (members, keys, sessions...) are still shown a page at a time.

export interface Slice<T> {
  items: T[];
  page: number; // the page shown, from 0, kept inside the list
  hasPrevious: boolean;
  hasNext: boolean;
}

export function slicePage<T>(all: T[], page: number, size: number): Slice<T> {
  const last = Math.max(0, Math.ceil(all.length / size) - 1);
  const shown = Math.min(Math.max(0, page), last);
  return {
    items: all.slice(shown * size, shown * size + size),
    page: shown,
    hasPrevious: shown > 0,
    hasNext: shown < last,
  };
}
