import type { ComponentChildren, JSX } from "preact";
import type { ApiError } from "../api.js";

interface FieldProps {
  id: string;
  label: string;
  name: string;
  value: string;
  onInput: (value: string) => void;
  type?: "text" | "email" | "password" | "url" | "number" | "datetime-local" | "date";
  autocomplete?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  error?: ApiError | null; // the field's message is shown when the problem names `name`
}

// A labelled input whose error, when the server's problem names it, sits under it and is
// announced with it (aria-invalid, aria-describedby).
export function Field(props: FieldProps) {
  const message = props.error?.fieldMessage(props.name);
  const described = message ? `${props.id}-error` : props.hint ? `${props.id}-hint` : undefined;
  const common = {
    id: props.id,
    name: props.name,
    value: props.value,
    required: props.required,
    "aria-invalid": message ? ("true" as const) : undefined,
    "aria-describedby": described,
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 8} />
      ) : (
        // Preact types each input type apart; the type is chosen at run time here.
        <input {...(({ ...common, type: props.type ?? "text", autocomplete: props.autocomplete }) as JSX.IntrinsicElements["input"])} />
      )}
      {props.hint && !message && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {message && (
        <p class="field-error" id={`${props.id}-error`}>
          {message}
        </p>
      )}
    </div>
  );
}

// A failure that is not one field's: what the server said and the request id to quote.
export function ErrorNote({ error }: { error: ApiError | null }) {
  if (!error) return null;
  if (error.errors.length > 0 && !error.detail) return null;
  return (
    <div class="error-note" role="alert">
      <strong>{error.title}</strong>
      {error.detail && <span> {error.detail}</span>}
      {error.requestId && <span class="request-id"> (request {error.requestId})</span>}
    </div>
  );
}

// What a list shows when it is empty: what it holds and what to do next.
export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty">
      <p class="empty-title">{title}</p>
      {children}
    </div>
  );
}

// Moves the focus to the first field the server refused, once it is marked.
export function focusFirstNamed(form: HTMLFormElement, error: ApiError): void {
  const field = error.errors[0]?.field;
  if (!field) return;
  setTimeout(() => (form.querySelector(`[name="${CSS.escape(field)}"]`) as HTMLElement | null)?.focus());
}

// A labelled checkbox.
export function Check(props: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="check" for={props.id}>
      <input id={props.id} type="checkbox" checked={props.checked}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)} />
      {props.label}
    </label>
  );
}
