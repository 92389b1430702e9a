import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import { Api, ApiError } from "./api.js";
import { SessionContext, type Session } from "./context.js";
import { parseRoute, type Route } from "./router.js";
import { Shell } from "./shell.js";
import { InvitationSignedOut } from "./screens/invitation.js";
import { Reset } from "./screens/reset.js";
import { SignIn, SignUp } from "./screens/sign_in.js";
import type { Page, Project, SignedIn, User, Workspace } from "./types.js";

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const changed = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", changed);
    return () => window.removeEventListener("hashchange", changed);
  }, []);
  return route;
}

// The page's skip link points at "#main", which the hash router would read as a route: it
// moves the focus to the <main> instead, leaving the address as it is.
function useSkipLinkInPage() {
  useEffect(() => {
    const skip = (event: MouseEvent) => {
      const main = document.getElementById("main");
      if (!main || !(event.target instanceof Element) || !event.target.closest('a[href="#main"]')) return;
      event.preventDefault();
      main.focus();
    };
    document.addEventListener("click", skip);
    return () => document.removeEventListener("click", skip);
  }, []);
}

type State =
  | { kind: "loading" }
  | { kind: "signed-out" }
  | { kind: "signed-in"; user: User; workspaces: Workspace[]; projects: Project[] };

// The dashboard: who is signed in decides between the sign-in screens and the shell. When
// a session ends mid-work the shell stays mounted under a sign-in dialog, so nothing typed
// is lost.
export function App() {
  const [state, setState] = useState<State>({ kind: "loading" });
  const [expired, setExpired] = useState(false);
  const route = useRoute();
  const api = useMemo(() => new Api((path, init) => fetch(path, init), () => setExpired(true)), []);

  const load = useCallback(
    async (user: User) => {
      const [workspaces, projects] = await Promise.all([
        api.get<Page<Workspace>>("/api/v1/workspaces?limit=200"),
        api.get<Page<Project>>("/api/v1/projects?limit=200"),
      ]);
      setState({ kind: "signed-in", user, workspaces: workspaces.items, projects: projects.items });
    },
    [api],
  );

  const signedIn = useCallback(
    async (answer: SignedIn) => {
      api.setCsrfToken(answer.csrfToken);
      setExpired(false);
      await load(answer.user);
    },
    [api, load],
  );

  useEffect(() => {
    api
      .get<SignedIn>("/api/v1/auth/me")
      .then(signedIn)
      .catch((error: ApiError) => {
        setExpired(false); // not an ended session: nobody was signed in
        setState({ kind: "signed-out" });
        if (error.status !== 401) console.warn("waymark: could not ask who is signed in", error);
      });
  }, [api, signedIn]);

  useSkipLinkInPage();

  if (state.kind === "loading") return <p class="loading">Loading…</p>;
  if (state.kind === "signed-out") {
    return (
      <>
        <header class="topbar">
          <a class="brand" href="/">Waymark</a>
        </header>
        <main class="auth-page" id="main" tabIndex={-1}>
          {route.screen === "sign-up" ? (
            <SignUp api={api} onSignedIn={signedIn} />
          ) : route.screen === "reset" ? (
            <Reset api={api} token={route.token} />
          ) : route.screen === "invitation" ? (
            <InvitationSignedOut api={api} token={route.token} onSignedIn={signedIn} />
          ) : (
            <SignIn api={api} onSignedIn={signedIn} />
          )}
        </main>
      </>
    );
  }
  const session: Session = {
    api,
    user: state.user,
    workspaces: state.workspaces,
    projects: state.projects,
    reload: () => load(state.user),
  };
  const signOut = async () => {
    await api.post("/api/v1/auth/logout").catch(() => undefined);
    setState({ kind: "signed-out" });
    window.location.hash = "#/sign-in";
  };
  return (
    <SessionContext.Provider value={session}>
      <Shell route={route} onSignOut={signOut} />
      {expired && (
        <div class="overlay" role="dialog" aria-modal="true" aria-label="Sign in again">
          <div class="overlay-box">
            <SignIn api={api} onSignedIn={signedIn} again />
          </div>
        </div>
      )}
    </SessionContext.Provider>
  );
}
