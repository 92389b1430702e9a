import { useEffect, useState } from "preact/hooks";
import { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { Choice } from "../settings/choice.js";
import {
  formOf,
  originMessages,
  patchOf,
  type ConsentMode,
  type ProjectSettings,
  type SettingsForm,
} from "../settings/project_settings.js";
import { atLeast, type Project } from "../types.js";
import { Check, ErrorNote, Field } from "../ui/form.js";
import type { ProjectScreenProps } from "./registry.js";
import { DeleteProject, IdentitySecret } from "./settings_secret.js";
import "./settings.css";

// A project's settings: where the widget may run, identities, consent, how often it may
// speak, and how it looks. Admins change them; others read them.
export function Settings({ project }: ProjectScreenProps) {
  return <SettingsScreen key={project.id} project={project} />;
}

function SettingsScreen({ project }: { project: Project }) {
  const { api, reload } = useSession();
  const path = `/api/v1/projects/${encodeURIComponent(project.id)}`;
  const canManage = atLeast(project.role, "admin");
  const [saved, setSaved] = useState<ProjectSettings | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [sentOrigins, setSentOrigins] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState("");

  const adopt = (settings: ProjectSettings) => {
    setSaved(settings);
    setForm(formOf(settings));
  };
  useEffect(() => void api.get<ProjectSettings>(path).then(adopt, setError), [path]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!saved || !form) return;
    setStatus("");
    const patch = patchOf(saved, form);
    if (patch.errors.length > 0) {
      setError(new ApiError(400, "Some settings need another look", "", patch.errors, null));
      return;
    }
    if (Object.keys(patch.body).length === 0) {
      setError(null);
      setStatus("Nothing has changed.");
      return;
    }
    setSentOrigins((patch.body.allowedOrigins as string[] | undefined) ?? []);
    try {
      adopt((await api.patch<ProjectSettings>(path, patch.body)).body);
      setError(null);
      setStatus("Saved.");
      void reload();
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  if (!form) return error ? <ErrorNote error={error} /> : <p>Loading…</p>;
  const set = <K extends keyof SettingsForm>(key: K) => (value: SettingsForm[K]) =>
    setForm((current) => current && { ...current, [key]: value });
  const originErrors = originMessages(error?.errors ?? [], sentOrigins);

  return (
    <section class="settings">
      <h1>Settings</h1>
      {!canManage && <p class="notice">Only admins and owners change project settings. You can read them here.</p>}
      <form id="project-settings" onSubmit={save} novalidate>
        <fieldset disabled={!canManage}>
          <h2>Project</h2>
          <Field id="settings-name" label="Project name" name="name" value={form.name} onInput={set("name")} error={error} />
          <Field id="settings-language" label="Default language" name="defaultLanguage" value={form.defaultLanguage}
            onInput={set("defaultLanguage")} error={error} hint="The language of posts that name none: a tag such as en or fr-CA." />

          <h2>Where the widget runs</h2>
          <div class="field">
            <label for="settings-origins">Allowed origins</label>
            <textarea id="settings-origins" name="allowedOrigins" rows={4} value={form.origins}
              aria-invalid={originErrors.length > 0 ? "true" : undefined}
              aria-describedby={`settings-origins-hint${originErrors.length > 0 ? " settings-origins-error" : ""}`}
              onInput={(e) => set("origins")((e.currentTarget as HTMLTextAreaElement).value)} />
            <p class="hint" id="settings-origins-hint">
              One per line, such as https://app.example.com; https://*.example.com allows its subdomains. The widget
              refuses every other site, and every site while the list is empty.
            </p>
            {originErrors.length > 0 && (
              <ul class="field-error" id="settings-origins-error">
                {originErrors.map((message) => <li>{message}</li>)}
              </ul>
            )}
          </div>

          <h2>Identity verification</h2>
          <Check id="settings-identity" label="Require identity verification for identified end-users"
            checked={form.identityVerification} onChange={set("identityVerification")} />
          <p class="hint">
            Your servers then send each end-user id with its userHash, the HMAC-SHA256 of the id under the identity
            secret below, so nobody can pose as another end-user.
          </p>

          <h2>Consent</h2>
          <ConsentChoice value={form.consentMode} onChange={set("consentMode")} />

          <h2>Rate limit</h2>
          <p class="hint">How many interactions one end-user sees at most in a window of time.</p>
          <div class="settings-row">
            <Field id="settings-max-shows" label="At most" name="rateLimit.maxShows" type="number" value={form.maxShows}
              onInput={set("maxShows")} error={error} />
            <Field id="settings-window" label="Every" name="rateLimit.windowSeconds" type="number" value={form.window}
              onInput={set("window")} error={error} />
            <Choice id="settings-window-unit" label="Unit" name="windowUnit" value={form.windowUnit} onChange={set("windowUnit")}
              options={[{ value: "seconds", label: "seconds" }, { value: "minutes", label: "minutes" },
                { value: "hours", label: "hours" }, { value: "days", label: "days" }]} />
          </div>

          <h2>Look and feel</h2>
          <div class="settings-row">
            <Field id="settings-accent" label="Accent colour" name="look.accentColor" value={form.accentColor}
              onInput={set("accentColor")} error={error} hint="#rrggbb" />
            <input type="color" class="swatch" aria-label="Pick the accent colour"
              value={/^#[0-9a-fA-F]{6}$/.test(form.accentColor) ? form.accentColor : "#000000"}
              onInput={(e) => set("accentColor")((e.currentTarget as HTMLInputElement).value)} />
            <Choice id="settings-position" label="Position" name="look.position" value={form.position}
              onChange={set("position")} error={error}
              options={[{ value: "bottom-right", label: "Bottom right" }, { value: "bottom-left", label: "Bottom left" }]} />
          </div>
          <Check id="settings-launcher" label="Draw the launcher button" checked={form.launcher} onChange={set("launcher")} />
          <Field id="settings-badge" label="Badge message" name="look.badgeMessage.text" value={form.badgeText}
            onInput={set("badgeText")} error={error} hint="Shown by the launcher while posts are unread; empty for none." />
          <Choice id="settings-badge-repeat" label="Show the badge message again" name="look.badgeMessage.repeat"
            value={form.badgeRepeat} onChange={set("badgeRepeat")} error={error}
            options={[{ value: "once", label: "Once" }, { value: "daily", label: "Daily" },
              { value: "weekly", label: "Weekly" }, { value: "always", label: "Always" }]} />

          {canManage && (
            <div class="actions">
              <button type="submit">Save settings</button>
              <span role="status" class="meta">{status}</span>
            </div>
          )}
        </fieldset>
      </form>
      <ErrorNote error={error} />
      {canManage && <IdentitySecret project={project} />}
      {canManage && <DeleteProject project={project} />}
    </section>
  );
}

const consentModes: { value: ConsentMode; label: string; hint: string }[] = [
  { value: "always", label: "Always", hint: "its cookies are part of the service the end-user asked for." },
  { value: "host", label: "After your site's consent", hint: "once your consent tool calls jimo.push([\"set\", \"consent\", [true]])." },
  { value: "never", label: "Never", hint: "the widget keeps its state in memory only." },
];

function ConsentChoice({ value, onChange }: { value: ConsentMode; onChange: (mode: ConsentMode) => void }) {
  return (
    <fieldset class="choices">
      <legend>When may the widget write its cookies?</legend>
      {consentModes.map((mode) => (
        <label class="check" for={`settings-consent-${mode.value}`}>
          <input type="radio" id={`settings-consent-${mode.value}`} name="consentMode" value={mode.value}
            checked={value === mode.value} onChange={() => onChange(mode.value)} />
          <span><strong>{mode.label}</strong>: {mode.hint}</span>
        </label>
      ))}
    </fieldset>
  );
}
