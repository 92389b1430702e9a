// The conditions builder: groups joined by OR, conditions in a group joined by AND, each
// condition a sentence ("User attribute · plan · is · trial"). Used by segments and by an
// interaction's audience.
import type { ApiError } from "../api.js";
import {
  operatorsFor,
  valueTypesFor,
  withFact,
  withOp,
  type ConditionDraft,
  type DateKind,
  type Fact,
  type Op,
  type ValueType,
} from "../targeting/conditions.js";
import { addCondition, addGroup, conditionPath, removeCondition, replaceCondition, type Groups } from "../targeting/groups.js";
import { messageAt } from "../targeting/problems.js";
import { dateKindLabels, factLabels, opLabels, valueTypeLabels } from "../targeting/vocabulary.js";
import "./segments.css";

interface BuilderProps {
  groups: Groups;
  onChange: (groups: Groups) => void;
  root: string; // where the API names these conditions: "conditions", "targeting.audience.conditions"
  error: ApiError | null;
  idPrefix: string;
}

export function ConditionsBuilder(props: BuilderProps) {
  const { groups, onChange } = props;
  const several = groups.length > 1;
  return (
    <div class="builder">
      {groups.map((conditions, g) => (
        <>
          {g > 0 && <p class="builder-or" aria-hidden="true">or</p>}
          <fieldset class="builder-group">
            <legend>{several ? `Group ${g + 1}: people who match all of these` : "People who match all of these"}</legend>
            <ol class="builder-conditions">
              {conditions.map((draft, i) => (
                <li>
                  <ConditionRow
                    draft={draft}
                    label={several ? `Group ${g + 1} condition ${i + 1}` : `Condition ${i + 1}`}
                    id={`${props.idPrefix}-${g}-${i}`}
                    path={conditionPath(props.root, groups.length, g, i)}
                    error={props.error}
                    onChange={(next) => onChange(replaceCondition(groups, g, i, next))}
                    onRemove={() => onChange(removeCondition(groups, g, i))}
                  />
                </li>
              ))}
            </ol>
            <button type="button" class="secondary" onClick={() => onChange(addCondition(groups, g))}>
              {several ? `Add condition to group ${g + 1}` : "Add condition"}
            </button>
          </fieldset>
        </>
      ))}
      <p class="builder-more">
        <button type="button" class="secondary" onClick={() => onChange(addGroup(groups))}>Add group</button>{" "}
        <span class="hint">A group is an alternative: people who match any one group are in.</span>
      </p>
    </div>
  );
}

interface RowProps {
  draft: ConditionDraft;
  label: string;
  id: string;
  path: string;
  error: ApiError | null;
  onChange: (draft: ConditionDraft) => void;
  onRemove: () => void;
}

const facts = Object.keys(factLabels) as Fact[];
const plainDate = /^\d{4}-\d{2}-\d{2}$/;
const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

function ConditionRow({ draft, label, id, path, error, onChange, onRemove }: RowProps) {
  const set = (change: Partial<ConditionDraft>) => onChange({ ...draft, ...change });
  const types = valueTypesFor(draft.fact, draft.op);
  const message = messageAt(error?.errors, path);
  const noteId = `${id}-error`;
  const invalid = (part: string) =>
    messageAt(error?.errors, `${path}.${part}`) ? { "aria-invalid": "true" as const, "aria-describedby": noteId } : {};

  const input = (which: "value" | "high", text: string) => {
    const name = which === "value" ? `${label} value` : `${label} upper value`;
    const common = { "aria-label": name, value: text, onInput: (e: Event) => set({ [which]: valueOf(e) }), ...invalid("value") };
    if (draft.valueType === "boolean") {
      return (
        <select {...common}>
          <option value="true">{draft.op === "exists" ? "yes" : "true"}</option>
          <option value="false">{draft.op === "exists" ? "no" : "false"}</option>
        </select>
      );
    }
    if (draft.valueType === "number" && draft.op !== "in") return <input {...common} type="number" step="any" />;
    if (draft.valueType === "date" && draft.dateKind === "daysAgo") return <input {...common} type="number" step="1" />;
    if (draft.valueType === "date" && (text === "" || plainDate.test(text))) return <input {...common} type="date" />;
    return <input {...common} type="text" placeholder={draft.op !== "in" ? "" : draft.valueType === "number" ? "1, 2, 3" : "one, two, three"} />;
  };

  return (
    <div class="condition" id={id}>
      <div class="condition-row">
        <select aria-label={`${label} type`} value={draft.fact} onChange={(e) => onChange(withFact(draft, valueOf(e) as Fact))}>
          {facts.map((f) => <option value={f}>{factLabels[f]}</option>)}
        </select>
        {draft.fact === "attribute" && (
          <input aria-label={`${label} attribute`} placeholder="plan" value={draft.subject}
            onInput={(e) => set({ subject: valueOf(e) })} {...invalid("attribute")} />
        )}
        {draft.fact === "event" && (
          <input aria-label={`${label} event`} placeholder="invited_teammate" value={draft.subject}
            onInput={(e) => set({ subject: valueOf(e) })} {...invalid("event")} />
        )}
        <select aria-label={`${label} operator`} value={draft.op} onChange={(e) => onChange(withOp(draft, valueOf(e) as Op))}>
          {operatorsFor(draft.fact).map((op) => <option value={op}>{opLabels[op]}</option>)}
        </select>
        {types.length > 1 && (
          <select aria-label={`${label} value type`} value={draft.valueType}
            onChange={(e) => set({ valueType: valueOf(e) as ValueType, value: "", high: "" })}>
            {types.map((t) => <option value={t}>{valueTypeLabels[t]}</option>)}
          </select>
        )}
        {input("value", draft.value)}
        {draft.op === "between" && <span class="condition-and">and</span>}
        {draft.op === "between" && input("high", draft.high)}
        {draft.valueType === "date" && (
          <select aria-label={`${label} date kind`} value={draft.dateKind}
            onChange={(e) => set({ dateKind: valueOf(e) as DateKind, value: "", high: "" })}>
            {(Object.keys(dateKindLabels) as DateKind[]).map((k) => <option value={k}>{dateKindLabels[k]}</option>)}
          </select>
        )}
        <button type="button" class="link" aria-label={`Remove ${label.toLowerCase()}`} onClick={onRemove}>Remove</button>
      </div>
      {message && <p class="field-error" id={noteId}>{message}</p>}
    </div>
  );
}
