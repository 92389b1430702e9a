// The format picker: one radio per format, named by the format alone ("Modal"), described
// by a sentence beside it.
import { formats, type Format } from "../interactions/formats.js";

interface Props {
  legend: string;
  name: string;
  value: Format;
  onChange: (format: Format) => void;
  allowed?: Format[]; // the others are shown, but cannot be chosen
  compact?: boolean; // the chosen format's description only
}

export function FormatPicker({ legend, name, value, onChange, allowed, compact }: Props) {
  return (
    <fieldset class={compact ? "formats compact" : "formats"}>
      <legend>{legend}</legend>
      <div class="format-options">
        {formats.map((format) => {
          const id = `${name}-${format.id}`;
          const disabled = !!allowed && !allowed.includes(format.id);
          return (
            <div class={`format-option${value === format.id ? " chosen" : ""}${disabled ? " unavailable" : ""}`}>
              <input type="radio" id={id} name={name} value={format.id} checked={value === format.id} disabled={disabled}
                aria-describedby={`${id}-about`} onChange={() => onChange(format.id)} />
              <label for={id}>{format.name}</label>
              <p id={`${id}-about`} class="format-about">{format.description}</p>
            </div>
          );
        })}
      </div>
      {compact && <p class="format-chosen-about" aria-hidden="true">{formats.find((f) => f.id === value)?.description}</p>}
    </fieldset>
  );
}
