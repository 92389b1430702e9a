import { useEffect, useRef, useState } from "preact/hooks";
import { hrefOf, projectTabs, workspaceTabs, type ProjectTab, type Route, type WorkspaceTab } from "./router.js";
import { projectScreens, tabTitles, workspaceScreens } from "./screens/registry.js";
import type { Project, Workspace } from "./types.js";

interface Props {
  route: Route;
  project: Project | undefined;
  workspace: Workspace | null;
}

// The project's and the workspace's tabs: a sidebar on a wide screen, a menu that opens
// under its button on a phone and closes once a tab is chosen or on Escape.
export function SectionsMenu({ route, project, workspace }: Props) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const where = hrefOf(route);
  useEffect(() => setOpen(false), [where]);

  const projectTab = route.screen === "project" ? route.tab : null;
  const workspaceTab = route.screen === "workspace" && route.workspaceId === workspace?.id ? route.tab : null;
  const current = projectTab ?? workspaceTab;
  const close = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <nav class="sidebar" aria-label="Sections" onKeyDown={close}>
      <button type="button" class="sections-toggle secondary" ref={toggle} aria-expanded={open}
        aria-controls="sections" onClick={() => setOpen(!open)}>
        <span>Sections</span>
        {current && <span class="sections-current">{tabTitles[current]}</span>}
      </button>
      <div id="sections" class={open ? "sections open" : "sections"}>
        {project && (
          <Tabs heading={project.name} tabs={projectTabs.filter((tab) => projectScreens[tab])} current={projectTab}
            href={(tab) => hrefOf({ screen: "project", projectId: project.id, tab, itemId: null })} />
        )}
        {workspace && (
          <Tabs heading={workspace.name} tabs={workspaceTabs.filter((tab) => workspaceScreens[tab])} current={workspaceTab}
            href={(tab) => hrefOf({ screen: "workspace", workspaceId: workspace.id, tab })} />
        )}
        <p class="sections-more">
          <a href="#/new-workspace" aria-current={route.screen === "new-workspace" ? "page" : undefined}>New workspace</a>
        </p>
      </div>
    </nav>
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
