// Who sees an interaction, on which pages, what makes it appear, when, how often, and
// before which others; with the live count of known users its audience matches.
import { useEffect, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { newCondition } from "../targeting/conditions.js";
import { buildGroups } from "../targeting/groups.js";
import type { AudienceKind, RecurrenceType, TargetingDraft, TriggerType, UrlOp, UrlRule } from "../targeting/rules.js";
import { recurrenceLabels, triggerLabels, urlOpLabels } from "../targeting/vocabulary.js";
import type { Page, Project } from "../types.js";
import { Check, Field } from "../ui/form.js";
import { removeItem, replaceItem } from "../interactions/model.js";
import { FieldNote, SelectField, invalidProps, type Option } from "./interactions_editing.js";
import { KeptConditions, segmentsPath, type Segment } from "./segments.js";
import { ConditionsBuilder } from "./segments_builder.js";
import { MatchCount, useMatchCount } from "./segments_count.js";

const optionsOf = <T extends string>(labels: Record<T, string>): Option<T>[] =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

const audiences: Option<AudienceKind>[] = [
  { value: "everyone", label: "Everyone" },
  { value: "conditions", label: "People who match conditions" },
  { value: "segments", label: "People in saved segments" },
];

function useSegments(project: Project): Segment[] | null {
  const { api } = useSession();
  const [segments, setSegments] = useState<Segment[] | null>(null);
  useEffect(() => {
    api.get<Page<Segment>>(`${segmentsPath(project)}?limit=200`).then((page) => setSegments(page.items), () => setSegments([]));
  }, [api, project.id]);
  return segments;
}

// The conditions the count asks about: the builder's, or those of any chosen segment.
function audienceConditions(draft: TargetingDraft, segments: Segment[] | null): unknown {
  if (draft.audience === "conditions") return draft.keptConditions ?? buildGroups(draft.groups).json;
  if (draft.audience !== "segments" || !segments) return null;
  const chosen = segments.filter((s) => draft.segmentIds.includes(s.id)).map((s) => s.conditions);
  return chosen.length === 0 ? null : chosen.length === 1 ? chosen[0] : { any: chosen };
}

interface Props {
  project: Project;
  draft: TargetingDraft;
  onChange: (draft: TargetingDraft) => void;
  error: ApiError | null;
}

export function TargetingFields({ project, draft, onChange, error }: Props) {
  const set = (change: Partial<TargetingDraft>) => onChange({ ...draft, ...change });
  const segments = useSegments(project);
  const count = useMatchCount(project, audienceConditions(draft, segments));
  const chooseAudience = (audience: AudienceKind) =>
    set({ audience, groups: audience === "conditions" && draft.groups.length === 0 ? [[newCondition()]] : draft.groups });
  const waiting =
    draft.audience === "everyone"
      ? "Everyone may see it, known users and anonymous visitors alike."
      : draft.audience === "segments"
        ? "Choose segments to see how many known users they hold."
        : "Finish the conditions to see how many known users match.";

  return (
    <>
      <section class="ix-section" aria-labelledby="ix-audience-heading">
        <h2 id="ix-audience-heading">Who sees it</h2>
        <fieldset class="choices">
          <legend class="visually-hidden">Audience</legend>
          {audiences.map((a) => (
            <label class="check">
              <input type="radio" name="ix-audience" value={a.value} checked={draft.audience === a.value} onChange={() => chooseAudience(a.value)} />
              {a.label}
            </label>
          ))}
        </fieldset>
        {draft.audience === "everyone" && (
          <p>
            <button type="button" class="secondary" onClick={() => chooseAudience("conditions")}>Add condition</button>{" "}
            <span class="hint">to show it only to some people.</span>
          </p>
        )}
        {draft.audience === "conditions" &&
          (draft.keptConditions ? (
            <KeptConditions conditions={draft.keptConditions} onRestart={() => set({ keptConditions: null, groups: [[newCondition()]] })} />
          ) : (
            <ConditionsBuilder groups={draft.groups} onChange={(groups) => set({ groups })} root="targeting.audience.conditions"
              error={error} idPrefix="ix-condition" />
          ))}
        {draft.audience === "conditions" && error?.fieldMessage("targeting.audience.conditions") && (
          <p class="field-error">{error.fieldMessage("targeting.audience.conditions")}</p>
        )}
        {draft.audience === "segments" && (
          <SegmentChoice project={project} segments={segments} chosen={draft.segmentIds} onChange={(segmentIds) => set({ segmentIds })} error={error} />
        )}
        <MatchCount state={count} waiting={waiting} />
      </section>

      <section class="ix-section" aria-labelledby="ix-where-heading">
        <h2 id="ix-where-heading">On which pages</h2>
        <UrlRules rules={draft.rules} onChange={(rules) => set({ rules })} error={error} />
      </section>

      <section class="ix-section" aria-labelledby="ix-trigger-heading">
        <h2 id="ix-trigger-heading">What makes it appear</h2>
        <SelectField id="ix-trigger" label="Trigger" name="targeting.trigger.type" value={draft.trigger}
          options={optionsOf<TriggerType>(triggerLabels)} onChange={(trigger) => set({ trigger })} error={error} />
        {draft.trigger === "page_load" && (
          <Field id="ix-delay" label="Delay after the page loads (seconds)" name="targeting.trigger.delayMs" type="number"
            value={draft.delaySeconds} onInput={(delaySeconds) => set({ delaySeconds })} error={error} />
        )}
        {draft.trigger === "click" && (
          <Field id="ix-click" label="Element that is clicked (CSS selector)" name="targeting.trigger.selector"
            value={draft.clickSelector} onInput={(clickSelector) => set({ clickSelector })} error={error} hint="Such as #help-button." />
        )}
        {draft.trigger === "event" && (
          <Field id="ix-event" label="Event that shows it" name="targeting.trigger.event" value={draft.event}
            onInput={(event) => set({ event })} error={error} hint="The custom event’s name, as your app tracks it." />
        )}
        {draft.trigger === "manual" && <p class="hint">Your developers show it with the SDK’s boosted:trigger command.</p>}
      </section>

      <section class="ix-section" aria-labelledby="ix-schedule-heading">
        <h2 id="ix-schedule-heading">When</h2>
        <div class="inline-fields">
          <Field id="ix-start" label="Show from" name="targeting.schedule.start" type="datetime-local" value={draft.start}
            onInput={(start) => set({ start })} error={error} />
          <Field id="ix-end" label="Show until" name="targeting.schedule.end" type="datetime-local" value={draft.end}
            onInput={(end) => set({ end })} error={error} />
        </div>
        <p class="hint">In your time zone. Leave empty for no limit.</p>
      </section>

      <section class="ix-section" aria-labelledby="ix-often-heading">
        <h2 id="ix-often-heading">How often</h2>
        <SelectField id="ix-recurrence" label="How often one person sees it" name="targeting.recurrence.type" value={draft.recurrence}
          options={optionsOf<RecurrenceType>(recurrenceLabels)} onChange={(recurrence) => set({ recurrence })} error={error}
          hint="Someone who picks “Don’t show again” never sees it again." />
        {draft.recurrence === "custom" && (
          <div class="inline-fields">
            <Field id="ix-max-times" label="At most (times)" name="targeting.recurrence.maxTimes" type="number" value={draft.maxTimes}
              onInput={(maxTimes) => set({ maxTimes })} error={error} />
            <Field id="ix-days-apart" label="Days between two showings" name="targeting.recurrence.minDaysApart" type="number"
              value={draft.minDaysApart} onInput={(minDaysApart) => set({ minDaysApart })} error={error} />
          </div>
        )}
        <Field id="ix-priority" label="Priority" name="targeting.priority" type="number" value={draft.priority}
          onInput={(priority) => set({ priority })} error={error}
          hint="From -1000 to 1000: when several interactions could show, the highest goes first." />
        <Check id="ix-exempt" label="Not held back by the project’s rate limit" checked={draft.exemptFromRateLimit}
          onChange={(exemptFromRateLimit) => set({ exemptFromRateLimit })} />
      </section>
    </>
  );
}

function UrlRules({ rules, onChange, error }: { rules: UrlRule[]; onChange: (rules: UrlRule[]) => void; error: ApiError | null }) {
  const ops = optionsOf<UrlOp>(urlOpLabels);
  return (
    <div>
      {rules.length === 0 && <p class="hint">It may show on every page. Add a rule to choose pages.</p>}
      {rules.length > 0 && <p class="hint">It may show on a page that matches any rule.</p>}
      <ol class="url-rules">
        {rules.map((rule, i) => {
          const path = `targeting.where.rules[${i}]`;
          const noteId = `ix-rule-${i}-error`;
          const set = (change: Partial<UrlRule>) => onChange(replaceItem(rules, i, { ...rule, ...change }));
          return (
            <li>
              <div class="rule-row">
                <select aria-label={`Page rule ${i + 1} match`} value={rule.op}
                  onChange={(e) => set({ op: (e.currentTarget as HTMLSelectElement).value as UrlOp })} {...invalidProps(error, `${path}.op`, noteId)}>
                  {ops.map((o) => <option value={o.value}>{o.label}</option>)}
                </select>
                <input aria-label={`Page rule ${i + 1} address`} value={rule.value} placeholder="https://app.example.com/settings"
                  onInput={(e) => set({ value: (e.currentTarget as HTMLInputElement).value })} {...invalidProps(error, path, noteId)} />
                <button type="button" class="link" aria-label={`Remove page rule ${i + 1}`} onClick={() => onChange(removeItem(rules, i))}>Remove</button>
              </div>
              <FieldNote id={noteId} error={error} path={path} />
            </li>
          );
        })}
      </ol>
      <button type="button" class="secondary" disabled={rules.length >= 20}
        onClick={() => onChange([...rules, { op: "starts_with", value: "" }])}>Add page rule</button>
    </div>
  );
}

interface ChoiceProps {
  project: Project;
  segments: Segment[] | null;
  chosen: string[];
  onChange: (ids: string[]) => void;
  error: ApiError | null;
}

function SegmentChoice({ project, segments, chosen, onChange, error }: ChoiceProps) {
  if (!segments) return <p>Loading segments…</p>;
  const missing = chosen.filter((id) => !segments.some((s) => s.id === id));
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <fieldset class="choices">
      <legend>People in any of these segments</legend>
      {segments.length === 0 && (
        <p class="hint">
          No segment yet. <a href={`#/projects/${encodeURIComponent(project.id)}/segments/new`}>Build one</a>, or use conditions.
        </p>
      )}
      {segments.map((s) => (
        <label class="check">
          <input type="checkbox" checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, (e.currentTarget as HTMLInputElement).checked)} />
          {s.name}
        </label>
      ))}
      {missing.map((id) => (
        <label class="check">
          <input type="checkbox" checked onChange={() => toggle(id, false)} />
          A deleted segment (matches nobody)
        </label>
      ))}
      <FieldNote id="ix-segments-error" error={error} path="targeting.audience.segmentIds" />
    </fieldset>
  );
}
