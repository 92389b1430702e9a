// The live count of known end-users an audience matches, asked of the server a moment
// after the maker stops changing it (POST /segments/preview; nothing is saved).
import { useEffect, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { countText, type Counts } from "../targeting/vocabulary.js";
import type { Project } from "../types.js";

type CountState =
  | { kind: "waiting" } // the conditions are not finished
  | { kind: "counting"; last: Counts | null }
  | { kind: "counted"; counts: Counts }
  | { kind: "failed"; error: ApiError };

const debounceMs = 400;

export function useMatchCount(project: Project, conditions: unknown): CountState {
  const { api } = useSession();
  const [state, setState] = useState<CountState>({ kind: "waiting" });
  const key = conditions ? JSON.stringify(conditions) : "";
  useEffect(() => {
    if (!key) {
      setState({ kind: "waiting" });
      return;
    }
    let current = true;
    setState((old) => ({ kind: "counting", last: old.kind === "counted" ? old.counts : old.kind === "counting" ? old.last : null }));
    const timer = setTimeout(() => {
      api
        .post<Counts>(`/api/v1/projects/${encodeURIComponent(project.id)}/segments/preview`, { conditions: JSON.parse(key) })
        .then(
          (counts) => current && setState({ kind: "counted", counts }),
          (error: ApiError) => current && setState({ kind: "failed", error }),
        );
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, project.id, key]);
  return state;
}

// The count line; `waiting` says what it waits for.
export function MatchCount(props: { state: CountState; waiting: string; id?: string }) {
  const { state } = props;
  let text: string;
  if (state.kind === "waiting") text = props.waiting;
  else if (state.kind === "counted") text = countText(state.counts);
  else if (state.kind === "counting") text = state.last ? countText(state.last) : "Counting known users…";
  else text = `The count is unavailable: ${state.error.detail || state.error.title}${state.error.requestId ? ` (request ${state.error.requestId})` : ""}`;
  return (
    <p id={props.id ?? "targeting-count"} class="match-count" role="status" aria-busy={state.kind === "counting"}>
      {text}
    </p>
  );
}
