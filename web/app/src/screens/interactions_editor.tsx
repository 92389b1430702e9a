// One interaction's editor: its content and targeting beside a live preview; Save guarded by
// the version read (If-Match), Publish and Unpublish, Delete. Viewers see it all read-only.
import { useEffect, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { contentBody, contentFromInteraction, type ContentDraft, type Interaction } from "../interactions/model.js";
import { navigate } from "../router.js";
import { localProblem } from "../targeting/problems.js";
import { buildTargeting, targetingFromJson, type TargetingDraft } from "../targeting/rules.js";
import { atLeast, type Project } from "../types.js";
import { ErrorNote } from "../ui/form.js";
import { ContentFields, usePostOptions } from "./interactions_content.js";
import { ConflictNote, ProblemSummary } from "./interactions_editing.js";
import { InteractionPreview } from "./interactions_preview.js";
import { TargetingFields } from "./interactions_targeting.js";

interface Props {
  project: Project;
  interactionId: string;
}

export function InteractionEditor({ project, interactionId }: Props) {
  const { api } = useSession();
  const listHref = `#/projects/${encodeURIComponent(project.id)}/interactions`;
  const path = `/api/v1/projects/${encodeURIComponent(project.id)}/interactions/${encodeURIComponent(interactionId)}`;
  const canWrite = atLeast(project.role, "editor");
  const posts = usePostOptions(project);
  const [stored, setStored] = useState<Interaction | null>(null);
  const [content, setContent] = useState<ContentDraft | null>(null);
  const [targeting, setTargeting] = useState<TargetingDraft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState(0);

  const adopt = (fresh: Interaction) => {
    setStored(fresh);
    setContent(contentFromInteraction(fresh));
    setTargeting(targetingFromJson(fresh.targeting));
    setError(null);
  };
  const load = () => api.get<Interaction>(path).then(adopt, setError);
  useEffect(() => void load(), [path]);

  // A write refused because someone else wrote first shows the conflict; others, the problem.
  const refused = (failure: unknown) => {
    const problem = failure as ApiError;
    if (problem.status === 412) setConflict(true);
    else setError(problem);
  };

  const save = async (overwrite = false): Promise<Interaction | null> => {
    if (!stored || !content || !targeting) return null;
    setNote("");
    const built = contentBody(content);
    const rules = buildTargeting(targeting);
    const problems = [...built.errors, ...rules.errors];
    if (problems.length > 0) {
      setError(localProblem(problems));
      return null;
    }
    setBusy(true);
    try {
      const answer = await api.patch<Interaction>(path, { ...built.body, targeting: rules.json }, overwrite ? null : `"${stored.version}"`);
      setStored(answer.body);
      setContent((typed) => typed && { ...typed, name: answer.body.name });
      setConflict(false);
      setError(null);
      setNote("Saved.");
      return answer.body;
    } catch (failure) {
      refused(failure);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const changeStatus = async (action: "publish" | "unpublish") => {
    const current = action === "publish" ? await save() : stored;
    if (!current) return;
    setBusy(true);
    try {
      const answer = await api.send<Interaction>("POST", `${path}/${action}`, undefined, `"${current.version}"`);
      setStored(answer.body);
      setNote(action === "publish" ? "Published: it shows to its audience now." : "Unpublished: back to draft.");
    } catch (failure) {
      refused(failure);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!stored || !window.confirm(`Delete “${stored.name}”? End-users will no longer see it.`)) return;
    try {
      await api.delete(path, `"${stored.version}"`);
      navigate({ screen: "project", projectId: project.id, tab: "interactions", itemId: null });
    } catch (failure) {
      refused(failure);
    }
  };

  if (!stored || !content || !targeting) return error ? <ErrorNote error={error} /> : <p>Loading…</p>;
  const published = stored.status === "published";
  return (
    <section class="editor ix-editor">
      <p><a href={listHref}>← Interactions</a></p>
      <div class="heading-row">
        <h1>{content.name || stored.name}</h1>
        <span class={`badge ${stored.status}`}>{stored.status}</span>
      </div>
      {canWrite ? (
        <div class="ix-bar">
          <button type="submit" form="ix-form" disabled={busy}>Save</button>
          {published ? (
            <button type="button" class="secondary" disabled={busy} onClick={() => void changeStatus("unpublish")}>Unpublish</button>
          ) : (
            <button type="button" disabled={busy} onClick={() => void changeStatus("publish")}>Publish</button>
          )}
          <button type="button" class="secondary danger" disabled={busy} onClick={() => void remove()}>Delete</button>
          <span role="status" class="meta">{note}</span>
        </div>
      ) : (
        <p class="hint">You can read this interaction; editors and admins change it.</p>
      )}
      {conflict && (
        <ConflictNote what="interaction" onReload={() => void load().then(() => setConflict(false))} onOverwrite={() => void save(true)} />
      )}
      <ProblemSummary error={error} />
      <div class="ix-layout">
        <form id="ix-form" class="ix-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <fieldset disabled={!canWrite}>
            <ContentFields content={content} storedFormat={stored.format} onChange={setContent} error={error} posts={posts}
              onPreviewStep={setStep} />
            <TargetingFields project={project} draft={targeting} onChange={setTargeting} error={error} />
          </fieldset>
        </form>
        <aside class="ix-aside" aria-label="Preview">
          <InteractionPreview project={project} content={content} step={step} onStep={setStep} />
        </aside>
      </div>
    </section>
  );
}
