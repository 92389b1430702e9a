import { useCallback, useEffect, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import type { Page } from "../types.js";

// One page at a time of a cursor-paged API list, with the way back and forth.
export function usePagedList<T>(path: string, limit = 20) {
  const { api } = useSession();
  const [cursors, setCursors] = useState<(string | null)[]>([null]); // the pages seen so far
  const [page, setPage] = useState<Page<T> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const cursor = cursors[cursors.length - 1];

  const load = useCallback(() => {
    const separator = path.includes("?") ? "&" : "?";
    const query = `${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    api.get<Page<T>>(path + query).then(setPage, setError);
  }, [api, path, limit, cursor]);
  useEffect(load, [load]);

  return {
    page,
    error,
    reload: load,
    hasPrevious: cursors.length > 1,
    hasNext: !!page?.nextCursor,
    previous: () => setCursors(cursors.slice(0, -1)),
    next: () => page?.nextCursor && setCursors([...cursors, page.nextCursor]),
  };
}

export function Pager(props: { hasPrevious: boolean; hasNext: boolean; previous: () => void; next: () => void }) {
  if (!props.hasPrevious && !props.hasNext) return null;
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" class="secondary" disabled={!props.hasPrevious} onClick={props.previous}>Newer</button>
      <button type="button" class="secondary" disabled={!props.hasNext} onClick={props.next}>Older</button>
    </nav>
  );
}
