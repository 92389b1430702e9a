import { useState } from "preact/hooks";
import { Api, ApiError } from "../api.js";
import type { SignedIn } from "../types.js";
import { Check, ErrorNote, Field, focusFirstNamed } from "../ui/form.js";

interface Props {
  api: Api;
  onSignedIn: (answer: SignedIn) => void;
  // Shown over a screen whose session ended: the screen below keeps what was typed.
  again?: boolean;
}

// Sign in with email and password. What was typed stays when the server says no.
export function SignIn({ api, onSignedIn, again }: Props) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      onSignedIn(await api.post<SignedIn>("/api/v1/auth/login", { email, password, remember }));
    } catch (failure) {
      setError(failure as ApiError);
      focusFirstNamed(event.target as HTMLFormElement, failure as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="auth">
      <h1>{again ? "Sign in again" : "Sign in"}</h1>
      {again && <p>Your session ended. Sign in to carry on: nothing you typed is lost.</p>}
      <form id="sign-in" novalidate onSubmit={submit}>
        <Field id="sign-in-email" label="Email" name="email" type="email" autocomplete="username"
          required value={email} onInput={setEmail} error={error} />
        <Field id="sign-in-password" label="Password" name="password" type="password"
          autocomplete="current-password" required value={password} onInput={setPassword} error={error} />
        <Check id="sign-in-remember" label="Remember me for 30 days" checked={remember} onChange={setRemember} />
        <button type="submit" disabled={busy}>Sign in</button>
        <p id="sign-in-error" role="alert">{error && !error.errors.length ? error.detail || error.title : ""}</p>
      </form>
      {!again && (
        <p class="meta">
          New here? <a href="#/sign-up">Create an account</a>. Forgot your password?{" "}
          <a href="#/reset">Reset it</a>.
        </p>
      )}
    </section>
  );
}

// Creating an account: the first one owns the instance; later ones need open sign-up or
// an invitation.
export function SignUp({ api, onSignedIn }: Props) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      onSignedIn(await api.post<SignedIn>("/api/v1/auth/signup", { name, email, password }));
    } catch (failure) {
      setError(failure as ApiError);
      focusFirstNamed(event.target as HTMLFormElement, failure as ApiError);
    }
  };

  return (
    <section class="auth">
      <h1>Create your account</h1>
      <form id="sign-up" novalidate onSubmit={submit}>
        <Field id="sign-up-name" label="Name" name="name" autocomplete="name" value={name} onInput={setName} error={error} />
        <Field id="sign-up-email" label="Email" name="email" type="email" autocomplete="username"
          value={email} onInput={setEmail} error={error} />
        <Field id="sign-up-password" label="Password" name="password" type="password"
          autocomplete="new-password" hint="At least 8 characters." value={password} onInput={setPassword} error={error} />
        <button type="submit">Create account</button>
        <ErrorNote error={error} />
      </form>
      <p class="meta">
        Already have an account? <a href="#/sign-in">Sign in</a>.
      </p>
    </section>
  );
}
