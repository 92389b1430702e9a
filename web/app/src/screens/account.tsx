import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import type { SignedIn } from "../types.js";
import { ErrorNote, Field } from "../ui/form.js";
import { Sessions } from "./account_sessions.js";
import { ExtensionTokens } from "./account_tokens.js";

// The signed-in maker's own account: password, sessions and extension tokens.
export function Account() {
  const { user } = useSession();
  const [passwordChanges, setPasswordChanges] = useState(0); // a change ends the other sessions
  return (
    <section>
      <h1>Your account</h1>
      <p>
        {user.name} · {user.email}
        {user.instanceOwner && <span class="meta"> · owner of this instance</span>}
      </p>
      <PasswordChange onChanged={() => setPasswordChanges((n) => n + 1)} />
      <Sessions key={passwordChanges} />
      <ExtensionTokens />
    </section>
  );
}

function PasswordChange({ onChanged }: { onChanged: () => void }) {
  const { api } = useSession();
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState("");

  const change = async (event: Event) => {
    event.preventDefault();
    setStatus("");
    try {
      const answer = await api.post<SignedIn>("/api/v1/auth/password", { currentPassword, newPassword });
      api.setCsrfToken(answer.csrfToken); // the session was replaced, and its token with it
      setCurrent("");
      setNew("");
      setError(null);
      setStatus("Password changed. Your other sessions have ended.");
      onChanged();
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  return (
    <form class="panel" id="password-change" onSubmit={change} novalidate>
      <h2>Change your password</h2>
      <Field id="current-password" label="Current password" name="currentPassword" type="password"
        autocomplete="current-password" value={currentPassword} onInput={setCurrent} error={error} />
      <Field id="new-password" label="New password" name="newPassword" type="password" autocomplete="new-password"
        hint="At least 8 characters. Every other session ends." value={newPassword} onInput={setNew} error={error} />
      <div class="actions">
        <button type="submit">Change password</button>
        <span role="status" class="meta">{status}</span>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}
