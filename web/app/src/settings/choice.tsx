import type { ApiError } from "../api.js";

interface Props<T extends string> {
  id: string;
  label: string;
  name: string; // the field a problem may name
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: ApiError | null;
  hideLabel?: boolean; // when the table's heading already says it
}

// A labelled select that shows the server's message for its field, as Field does.
export function Choice<T extends string>(props: Props<T>) {
  const message = props.error?.fieldMessage(props.name);
  return (
    <div class="field">
      <label for={props.id} class={props.hideLabel ? "visually-hidden" : undefined}>{props.label}</label>
      <select id={props.id} name={props.name} value={props.value} aria-invalid={message ? "true" : undefined}
        aria-describedby={message ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T)}>
        {props.options.map((option) => (
          <option value={option.value}>{option.label}</option>
        ))}
      </select>
      {message && <p class="field-error" id={`${props.id}-error`}>{message}</p>}
    </div>
  );
}
