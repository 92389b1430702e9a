import { useEffect, useState } from "preact/hooks";
import { useSession } from "../context.js";
import type { Project } from "../types.js";

// `markdown` as the server renders it for the changelog and the widget (its own
// cmark-gfm, raw HTML dropped), a moment after typing stops.
export function useRenderedMarkdown(project: Project, markdown: string): string {
  const { api } = useSession();
  const [html, setHtml] = useState("");
  useEffect(() => {
    if (!markdown.trim()) return setHtml("");
    const timer = setTimeout(() => {
      api
        .post<{ html: string }>(`/api/v1/projects/${encodeURIComponent(project.id)}/markdown`, { markdown })
        .then((answer) => setHtml(answer.html), () => undefined);
    }, 250);
    return () => clearTimeout(timer);
  }, [api, project.id, markdown]);
  return html;
}
