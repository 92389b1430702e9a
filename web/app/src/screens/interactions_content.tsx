// What an interaction says: its name, format, and the fields of that format (a tour's
// steps, each a screen of its own), with up to two buttons per screen.
import { useEffect, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { isAnchored, reachableFormats, stepFormats, type Format, type StepFormat } from "../interactions/formats.js";
import {
  buttonActions,
  maxButtons,
  maxSteps,
  moveItem,
  newButton,
  newScreen,
  removeItem,
  replaceItem,
  type ButtonAction,
  type ButtonDraft,
  type ContentDraft,
  type ScreenDraft,
} from "../interactions/model.js";
import type { Page, Project } from "../types.js";
import { Check, Field } from "../ui/form.js";
import { SelectField, type Option } from "./interactions_editing.js";
import { FormatPicker } from "./interactions_format.js";

// The project's posts, for buttons that open one and for the post an interaction boosts.
export function usePostOptions(project: Project): Option<string>[] {
  const { api } = useSession();
  const [options, setOptions] = useState<Option<string>[]>([]);
  useEffect(() => {
    api
      .get<Page<{ id: string; title: string; status: string }>>(`/api/v1/projects/${encodeURIComponent(project.id)}/posts?limit=100`)
      .then((page) => setOptions(page.items.map((p) => ({ value: p.id, label: `${p.title} (${p.status})` }))), () => undefined);
  }, [api, project.id]);
  return options;
}

interface ContentProps {
  content: ContentDraft;
  storedFormat: Format;
  onChange: (content: ContentDraft) => void;
  error: ApiError | null;
  posts: Option<string>[];
  onPreviewStep: (step: number) => void;
}

export function ContentFields({ content, storedFormat, onChange, error, posts, onPreviewStep }: ContentProps) {
  const set = (change: Partial<ContentDraft>) => onChange({ ...content, ...change });
  const allowed = reachableFormats(storedFormat);
  return (
    <section class="ix-section" aria-labelledby="ix-content-heading">
      <h2 id="ix-content-heading">Content</h2>
      <Field id="ix-name" label="Name" name="name" value={content.name} onInput={(name) => set({ name })} error={error}
        hint="For your team only; end-users never see it." />
      <FormatPicker legend="Format" name="ix-format" value={content.format} allowed={allowed} compact
        onChange={(format) => set({ format, screen: format === "tour" ? content.screen : { ...content.screen, format } })} />
      {allowed.length < 6 && (
        <p class="hint format-hint">
          {allowed.length === 1
            ? "A saved banner or tour keeps its format: create a new interaction for another one."
            : "A saved interaction can only move to formats that keep all its fields."}
        </p>
      )}
      {content.format === "tour" ? (
        <StepsFields steps={content.steps} onChange={(steps) => set({ steps })} error={error} posts={posts} onPreviewStep={onPreviewStep} />
      ) : (
        <ScreenFields screen={content.screen} format={content.format} prefix="" idPrefix="ix" labelPrefix="" inTour={false}
          error={error} posts={posts} onChange={(screen) => set({ screen })} />
      )}
      <SelectField id="ix-post" label="Post it promotes (optional)" name="postId" value={content.postId}
        options={[{ value: "", label: "None" }, ...posts]} onChange={(postId) => set({ postId })} error={error} />
    </section>
  );
}

interface ScreenProps {
  screen: ScreenDraft;
  format: StepFormat;
  prefix: string; // where the API names this screen's fields: "" or "steps[1]."
  idPrefix: string;
  labelPrefix: string; // "" or "Step 2 "
  inTour: boolean;
  error: ApiError | null;
  posts: Option<string>[];
  onChange: (screen: ScreenDraft) => void;
}

function ScreenFields(props: ScreenProps) {
  const { screen, format, prefix, idPrefix, error } = props;
  const set = (change: Partial<ScreenDraft>) => props.onChange({ ...props.screen, ...change });
  return (
    <div class="screen-fields">
      <Field id={`${idPrefix}-title`} label="Title" name={`${prefix}title`} value={screen.title} onInput={(title) => set({ title })} error={error} />
      <Field id={`${idPrefix}-body`} label="Body" name={`${prefix}body`} value={screen.body} onInput={(body) => set({ body })} error={error}
        multiline rows={5} hint="Markdown: **bold**, _italic_, [a link](https://example.com), lists." />
      <Field id={`${idPrefix}-media`} label="Image address (optional)" name={`${prefix}mediaUrl`} type="url"
        value={screen.mediaUrl} onInput={(mediaUrl) => set({ mediaUrl })} error={error} hint="An https:// address of an image shown at the top." />
      {format === "banner" && (
        <div class="inline-fields">
          <SelectField id={`${idPrefix}-position`} label="Position" name={`${prefix}position`} value={screen.position}
            options={[{ value: "top", label: "Top of the page" }, { value: "bottom", label: "Bottom of the page" }]}
            onChange={(position) => set({ position })} error={error} />
          <Check id={`${idPrefix}-dismissible`} label="People can close it for good" checked={screen.dismissible}
            onChange={(dismissible) => set({ dismissible })} />
          <Check id={`${idPrefix}-snoozable`} label="Offer a “Later” button" checked={screen.snoozable}
            onChange={(snoozable) => set({ snoozable })} />
        </div>
      )}
      {isAnchored(format) && (
        <Field id={`${idPrefix}-selector`} label="Element it points at (CSS selector)" name={`${prefix}selector`}
          value={screen.selector} onInput={(selector) => set({ selector })} error={error}
          hint="As your developers would write it, such as #inbox > li:first-child." />
      )}
      <ButtonsFields {...props} buttons={screen.buttons} onButtons={(buttons) => set({ buttons })} />
    </div>
  );
}

function ButtonsFields(props: ScreenProps & { buttons: ButtonDraft[]; onButtons: (buttons: ButtonDraft[]) => void }) {
  const { buttons, prefix, idPrefix, error } = props;
  const actions = buttonActions.filter((a) => props.inTour || a.id !== "next").map((a) => ({ value: a.id, label: a.label }));
  return (
    <div class="buttons-fields">
      {buttons.map((button, i) => {
        const label = props.labelPrefix ? `${props.labelPrefix}button ${i + 1}` : `Button ${i + 1}`;
        const path = `${prefix}buttons[${i}]`;
        const id = `${idPrefix}-button-${i}`;
        const set = (change: Partial<ButtonDraft>) => props.onButtons(replaceItem(buttons, i, { ...button, ...change }));
        return (
          <fieldset class="sub-fields">
            <legend>{label}{i === 0 ? " (main)" : ""}</legend>
            <div class="inline-fields">
              <Field id={`${id}-label`} label={`${label} label`} name={`${path}.label`} value={button.label}
                onInput={(text) => set({ label: text })} error={error} />
              <SelectField id={`${id}-action`} label={`${label} action`} name={`${path}.action`} value={button.action}
                options={actions} onChange={(action: ButtonAction) => set({ action })} error={error} />
            </div>
            {button.action === "url" && (
              <Field id={`${id}-url`} label={`${label} link`} name={`${path}.url`} type="url" value={button.url}
                onInput={(url) => set({ url })} error={error} />
            )}
            {button.action === "post" && (
              <SelectField id={`${id}-post`} label={`${label} post`} name={`${path}.postId`} value={button.postId}
                options={[{ value: "", label: "Choose a post…" }, ...props.posts]} onChange={(postId) => set({ postId })} error={error} />
            )}
            <button type="button" class="link" onClick={() => props.onButtons(removeItem(buttons, i))}>Remove {label.toLowerCase()}</button>
          </fieldset>
        );
      })}
      <p>
        <button type="button" class="secondary" disabled={buttons.length >= maxButtons}
          onClick={() => props.onButtons([...buttons, newButton()])}>
          {props.labelPrefix ? `Add a button to ${props.labelPrefix.trim().toLowerCase()}` : "Add button"}
        </button>{" "}
        <span class="hint">Up to two; the first is the main one.</span>
      </p>
    </div>
  );
}

interface StepsProps {
  steps: ScreenDraft[];
  onChange: (steps: ScreenDraft[]) => void;
  error: ApiError | null;
  posts: Option<string>[];
  onPreviewStep: (step: number) => void;
}

function StepsFields({ steps, onChange, error, posts, onPreviewStep }: StepsProps) {
  const move = (i: number, delta: number) => {
    onChange(moveItem(steps, i, delta));
    onPreviewStep(i + delta);
  };
  const formatOptions = stepFormats.map((f) => ({ value: f.id, label: f.name }));
  return (
    <div class="steps-fields">
      <h3>Steps</h3>
      <ol class="steps">
        {steps.map((step, i) => {
          const name = `Step ${i + 1}`;
          return (
            <li>
              <fieldset class="sub-fields">
                <legend>{name}</legend>
                <div class="step-tools">
                  <button type="button" class="secondary" onClick={() => onPreviewStep(i)}>Preview {name.toLowerCase()}</button>
                  <button type="button" class="secondary" disabled={i === 0} aria-label={`Move ${name.toLowerCase()} up`} onClick={() => move(i, -1)}>Move up</button>
                  <button type="button" class="secondary" disabled={i + 1 === steps.length} aria-label={`Move ${name.toLowerCase()} down`} onClick={() => move(i, 1)}>Move down</button>
                  <button type="button" class="secondary danger" disabled={steps.length === 1} aria-label={`Remove ${name.toLowerCase()}`}
                    onClick={() => onChange(removeItem(steps, i))}>Remove</button>
                </div>
                <SelectField id={`ix-step-${i}-format`} label={`${name} format`} name={`steps[${i}].format`} value={step.format}
                  options={formatOptions} onChange={(format: StepFormat) => onChange(replaceItem(steps, i, { ...step, format }))} error={error} />
                <ScreenFields screen={step} format={step.format} prefix={`steps[${i}].`} idPrefix={`ix-step-${i}`} labelPrefix={`${name} `}
                  inTour error={error} posts={posts} onChange={(screen) => onChange(replaceItem(steps, i, screen))} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" class="secondary" disabled={steps.length >= maxSteps}
        onClick={() => { onChange([...steps, newScreen("modal", `Step ${steps.length + 1}`)]); onPreviewStep(steps.length); }}>
        Add step
      </button>
    </div>
  );
}
