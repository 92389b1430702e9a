import { useEffect, useRef, useState } from "preact/hooks";
import { useSession } from "./context.js";
import { hrefOf, navigate, type Route } from "./router.js";
import { projectScreens, workspaceScreens } from "./screens/registry.js";
import { Account } from "./screens/account.js";
import { Invitation } from "./screens/invitation.js";
import { Projects } from "./screens/projects.js";
import { Reset } from "./screens/reset.js";
import { NewWorkspace } from "./screens/workspace_new.js";
import { SectionsMenu } from "./sections_menu.js";
import { TopBar } from "./top_bar.js";
import type { Workspace } from "./types.js";
import { EmptyState } from "./ui/form.js";
import { currentWorkspace, routeAfterSwitch, workspaceOfRoute } from "./workspace_choice.js";

interface Props {
  route: Route;
  onSignOut: () => void;
}

// The signed-in frame: the product bar with the workspace and project switchers, the
// sections of the current project and workspace, and the screen the route names. The page
// has no other <main>: the skip link lands here.
export function Shell({ route, onSignOut }: Props) {
  const { projects, workspaces } = useSession();
  // Kept while the page lives, for the screens whose route names no workspace (the
  // account, a new workspace); every other link names its workspace or project.
  const [lastChosen, setLastChosen] = useState<string | null>(null);

  // Opening a project or a workspace's tab chooses its workspace too.
  const named = workspaceOfRoute(route, projects);
  useEffect(() => {
    if (named && workspaces.some((w) => w.id === named)) setLastChosen(named);
  }, [named, workspaces]);

  const workspace = currentWorkspace(route, workspaces, projects, lastChosen);
  const main = useRef<HTMLElement>(null);
  useFocusOnNewScreen(hrefOf(route), main);
  const project = route.screen === "project" ? projects.find((p) => p.id === route.projectId) : undefined;
  const switchTo = (workspaceId: string) => {
    setLastChosen(workspaceId);
    navigate(routeAfterSwitch(route, workspaceId));
  };

  return (
    <div class="shell" id="signed-in">
      <TopBar route={route} workspace={workspace} onChooseWorkspace={switchTo} onSignOut={onSignOut} />
      <div class="frame">
        <SectionsMenu route={route} project={project} workspace={workspace} />
        <main class="content" id="main" tabIndex={-1} ref={main}>
          <Screen route={route} workspace={workspace} onCreated={(created) => switchTo(created.id)} />
        </main>
      </div>
    </div>
  );
}

// After a link or a button leads to another screen, the focus goes to its heading (or to
// <main> while it loads), so a screen reader says where the maker is and Tab goes on from
// there. Not on the first screen, and not away from the top bar's switchers, where arrow
// keys change the screen while the maker is still choosing.
function useFocusOnNewScreen(where: string, main: { current: HTMLElement | null }) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (document.activeElement?.closest(".topbar")) return;
    const frame = requestAnimationFrame(() => {
      const heading = main.current?.querySelector<HTMLElement>("h1");
      if (heading) heading.tabIndex = -1;
      (heading ?? main.current)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [where]);
}

function Screen(props: { route: Route; workspace: Workspace | null; onCreated: (workspace: Workspace) => void }) {
  const { route } = props;
  const { api, projects } = useSession();
  if (route.screen === "account") return <Account />;
  if (route.screen === "reset") return <Reset api={api} token={route.token} />;
  if (route.screen === "invitation") return <Invitation token={route.token} />;
  if (route.screen === "new-workspace") return <NewWorkspace onCreated={props.onCreated} />;
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
  return <Projects workspace={props.workspace} />;
}
