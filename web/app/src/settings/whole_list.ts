import { useCallback, useEffect, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { slicePage } from "./slice_page.js";

// A list the API answers in one piece ({items}), read once and shown a page at a time,
// with the props Pager takes.
export function useWholeList<T>(path: string, size = 20) {
  const { api } = useSession();
  const [all, setAll] = useState<T[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [page, setPage] = useState(0);

  const reload = useCallback(() => {
    api.get<{ items: T[] }>(path).then((answer) => {
      setAll(answer.items);
      setError(null);
    }, setError);
  }, [api, path]);
  useEffect(reload, [reload]);

  const slice = slicePage(all ?? [], page, size);
  return {
    all,
    items: slice.items,
    error,
    reload,
    hasPrevious: slice.hasPrevious,
    hasNext: slice.hasNext,
    previous: () => setPage(slice.page - 1),
    next: () => setPage(slice.page + 1),
  };
}
