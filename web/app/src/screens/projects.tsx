import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { navigate } from "../router.js";
import { atLeast, type Project, type Workspace } from "../types.js";
import type { WorkspaceScreenProps } from "./registry.js";
import { EmptyState, ErrorNote, Field, focusFirstNamed } from "../ui/form.js";
import { projectsOf } from "../workspace_choice.js";

// The chosen workspace's projects, and a new one there for those who administer it.
export function Projects({ workspace }: { workspace: Workspace | null }) {
  if (!workspace) {
    return (
      <section>
        <h1>Projects</h1>
        <EmptyState title="You belong to no workspace.">
          <p>
            Accept an invitation to a team's workspace, or <a href="#/new-workspace">create a workspace</a> of your own.
          </p>
        </EmptyState>
      </section>
    );
  }
  return <WorkspaceProjects key={workspace.id} workspace={workspace} />;
}

// The projects tab of a workspace the route names.
export function ProjectsOfWorkspace({ workspaceId }: WorkspaceScreenProps) {
  const { workspaces } = useSession();
  return <Projects workspace={workspaces.find((w) => w.id === workspaceId) ?? null} />;
}

function WorkspaceProjects({ workspace }: { workspace: Workspace }) {
  const { api, projects, reload } = useSession();
  const admin = atLeast(workspace.role, "admin");
  const own = projectsOf(projects, workspace.id);
  const [name, setName] = useState("");
  const [error, setError] = useState<ApiError | null>(null);

  const create = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    try {
      const project = await api.post<Project>("/api/v1/projects", { name, workspaceId: workspace.id });
      await reload();
      navigate({ screen: "project", projectId: project.id, tab: "install", itemId: null });
    } catch (failure) {
      setError(failure as ApiError);
      focusFirstNamed(form, failure as ApiError);
    }
  };

  return (
    <section>
      <h1>Projects</h1>
      <p class="meta">In {workspace.name}.</p>
      {own.length === 0 ? (
        <EmptyState title="No project in this workspace yet.">
          <p>
            A project is one product or site: its changelog, its messages and their analytics.{" "}
            {admin ? "Create one below." : "An admin or owner of the workspace creates them."}
          </p>
        </EmptyState>
      ) : (
        <ul class="cards">
          {own.map((project) => (
            <li>
              <a href={`#/projects/${encodeURIComponent(project.id)}/install`}>{project.name}</a>
            </li>
          ))}
        </ul>
      )}
      {admin && (
        <form class="panel" novalidate onSubmit={create}>
          <h2>New project</h2>
          <Field id="project-name" label="Project name" name="name" value={name} onInput={setName} error={error} />
          <button type="submit">Create project</button>
          <ErrorNote error={error} />
        </form>
      )}
    </section>
  );
}
