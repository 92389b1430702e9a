import type { ComponentChildren } from "preact";
import { useId, useState } from "preact/hooks";
import "./parts.css";

interface Props {
  label: string; // what it is: "New secret key"
  value: string;
  copyLabel: string; // "Copy key"
  children?: ComponentChildren; // whether it can be seen again, and where it belongs
}

// A secret shown in full, selectable and with a copy button.
export function SecretBox({ label, value, copyLabel, children }: Props) {
  const id = useId();
  const [copied, setCopied] = useState("");
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => setCopied("Copied."),
      () => setCopied("Could not copy: select the text and copy it."),
    );
  return (
    <div class="secret-box">
      <label for={id}>{label}</label>
      <div class="secret-row">
        <input id={id} readOnly value={value} spellcheck={false} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>{copyLabel}</button>
      </div>
      <span role="status" class="meta">{copied}</span>
      {children}
    </div>
  );
}
