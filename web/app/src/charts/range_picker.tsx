import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { Field } from "../ui/form.js";
import { presetLabel, presetRange, todayUtc, type DateRange, type Preset } from "./date_range.js";

interface Props {
  idPrefix: string; // "analytics" gives analytics-from, analytics-to
  presets: Preset[];
  value: DateRange;
  onChange: (range: DateRange) => void;
  error?: ApiError | null; // the server's word on `from` or `to` shows under the date
  children?: ComponentChildren; // more controls on the same row (granularity, refresh)
}

// The days a report covers: a preset (pressed buttons) or two dates, applied together.
export function RangePicker({ idPrefix, presets, value, onChange, error, children }: Props) {
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  // "Custom" starts from the days shown, so one date can be changed alone.
  const choose = (preset: Preset) => {
    if (preset !== "custom") return onChange(presetRange(preset, todayUtc(new Date())));
    const start = value.from ? value : { from, to };
    setFrom(start.from);
    setTo(start.to);
    onChange({ preset, from: start.from, to: start.to });
  };
  return (
    <div class="range">
      <div class="range-row">
        <div class="range-presets" role="group" aria-label="Days shown">
          {presets.map((preset) => (
            <button type="button" class="secondary" aria-pressed={value.preset === preset} onClick={() => choose(preset)}>
              {presetLabel(preset)}
            </button>
          ))}
        </div>
        {children}
      </div>
      {value.preset === "custom" && (
        <form class="range-custom" onSubmit={(e) => { e.preventDefault(); onChange({ preset: "custom", from, to }); }}>
          <Field id={`${idPrefix}-from`} label="From" name="from" type="date" value={from} onInput={setFrom} error={error} />
          <Field id={`${idPrefix}-to`} label="To (included)" name="to" type="date" value={to} onInput={setTo} error={error} />
          <button type="submit">Apply</button>
        </form>
      )}
    </div>
  );
}
