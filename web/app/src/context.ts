import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Api } from "./api.js";
import type { Project, User, Workspace } from "./types.js";

// What every screen may use: the API, who is signed in, and what they can reach.
export interface Session {
  api: Api;
  user: User;
  workspaces: Workspace[];
  projects: Project[];
  // Reads workspaces and projects again, after a screen changed them.
  reload: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside a signed-in screen");
  return session;
}
