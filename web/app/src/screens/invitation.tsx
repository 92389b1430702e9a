import { useEffect, useState } from "preact/hooks";
import type { Api, ApiError } from "../api.js";
import { useSession } from "../context.js";
import { navigate } from "../router.js";
import { when } from "../settings/when.js";
import type { Role, SignedIn } from "../types.js";
import { ErrorNote, Field } from "../ui/form.js";
import { SignIn } from "./sign_in.js";

interface Preview {
  workspace: { name: string };
  role: Role;
  email: string | null;
  expiresAt: string;
}
interface Accepted {
  workspace: { id: string; name: string };
  role: Role;
}

function usePreview(api: Api, token: string) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => void api.get<Preview>(`/api/v1/invitations/${encodeURIComponent(token)}`).then(setPreview, setError), [api, token]);
  return { preview, error };
}

function Offer({ preview, error }: { preview: Preview | null; error: ApiError | null }) {
  if (error?.status === 404) {
    return <p role="alert">This invitation is unknown, used, withdrawn or expired. Ask whoever invited you for a new link.</p>;
  }
  if (!preview) return error ? <ErrorNote error={error} /> : <p>Loading…</p>;
  return (
    <p>
      You are invited to join <strong>{preview.workspace.name}</strong> as {preview.role === "admin" ? "an" : "a"}{" "}
      {preview.role}. The invitation stands until {when(preview.expiresAt)}.
    </p>
  );
}

// An invitation link opened by someone signed in: one button joins.
export function Invitation({ token }: { token: string }) {
  const { api, reload } = useSession();
  const { preview, error } = usePreview(api, token);
  const [refusal, setRefusal] = useState<ApiError | null>(null);

  const accept = async () => {
    try {
      const joined = await api.post<Accepted>(`/api/v1/invitations/${encodeURIComponent(token)}/accept`);
      await reload();
      navigate({ screen: "workspace", workspaceId: joined.workspace.id, tab: "team" });
    } catch (failure) {
      setRefusal(failure as ApiError);
    }
  };

  return (
    <section class="auth">
      <h1>Invitation</h1>
      <Offer preview={preview} error={error} />
      {preview && refusal?.status !== 409 && <button type="button" onClick={() => void accept()}>Accept invitation</button>}
      {refusal?.status === 409 ? (
        <p role="alert">You are a member of {preview?.workspace.name ?? "this workspace"} already. <a href="#/projects">See your projects</a>.</p>
      ) : (
        <ErrorNote error={refusal} />
      )}
    </section>
  );
}

interface SignedOutProps {
  api: Api;
  token: string;
  onSignedIn: (answer: SignedIn) => void;
}

// An invitation link opened by someone signed out: a new account that joins at once, or
// signing in to an existing one and then accepting.
export function InvitationSignedOut({ api, token, onSignedIn }: SignedOutProps) {
  const { preview, error } = usePreview(api, token);
  const [existing, setExisting] = useState(false);
  const [name, setName] = useState("");
  const [email, setEmail] = useState<string | null>(null);
  const [password, setPassword] = useState("");
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const address = email ?? preview?.email ?? "";
  const invitationProblem = refusal?.fieldMessage("invitation");

  const signUp = async (event: Event) => {
    event.preventDefault();
    try {
      const answer = await api.post<SignedIn>("/api/v1/auth/signup", { name, email: address, password, invitation: token });
      navigate({ screen: "projects" });
      onSignedIn(answer);
    } catch (failure) {
      setRefusal(failure as ApiError);
    }
  };

  if (existing) {
    return (
      <>
        <SignIn api={api} onSignedIn={onSignedIn} />
        <p class="meta"><button type="button" class="link" onClick={() => setExisting(false)}>Create an account instead</button></p>
      </>
    );
  }
  return (
    <section class="auth">
      <h1>Join your team</h1>
      <Offer preview={preview} error={error} />
      {preview && (
        <form id="invitation-sign-up" onSubmit={signUp} novalidate>
          <Field id="invitation-name" label="Name" name="name" autocomplete="name" value={name} onInput={setName} error={refusal} />
          <Field id="invitation-email" label="Email" name="email" type="email" autocomplete="username" value={address}
            onInput={setEmail} error={refusal} />
          <Field id="invitation-password" label="Password" name="password" type="password" autocomplete="new-password"
            hint="At least 8 characters." value={password} onInput={setPassword} error={refusal} />
          <button type="submit">Create account and join</button>
          {invitationProblem ? <p class="field-error" role="alert">{invitationProblem}</p> : <ErrorNote error={refusal} />}
        </form>
      )}
      <p class="meta">
        Have an account already?{" "}
        <button type="button" class="link" onClick={() => setExisting(true)}>Sign in to accept</button>
      </p>
    </section>
  );
}
