import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { Confirm } from "../settings/confirm.js";
import type { Project } from "../types.js";
import { Field } from "../ui/form.js";
import { useRenderedMarkdown } from "../ui/markdown.js";
import type { Version } from "./posts_languages.js";

interface TagInputProps {
  id: string;
  label: string;
  action: string; // the button's label
  initial?: string;
  hint?: string;
  serverMessage?: string;
  onSubmit: (tag: string) => string | null; // why the tag is refused, or null once it is taken
}

// A language tag typed and then applied with its button or Enter; a refusal says why.
export function TagInput(props: TagInputProps) {
  const [text, setText] = useState(props.initial ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const message = problem ?? props.serverMessage;
  const apply = () => {
    const tag = text.trim();
    const refusal = tag === props.initial ? null : props.onSubmit(tag);
    setProblem(refusal);
    if (!refusal && props.initial === undefined) setText("");
  };
  return (
    <div class="field tag-input">
      <label for={props.id}>{props.label}</label>
      <div class="tag-row">
        <input id={props.id} value={text} autocomplete="off" spellcheck={false}
          aria-invalid={message ? "true" : undefined} aria-describedby={`${props.id}-note`}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); apply(); } }} />
        <button type="button" class="secondary" onClick={apply}>{props.action}</button>
      </div>
      <p id={`${props.id}-note`} class={message ? "field-error" : "hint"}>{message ?? props.hint}</p>
    </div>
  );
}

interface TabsProps {
  tags: string[];
  active: string;
  withErrors: Set<string>;
  onChoose: (tag: string) => void;
}

// The post's languages, its own first: one pressed at a time, its version shown below.
export function LanguageTabs({ tags, active, withErrors, onChoose }: TabsProps) {
  return (
    <div class="language-tabs" role="group" aria-label="Languages">
      {tags.map((tag, i) => (
        <button key={tag} type="button" class="secondary" aria-pressed={tag === active} data-tag={tag} onClick={() => onChoose(tag)}>
          {tag}
          {i === 0 && <span class="tab-note"> · own</span>}
          {withErrors.has(tag) && <><span class="tab-error" aria-hidden="true"> !</span><span class="visually-hidden"> (has an error)</span></>}
        </button>
      ))}
    </div>
  );
}

interface PanelProps {
  project: Project;
  version: Version;
  own: boolean; // the post's own language rather than a variant
  canWrite: boolean;
  error: ApiError | null;
  onEdit: (change: Partial<Version>) => void;
  onRename: (tag: string) => string | null;
  onRemove: () => void;
}

// One language's title and Markdown body, with the server's preview.
export function VersionPanel({ project, version, own, canWrite, error, onEdit, onRename, onRemove }: PanelProps) {
  const preview = useRenderedMarkdown(project, version.body);
  const name = own ? "" : `variants.${version.tag}.`;
  const fallback = typeof project.defaultLanguage === "string" ? ` (the project's default is ${project.defaultLanguage})` : "";
  return (
    <div class="version">
      <Field id="post-title" label="Title" name={`${name}title`} value={version.title} onInput={(title) => onEdit({ title })} error={error} />
      <div class="split">
        <Field id="post-body" label="Body (Markdown)" name={`${name}body`} multiline rows={16} value={version.body}
          onInput={(body) => onEdit({ body })} error={error} />
        <div class="preview">
          <p class="label">Preview</p>
          <div class="markdown" id="post-preview" lang={version.tag} dangerouslySetInnerHTML={{ __html: preview }} />
        </div>
      </div>
      {canWrite && (
        <div class="version-tools">
          <TagInput id="post-language" label="Language of this version" action="Change" initial={version.tag}
            hint={own ? `The post's own language${fallback}.` : "A tag such as fr or pt-BR."}
            serverMessage={own ? error?.fieldMessage("language") : undefined} onSubmit={onRename} />
          {!own && (
            <Confirm label={`Remove ${version.tag}`} quiet question={`Remove the ${version.tag} version?`} confirmLabel="Remove"
              onConfirm={async () => undefined} onDone={onRemove}>
              <p>Its title and body leave the post when you save it.</p>
            </Confirm>
          )}
        </div>
      )}
    </div>
  );
}
