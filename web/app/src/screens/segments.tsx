import { useEffect, useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { navigate } from "../router.js";
import { newCondition } from "../targeting/conditions.js";
import { buildGroups, conditionPath, groupsFromJson, type Groups } from "../targeting/groups.js";
import { localProblem } from "../targeting/problems.js";
import { atLeast, type Project } from "../types.js";
import { EmptyState, ErrorNote, Field } from "../ui/form.js";
import { Pager, usePagedList } from "../ui/list.js";
import { ConflictNote, ProblemSummary } from "./interactions_editing.js";
import type { ProjectScreenProps } from "./registry.js";
import { ConditionsBuilder } from "./segments_builder.js";
import { MatchCount, useMatchCount } from "./segments_count.js";

export interface Segment {
  id: string;
  name: string;
  description: string;
  conditions: unknown;
  version: number;
  updatedAt: string;
}

export const segmentsPath = (project: Project) => `/api/v1/projects/${encodeURIComponent(project.id)}/segments`;
const newId = "new";

// Saved groups of conditions on end-users, which interactions' audiences name.
export function Segments({ project, itemId }: ProjectScreenProps) {
  return itemId ? <SegmentEditor project={project} segmentId={itemId} /> : <SegmentList project={project} />;
}

const open = (project: Project, id: string | null) =>
  navigate({ screen: "project", projectId: project.id, tab: "segments", itemId: id });

function SegmentList({ project }: { project: Project }) {
  const list = usePagedList<Segment>(segmentsPath(project));
  const canWrite = atLeast(project.role, "editor");
  return (
    <section>
      <div class="heading-row">
        <h1>Segments</h1>
        {canWrite && <button type="button" onClick={() => open(project, newId)}>New segment</button>}
      </div>
      <ErrorNote error={list.error} />
      {list.page && list.page.items.length === 0 && (
        <EmptyState title="No segment yet.">
          <p>
            A segment is a saved group of people, such as “trial users in France”, that interactions can target.{" "}
            {canWrite ? "Build the first one with “New segment”." : "Editors build them."}
          </p>
        </EmptyState>
      )}
      {list.page && list.page.items.length > 0 && (
        <table class="list">
          <thead><tr><th>Name</th><th>Description</th><th>Updated</th></tr></thead>
          <tbody>
            {list.page.items.map((segment) => (
              <tr>
                <td><a href={`#/projects/${encodeURIComponent(project.id)}/segments/${encodeURIComponent(segment.id)}`}>{segment.name}</a></td>
                <td>{segment.description}</td>
                <td>{new Date(segment.updatedAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager {...list} />
    </section>
  );
}

function SegmentEditor({ project, segmentId }: { project: Project; segmentId: string }) {
  const { api } = useSession();
  const creating = segmentId === newId;
  const path = `${segmentsPath(project)}/${encodeURIComponent(segmentId)}`;
  const canWrite = atLeast(project.role, "editor");
  const [segment, setSegment] = useState<Segment | null>(null);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [groups, setGroups] = useState<Groups>([[newCondition()]]);
  const [kept, setKept] = useState<unknown>(null); // conditions too nested for the builder
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState("");
  const built = buildGroups(groups);
  const count = useMatchCount(project, kept ?? built.json);

  const adopt = (fresh: Segment) => {
    setSegment(fresh);
    setName(fresh.name);
    setDescription(fresh.description);
    const read = groupsFromJson(fresh.conditions);
    setGroups(read ?? []);
    setKept(read ? null : fresh.conditions);
  };
  const load = () => api.get<Segment>(path).then(adopt, setError);
  useEffect(() => void (creating || load()), [path]);

  const save = async (overwrite = false) => {
    setSaved("");
    const problems = built.problems.map((p) => ({
      field: `${conditionPath("conditions", groups.length, p.group, p.index)}.${p.part}`,
      message: p.message,
    }));
    if (!name.trim()) problems.unshift({ field: "name", message: "Give the segment a name" });
    if (!kept && groups.length === 0) problems.push({ field: "conditions", message: "Add a condition" });
    if (problems.length > 0) return setError(localProblem(problems));
    const body = { name: name.trim(), description, conditions: kept ?? built.json };
    try {
      if (creating) {
        const created = await api.post<Segment>(segmentsPath(project), body);
        return open(project, created.id);
      }
      const answer = await api.patch<Segment>(path, body, overwrite || !segment ? null : `"${segment.version}"`);
      setSegment(answer.body);
      setConflict(false);
      setError(null);
      setSaved("Saved.");
    } catch (failure) {
      const problem = failure as ApiError;
      if (problem.status === 412) setConflict(true);
      else setError(problem);
    }
  };

  const remove = async () => {
    if (!segment || !window.confirm(`Delete the segment “${segment.name}”?`)) return;
    try {
      await api.delete(path, `"${segment.version}"`);
      open(project, null);
    } catch (failure) {
      const problem = failure as ApiError;
      if (problem.status === 412) setConflict(true);
      else setError(problem);
    }
  };

  if (!creating && !segment) return error ? <ErrorNote error={error} /> : <p>Loading…</p>;
  return (
    <section class="editor segment-editor">
      <p><a href={`#/projects/${encodeURIComponent(project.id)}/segments`}>← Segments</a></p>
      <h1>{creating ? "New segment" : name || "Segment"}</h1>
      {conflict && (
        <ConflictNote what="segment" onReload={() => void load().then(() => setConflict(false))} onOverwrite={() => void save(true)} />
      )}
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset disabled={!canWrite}>
          <Field id="segment-name" label="Name" name="name" value={name} onInput={setName} error={error} required />
          <Field id="segment-description" label="Description" name="description" value={description} onInput={setDescription}
            error={error} multiline rows={2} hint="Optional: who these people are, for your team." />
          <h2>Who is in it</h2>
          {kept ? (
            <KeptConditions conditions={kept} onRestart={() => { setKept(null); setGroups([[newCondition()]]); }} />
          ) : (
            <ConditionsBuilder groups={groups} onChange={setGroups} root="conditions" error={error} idPrefix="segment-condition" />
          )}
          <MatchCount state={count} waiting="Finish the conditions to see how many known users match." />
          <ProblemSummary error={error} />
          {canWrite && (
            <div class="actions">
              <button type="submit">Save</button>
              {!creating && <button type="button" class="secondary danger" onClick={() => void remove()}>Delete</button>}
              <span role="status" class="meta">{saved}</span>
            </div>
          )}
        </fieldset>
      </form>
    </section>
  );
}

// Conditions written through the API that nest deeper than the builder shows: kept as they
// are unless the maker starts over.
export function KeptConditions(props: { conditions: unknown; onRestart: () => void }) {
  return (
    <div class="kept">
      <p>These conditions nest groups more deeply than this editor shows. They are kept as they are when you save.</p>
      <pre class="snippet">{JSON.stringify(props.conditions, null, 2)}</pre>
      <button type="button" class="secondary" onClick={props.onRestart}>Start over with new conditions</button>
    </div>
  );
}
