import type { Route } from "./router.js";
import type { Project, Workspace } from "./types.js";

// The workspace a route is about: a workspace screen's own, or the one holding the project.
export function workspaceOfRoute(route: Route, projects: readonly Project[]): string | null {
  if (route.screen === "workspace") return route.workspaceId;
  if (route.screen === "project") return projects.find((p) => p.id === route.projectId)?.workspaceId ?? null;
  return null;
}

// The workspace the frame shows: the route's, when it names one of the user's; else the one
// last chosen since the page loaded, if the user still belongs to it; else the oldest.
export function currentWorkspace(
  route: Route,
  workspaces: readonly Workspace[],
  projects: readonly Project[],
  lastChosen: string | null,
): Workspace | null {
  const known = (id: string | null) => (id === null ? undefined : workspaces.find((w) => w.id === id));
  return known(workspaceOfRoute(route, projects)) ?? known(lastChosen) ?? workspaces[0] ?? null;
}

export function projectsOf(projects: readonly Project[], workspaceId: string | null): Project[] {
  return projects.filter((p) => p.workspaceId === workspaceId);
}

// Where choosing another workspace leads: the same tab of a workspace screen, else the
// chosen workspace's projects. Either way the link names the workspace, so a reload keeps it.
export function routeAfterSwitch(route: Route, workspaceId: string): Route {
  return { screen: "workspace", workspaceId, tab: route.screen === "workspace" ? route.tab : "projects" };
}
