import { useEffect, useRef, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { atLeast, type Project } from "../types.js";
import { ErrorNote, Field, focusFirstNamed } from "../ui/form.js";
import { PostDetails } from "./posts_details.js";
import {
  addVariant, draftOf, editVersion, patchOf, problemForFields, removeVariant, renameVersion, tagProblem,
  postsPath, versionsWithErrors, type Draft, type Post,
} from "./posts_languages.js";
import { LanguageTabs, TagInput, VersionPanel } from "./posts_versions.js";
import "./posts.css";

// One post in all its languages, saved whole, guarded by the version it was read at.
export function PostEditor({ project, postId }: { project: Project; postId: string }) {
  const { api } = useSession();
  const path = `${postsPath(project)}/${encodeURIComponent(postId)}`;
  const canWrite = atLeast(project.role, "editor");
  const form = useRef<HTMLFormElement>(null);
  const [post, setPost] = useState<Post | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [tab, setTab] = useState("");
  const [publishAt, setPublishAt] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState("");
  const latest = useRef(draft);
  latest.current = draft;

  const adopt = (fresh: Post) => {
    setPost(fresh);
    setDraft(draftOf(fresh));
  };
  const load = () => api.send<Post>("GET", path).then((answer) => adopt(answer.body), setError);
  useEffect(() => void load(), [path]);

  if (!post || !draft) return error ? <ErrorNote error={error} /> : <p>Loading…</p>;
  const active = draft.versions.find((v) => v.tag === tab) ?? draft.versions[0];
  const withErrors = versionsWithErrors(draft, error?.errors ?? []);

  const refuse = (failure: ApiError) => {
    const problem = problemForFields(failure);
    setError(problem);
    const tags = versionsWithErrors(draft, problem.errors);
    if (tags.size > 0 && !tags.has(active.tag)) setTab([...tags][0]);
    if (form.current) focusFirstNamed(form.current, problem);
  };

  // Saves what is typed. Guarded by the version read, so someone else's save is never
  // overwritten unknowingly; `overwrite` is the maker's answer to that conflict.
  const save = async (overwrite = false): Promise<Post | null> => {
    setSaved("");
    const sent = draft;
    try {
      const answer = await api.patch<Post>(path, patchOf(sent), overwrite ? null : `"${post.version}"`);
      setPost(answer.body);
      if (latest.current === sent) setDraft(draftOf(answer.body)); // as stored: labels deduplicated
      setConflict(false);
      setError(null);
      setSaved("Saved.");
      return answer.body;
    } catch (failure) {
      if ((failure as ApiError).status === 412) setConflict(true);
      else refuse(failure as ApiError);
      return null;
    }
  };

  const publish = async () => {
    const current = await save();
    if (!current) return;
    try {
      const when = publishAt ? new Date(publishAt).toISOString() : null;
      const answer = await api.send<Post>("POST", `${path}/publish`, { publishAt: when }, `"${current.version}"`);
      setPost(answer.body);
      setSaved(answer.body.status === "scheduled" ? "Scheduled." : "Published.");
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  const change = (edit: (current: Draft) => Draft) => setDraft((current) => current && edit(current));
  const add = (tag: string) => {
    const problem = tagProblem(draft, tag);
    if (problem) return problem;
    change((current) => addVariant(current, tag));
    setTab(tag);
    setTimeout(() => document.getElementById("post-title")?.focus());
    return null;
  };
  const rename = (tag: string) => {
    const problem = tagProblem(draft, tag, active.tag);
    if (problem) return problem;
    change((current) => renameVersion(current, active.tag, tag));
    setTab(tag);
    return null;
  };

  return (
    <section class="editor">
      <p><a href={`#/projects/${encodeURIComponent(project.id)}/posts`}>← Posts</a></p>
      <div class="heading-row">
        <h1>{draft.versions[0].title || "Untitled post"}</h1>
        <span class={`badge ${post.status}`}>{post.status}</span>
      </div>
      {conflict && (
        <div class="conflict" role="alert">
          This post was changed by someone else since you opened it.{" "}
          <button type="button" class="secondary" onClick={() => void load().then(() => setConflict(false))}>Reload theirs</button>{" "}
          <button type="button" onClick={() => void save(true)}>Overwrite with mine</button>
        </div>
      )}
      <form ref={form} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <div class="language-bar">
          <LanguageTabs tags={draft.versions.map((v) => v.tag)} active={active.tag} withErrors={withErrors} onChoose={setTab} />
          {canWrite && <TagInput id="post-add-language" label="Add a language" action="Add" hint="A tag such as fr or pt-BR." onSubmit={add} />}
        </div>
        <fieldset disabled={!canWrite}>
          <VersionPanel key={active.tag} project={project} version={active} own={active === draft.versions[0]} canWrite={canWrite}
            error={error} onEdit={(edit) => change((current) => editVersion(current, active.tag, edit))} onRename={rename}
            onRemove={() => change((current) => removeVariant(current, active.tag))} />
          <PostDetails draft={draft} error={error} onChange={change} />
          <Field id="post-publish-at" label="Publish at (leave empty for now)" name="publishAt" type="datetime-local"
            value={publishAt} onInput={setPublishAt} error={error} />
          <div class="actions">
            <button type="submit" class="secondary">Save draft</button>
            <button type="button" onClick={() => void publish()}>{publishAt ? "Schedule" : "Publish"}</button>
            <span role="status" class="meta">{saved}</span>
          </div>
        </fieldset>
      </form>
      <ErrorNote error={error} />
    </section>
  );
}
