// Screens are addressed by the URL's hash ("#/projects/p1/posts/x"), so every screen has
// a link that survives a reload while the server serves one page at /app/.

export type Route =
  | { screen: "sign-in" }
  | { screen: "sign-up" }
  | { screen: "reset"; token: string | null }
  | { screen: "invitation"; token: string }
  | { screen: "projects" }
  | { screen: "account" }
  | { screen: "new-workspace" }
  | { screen: "workspace"; workspaceId: string; tab: WorkspaceTab }
  | { screen: "project"; projectId: string; tab: ProjectTab; itemId: string | null };

export const projectTabs = [
  "install",
  "posts",
  "interactions",
  "segments",
  "analytics",
  "settings",
  "keys",
  "webhooks",
] as const;
export type ProjectTab = (typeof projectTabs)[number];

export const workspaceTabs = ["projects", "team", "audit", "traffic", "consents"] as const;
export type WorkspaceTab = (typeof workspaceTabs)[number];

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function parseRoute(hash: string): Route {
  const [path, query = ""] = hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  switch (parts[0]) {
    case "sign-up":
      return { screen: "sign-up" };
    case "sign-in":
      return { screen: "sign-in" };
    case "reset":
      return { screen: "reset", token: params.get("token") };
    case "invitation":
      return parts[1] ? { screen: "invitation", token: parts[1] } : { screen: "projects" };
    case "account":
      return { screen: "account" };
    case "new-workspace":
      return { screen: "new-workspace" };
    case "workspaces":
      if (parts[1]) {
        const tab = parts[2] && isOneOf(workspaceTabs, parts[2]) ? parts[2] : "projects";
        return { screen: "workspace", workspaceId: parts[1], tab };
      }
      return { screen: "projects" };
    case "projects":
      if (parts[1]) {
        const tab = parts[2] && isOneOf(projectTabs, parts[2]) ? parts[2] : "install";
        return { screen: "project", projectId: parts[1], tab, itemId: parts[3] ?? null };
      }
      return { screen: "projects" };
    default:
      return { screen: "projects" };
  }
}

export function hrefOf(route: Route): string {
  const e = encodeURIComponent;
  switch (route.screen) {
    case "sign-in":
    case "sign-up":
    case "projects":
    case "account":
    case "new-workspace":
      return `#/${route.screen}`;
    case "reset":
      return route.token ? `#/reset?token=${e(route.token)}` : "#/reset";
    case "invitation":
      return `#/invitation/${e(route.token)}`;
    case "workspace":
      return `#/workspaces/${e(route.workspaceId)}/${route.tab}`;
    case "project":
      return `#/projects/${e(route.projectId)}/${route.tab}${route.itemId ? "/" + e(route.itemId) : ""}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}
