// Controls the interaction and segment editors share: labelled selects and checkboxes whose
// problems sit under them, the conflict note, and the summary of a refused save.
import type { ApiError } from "../api.js";
import { describePath, messageAt } from "../targeting/problems.js";
import { ErrorNote } from "../ui/form.js";

export interface Option<T extends string> {
  value: T;
  label: string;
}

// The problem's message for `path` (or below it), under a control.
export function FieldNote({ id, error, path }: { id: string; error: ApiError | null; path: string }) {
  const message = messageAt(error?.errors, path);
  return message ? <p class="field-error" id={id}>{message}</p> : null;
}

// What a control carries when the problem names `path`: aria-invalid and the note's id.
export function invalidProps(error: ApiError | null, path: string, noteId: string) {
  const message = messageAt(error?.errors, path);
  return message ? { "aria-invalid": "true" as const, "aria-describedby": noteId } : {};
}

interface SelectProps<T extends string> {
  id: string;
  label: string;
  name: string; // the API's path, for the problem's message
  value: T;
  options: Option<T>[];
  onChange: (value: T) => void;
  error: ApiError | null;
  hint?: string;
}

export function SelectField<T extends string>(props: SelectProps<T>) {
  const noteId = `${props.id}-error`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T)}
        {...invalidProps(props.error, props.name, noteId)}
      >
        {props.options.map((o) => <option value={o.value}>{o.label}</option>)}
      </select>
      {props.hint && <p class="hint">{props.hint}</p>}
      <FieldNote id={noteId} error={props.error} path={props.name} />
    </div>
  );
}

// Someone else saved since this was read: take theirs, or save ours over it.
export function ConflictNote(props: { what: string; onReload: () => void; onOverwrite: () => void }) {
  return (
    <div class="conflict" role="alert">
      This {props.what} was changed by someone else since you opened it. Your changes are still here.{" "}
      <button type="button" class="secondary" onClick={props.onReload}>Reload theirs</button>{" "}
      <button type="button" onClick={props.onOverwrite}>Overwrite with mine</button>
    </div>
  );
}

// A refused save: what is wrong, field by field (each is also shown next to its field).
export function ProblemSummary({ error }: { error: ApiError | null }) {
  if (!error) return null;
  if (error.errors.length === 0) return <ErrorNote error={error} />;
  return (
    <div class="error-note" role="alert">
      <strong>{error.title}.</strong> Check the fields marked below.
      <ul>
        {error.errors.map((e) => <li>{describePath(e.field)}: {e.message}</li>)}
      </ul>
      {error.requestId && <span class="request-id">(request {error.requestId})</span>}
    </div>
  );
}
