import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { navigate } from "../router.js";
import { atLeast, type Project } from "../types.js";
import { EmptyState, ErrorNote, Field } from "../ui/form.js";

// Every project the maker can reach, and a new one for those who administer a workspace.
export function Projects() {
  const { api, projects, workspaces, reload } = useSession();
  const adminOf = workspaces.filter((w) => atLeast(w.role, "admin"));
  const [name, setName] = useState("");
  const [workspaceId, setWorkspaceId] = useState(adminOf[0]?.id ?? "");
  const [error, setError] = useState<ApiError | null>(null);

  const create = async (event: Event) => {
    event.preventDefault();
    try {
      const project = await api.post<Project>("/api/v1/projects", { name, workspaceId: workspaceId || null });
      await reload();
      navigate({ screen: "project", projectId: project.id, tab: "install", itemId: null });
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  return (
    <section>
      <h1>Projects</h1>
      {projects.length === 0 ? (
        <EmptyState title="No project yet.">
          <p>A project is one product or site: its changelog, its messages and their analytics. Create one below.</p>
        </EmptyState>
      ) : (
        <ul class="cards">
          {projects.map((project) => (
            <li>
              <a href={`#/projects/${encodeURIComponent(project.id)}/install`}>{project.name}</a>
              <span class="meta"> {workspaces.find((w) => w.id === project.workspaceId)?.name}</span>
            </li>
          ))}
        </ul>
      )}
      {adminOf.length > 0 && (
        <form class="panel" onSubmit={create}>
          <h2>New project</h2>
          <Field id="project-name" label="Project name" name="name" value={name} onInput={setName} error={error} />
          {adminOf.length > 1 && (
            <div class="field">
              <label for="project-workspace">Workspace</label>
              <select id="project-workspace" value={workspaceId}
                onChange={(e) => setWorkspaceId((e.currentTarget as HTMLSelectElement).value)}>
                {adminOf.map((w) => (
                  <option value={w.id}>{w.name}</option>
                ))}
              </select>
            </div>
          )}
          <button type="submit">Create project</button>
          <ErrorNote error={error} />
        </form>
      )}
    </section>
  );
}
