import { useSession } from "./context.js";
import { hrefOf, navigate, type Route } from "./router.js";
import type { Workspace } from "./types.js";
import { projectsOf } from "./workspace_choice.js";

const projectsRoute = (workspaceId: string): Route => ({ screen: "workspace", workspaceId, tab: "projects" });

interface Props {
  route: Route;
  workspace: Workspace | null;
  onChooseWorkspace: (workspaceId: string) => void;
  onSignOut: () => void;
}

// The product bar: the workspace and the project being worked on, and who is signed in. One
// workspace needs no choosing: its name stands where the switcher would be.
export function TopBar({ route, workspace, onChooseWorkspace, onSignOut }: Props) {
  const { user, workspaces, projects } = useSession();
  const projectId = route.screen === "project" ? route.projectId : "";
  const selected = (event: Event) => (event.currentTarget as HTMLSelectElement).value;
  return (
    <header class="topbar">
      <a class="brand" href={workspace ? hrefOf(projectsRoute(workspace.id)) : "#/projects"}>Waymark</a>
      <div class="switchers">
        {workspaces.length > 1 ? (
          <label class="switcher">
            <span class="visually-hidden">Workspace</span>
            <select value={workspace?.id} onChange={(e) => onChooseWorkspace(selected(e))}>
              {workspaces.map((w) => (
                <option value={w.id}>{w.name}</option>
              ))}
            </select>
          </label>
        ) : (
          workspace && <span class="workspace-name">{workspace.name}</span>
        )}
        {workspace && (
          <label class="switcher">
            <span class="visually-hidden">Project</span>
            <select
              value={projectId}
              onChange={(e) => {
                const id = selected(e);
                navigate(id ? { screen: "project", projectId: id, tab: "install", itemId: null } : projectsRoute(workspace.id));
              }}
            >
              <option value="">All projects</option>
              {projectsOf(projects, workspace.id).map((p) => (
                <option value={p.id}>{p.name}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div class="who">
        <a href="#/account" data-user-email>{user.email}</a>
        <button type="button" class="link" onClick={onSignOut}>Sign out</button>
      </div>
    </header>
  );
}
