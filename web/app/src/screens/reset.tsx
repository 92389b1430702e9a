import { useState } from "preact/hooks";
import type { Api, ApiError } from "../api.js";
import { ErrorNote, Field } from "../ui/form.js";

interface Props {
  api: Api;
  token: string | null; // from the link mailed, or none to ask for one
}

// A forgotten password: ask for a link by email, then choose a new password with it.
export function Reset({ api, token }: Props) {
  return token ? <NewPassword api={api} token={token} /> : <AskForLink api={api} />;
}

function AskForLink({ api }: { api: Api }) {
  const [email, setEmail] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState(false);

  const ask = async (event: Event) => {
    event.preventDefault();
    try {
      await api.post("/api/v1/auth/password-reset", { email });
      setError(null);
      setSent(true);
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  return (
    <section class="auth">
      <h1>Reset your password</h1>
      {sent ? (
        <p role="status">
          If an account uses {email}, a link to choose a new password is on its way. It works once, for an hour. No mail?
          Your instance may send none: its operators can give you a link.
        </p>
      ) : (
        <form id="reset-ask" onSubmit={ask} novalidate>
          <Field id="reset-email" label="Email" name="email" type="email" autocomplete="username" value={email}
            onInput={setEmail} error={error} />
          <button type="submit">Send reset link</button>
          <ErrorNote error={error} />
        </form>
      )}
      <p class="meta"><a href="#/sign-in">Back to sign in</a></p>
    </section>
  );
}

function NewPassword({ api, token }: { api: Api; token: string }) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const tokenProblem = error?.fieldMessage("token");

  const set = async (event: Event) => {
    event.preventDefault();
    try {
      await api.post("/api/v1/auth/password-reset/confirm", { token, password });
      setError(null);
      setDone(true);
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  if (done) {
    return (
      <section class="auth">
        <h1>Password changed</h1>
        <p role="status">Your new password is set, and every session you had has ended.</p>
        <p><a href="#/sign-in">Sign in with it</a></p>
      </section>
    );
  }
  return (
    <section class="auth">
      <h1>Choose a new password</h1>
      <form id="reset-confirm" onSubmit={set} novalidate>
        <Field id="reset-password" label="New password" name="password" type="password" autocomplete="new-password"
          hint="At least 8 characters." value={password} onInput={setPassword} error={error} />
        {tokenProblem && (
          <p class="field-error" role="alert">
            {tokenProblem} <a href="#/reset">Ask for a new link</a>.
          </p>
        )}
        <button type="submit">Set new password</button>
        {!tokenProblem && <ErrorNote error={error} />}
      </form>
    </section>
  );
}
