import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { formatName, type Format } from "../interactions/formats.js";
import { starterOf, type Interaction } from "../interactions/model.js";
import { navigate } from "../router.js";
import { atLeast, type Project } from "../types.js";
import { EmptyState, ErrorNote } from "../ui/form.js";
import { Pager, usePagedList } from "../ui/list.js";
import { InteractionEditor } from "./interactions_editor.js";
import { FormatPicker } from "./interactions_format.js";
import type { ProjectScreenProps } from "./registry.js";
import "./interactions.css";

export const interactionsPath = (project: Project) => `/api/v1/projects/${encodeURIComponent(project.id)}/interactions`;

// Boosted interactions (modals, snippets, banners, tooltips, hotspots, tours): the list,
// and one interaction's editor when the route names it.
export function Interactions({ project, itemId }: ProjectScreenProps) {
  return itemId ? <InteractionEditor project={project} interactionId={itemId} /> : <InteractionList project={project} />;
}

function InteractionList({ project }: { project: Project }) {
  const { api } = useSession();
  const list = usePagedList<Interaction>(interactionsPath(project));
  const canWrite = atLeast(project.role, "editor");
  const [format, setFormat] = useState<Format>("modal");
  const [error, setError] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState(false);

  const create = async () => {
    setCreating(true);
    try {
      const made = await api.post<Interaction>(interactionsPath(project), starterOf(format));
      navigate({ screen: "project", projectId: project.id, tab: "interactions", itemId: made.id });
    } catch (failure) {
      setError(failure as ApiError);
      setCreating(false);
    }
  };

  return (
    <section>
      <h1>Interactions</h1>
      {canWrite && (
        <div class="panel create-interaction">
          <FormatPicker legend="What do you want to show?" name="new-format" value={format} onChange={setFormat} />
          <button type="button" onClick={() => void create()} disabled={creating}>New interaction</button>
        </div>
      )}
      <ErrorNote error={error ?? list.error} />
      {list.page && list.page.items.length === 0 && (
        <EmptyState title="No interaction yet.">
          <p>
            Interactions show inside your app: create a modal to welcome users, a tooltip to point at a new
            button, or a tour to walk newcomers through.{" "}
            {canWrite ? "Pick a format above, then “New interaction”." : "Editors create them."}
          </p>
        </EmptyState>
      )}
      {list.page && list.page.items.length > 0 && (
        <table class="list">
          <thead><tr><th>Name</th><th>Format</th><th>Status</th><th>Updated</th></tr></thead>
          <tbody>
            {list.page.items.map((ix) => (
              <tr>
                <td><a href={`#/projects/${encodeURIComponent(project.id)}/interactions/${encodeURIComponent(ix.id)}`}>{ix.name}</a></td>
                <td>{formatName(ix.format)}</td>
                <td><span class={`badge ${ix.status}`}>{ix.status}</span></td>
                <td>{new Date(ix.updatedAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager {...list} />
    </section>
  );
}
