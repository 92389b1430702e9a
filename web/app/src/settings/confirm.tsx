import type { ComponentChildren } from "preact";
import { useId, useRef, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { ErrorNote } from "../ui/form.js";
import "./parts.css";

interface Props {
  label: string; // the button that asks, such as "Revoke"
  question: string;
  confirmLabel: string; // the button that does it
  onConfirm: () => Promise<unknown>;
  onDone?: () => void; // after the dialog closed on success
  quiet?: boolean; // drawn as an outline, for an action that is not the page's main one
  children?: ComponentChildren; // what it will do, in a sentence or two
}

// A destructive action behind a modal dialog: Esc or Cancel keep things as they are, the
// focus starts on Cancel, and a refusal stays in the dialog with its request id.
export function Confirm(props: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
      dialog.current?.close();
      props.onDone?.();
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" class={props.quiet ? "danger quiet" : "danger"} onClick={() => { setError(null); dialog.current?.showModal(); }}>
        {props.label}
      </button>
      <dialog ref={dialog} class="confirm" aria-labelledby={`${id}-q`}>
        <h2 id={`${id}-q`}>{props.question}</h2>
        {props.children}
        <ErrorNote error={error} />
        <div class="actions">
          <button type="button" class="secondary" autofocus onClick={() => dialog.current?.close()}>Cancel</button>
          <button type="button" class="danger" disabled={busy} onClick={() => void confirm()}>{props.confirmLabel}</button>
        </div>
      </dialog>
    </>
  );
}
