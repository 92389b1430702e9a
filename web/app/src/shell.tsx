import { useSession } from "./context.js";
import { hrefOf, navigate, projectTabs, workspaceTabs, type ProjectTab, type Route, type WorkspaceTab } from "./router.js";
import { projectScreens, workspaceScreens, tabTitles } from "./screens/registry.js";
import { Account } from "./screens/account.js";
import { Invitation } from "./screens/invitation.js";
import { Projects } from "./screens/projects.js";
import { Reset } from "./screens/reset.js";
import { EmptyState } from "./ui/form.js";

interface Props {
  route: Route;
  onSignOut: () => void;
}

// The signed-in frame: who is signed in, the project switcher, the project's or the
// workspace's tabs, and the screen the route names.
export function Shell({ route, onSignOut }: Props) {
  const { user, projects, workspaces } = useSession();
  const projectId = route.screen === "project" ? route.projectId : null;
  const project = projects.find((p) => p.id === projectId);
  const workspaceId =
    route.screen === "workspace" ? route.workspaceId : (project?.workspaceId ?? workspaces[0]?.id ?? null);

  return (
    <div class="shell" id="signed-in">
      <header class="topbar">
        <a class="brand" href="#/projects">Waymark</a>
        <label class="switcher">
          <span class="visually-hidden">Project</span>
          <select
            value={projectId ?? ""}
            onChange={(e) => {
              const id = (e.currentTarget as HTMLSelectElement).value;
              navigate(id ? { screen: "project", projectId: id, tab: "install", itemId: null } : { screen: "projects" });
            }}
          >
            <option value="">All projects</option>
            {projects.map((p) => (
              <option value={p.id}>{p.name}</option>
            ))}
          </select>
        </label>
        <span class="who">
          <a href="#/account" data-user-email>{user.email}</a>
          <button type="button" class="link" onClick={onSignOut}>Sign out</button>
        </span>
      </header>
      <div class="frame">
        <nav class="sidebar" aria-label="Sections">
          {project && (
            <Tabs
              heading={project.name}
              tabs={projectTabs.filter((tab) => projectScreens[tab])}
              current={route.screen === "project" ? route.tab : null}
              href={(tab) => hrefOf({ screen: "project", projectId: project.id, tab, itemId: null })}
            />
          )}
          {workspaceId && (
            <Tabs
              heading={workspaces.find((w) => w.id === workspaceId)?.name ?? "Workspace"}
              tabs={workspaceTabs.filter((tab) => workspaceScreens[tab])}
              current={route.screen === "workspace" ? route.tab : null}
              href={(tab) => hrefOf({ screen: "workspace", workspaceId, tab })}
            />
          )}
        </nav>
        <main class="content" id="main">
          <Screen route={route} />
        </main>
      </div>
    </div>
  );
}

function Tabs<T extends ProjectTab | WorkspaceTab>(props: { heading: string; tabs: T[]; current: T | null; href: (tab: T) => string }) {
  return (
    <div class="tabs">
      <p class="tabs-heading">{props.heading}</p>
      <ul>
        {props.tabs.map((tab) => (
          <li>
            <a href={props.href(tab)} aria-current={tab === props.current ? "page" : undefined}>
              {tabTitles[tab]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  const { api, projects } = useSession();
  if (route.screen === "account") return <Account />;
  if (route.screen === "reset") return <Reset api={api} token={route.token} />;
  if (route.screen === "invitation") return <Invitation token={route.token} />;
  if (route.screen === "project") {
    const project = projects.find((p) => p.id === route.projectId);
    const View = projectScreens[route.tab];
    if (!project || !View) {
      return <EmptyState title="This project is not one of yours, or no longer exists."><a href="#/projects">See your projects</a></EmptyState>;
    }
    return <View project={project} itemId={route.itemId} />;
  }
  if (route.screen === "workspace") {
    const View = workspaceScreens[route.tab];
    if (View) return <View workspaceId={route.workspaceId} />;
  }
  return <Projects />;
}
