import type { FunctionComponent } from "preact";
import type { ProjectTab, WorkspaceTab } from "../router.js";
import type { Project } from "../types.js";
import { Analytics } from "./analytics.js";
import { Audit } from "./audit.js";
import { Consents } from "./consents.js";
import { Install } from "./install.js";
import { Interactions } from "./interactions.js";
import { Keys } from "./keys.js";
import { Posts } from "./posts.js";
import { ProjectsOfWorkspace } from "./projects.js";
import { Segments } from "./segments.js";
import { Settings } from "./settings.js";
import { Team } from "./team.js";
import { Traffic } from "./traffic.js";
import { Webhooks } from "./webhooks.js";

export interface ProjectScreenProps {
  project: Project;
  itemId: string | null; // the post, interaction ... the route names, if any
}
export interface WorkspaceScreenProps {
  workspaceId: string;
}

// The screens of a project and of a workspace, in the order of the sidebar. One line each.
export const projectScreens: Partial<Record<ProjectTab, FunctionComponent<ProjectScreenProps>>> = {
  install: Install,
  posts: Posts,
  interactions: Interactions,
  segments: Segments,
  analytics: Analytics,
  settings: Settings,
  keys: Keys,
  webhooks: Webhooks,
};

export const workspaceScreens: Partial<Record<WorkspaceTab, FunctionComponent<WorkspaceScreenProps>>> = {
  projects: ProjectsOfWorkspace,
  team: Team,
  audit: Audit,
  traffic: Traffic,
  consents: Consents,
};

export const tabTitles: Record<ProjectTab | WorkspaceTab, string> = {
  install: "Install",
  posts: "Posts",
  interactions: "Interactions",
  segments: "Segments",
  analytics: "Analytics",
  settings: "Settings",
  keys: "API keys",
  webhooks: "Webhooks",
  projects: "Projects",
  team: "Team",
  audit: "Audit log",
  traffic: "Traffic",
  consents: "Consent records",
};
