import { useEffect, useState } from "preact/hooks";
import { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { navigate } from "../router.js";
import { atLeast, type Project } from "../types.js";
import { EmptyState, ErrorNote, Field } from "../ui/form.js";
import { Pager, usePagedList } from "../ui/list.js";
import { useRenderedMarkdown } from "../ui/markdown.js";
import type { ProjectScreenProps } from "./registry.js";

interface Post {
  id: string;
  title: string;
  body: string;
  category: string;
  status: "draft" | "scheduled" | "published" | "archived";
  publishAt: string | null;
  version: number;
  updatedAt: string;
}

const postsPath = (project: Project) => `/api/v1/projects/${encodeURIComponent(project.id)}/posts`;

// The changelog's posts: the list, and one post's editor when the route names it.
export function Posts({ project, itemId }: ProjectScreenProps) {
  return itemId ? <PostEditor project={project} postId={itemId} /> : <PostList project={project} />;
}

function PostList({ project }: { project: Project }) {
  const { api } = useSession();
  const list = usePagedList<Post>(postsPath(project));
  const canWrite = atLeast(project.role, "editor");
  const [error, setError] = useState<ApiError | null>(null);

  const create = async () => {
    try {
      const post = await api.post<Post>(postsPath(project), { title: "Untitled post" });
      navigate({ screen: "project", projectId: project.id, tab: "posts", itemId: post.id });
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  return (
    <section>
      <div class="heading-row">
        <h1>Posts</h1>
        {canWrite && <button type="button" onClick={create}>New post</button>}
      </div>
      <ErrorNote error={error ?? list.error} />
      {list.page && list.page.items.length === 0 && (
        <EmptyState title="No post yet.">
          <p>Posts are your changelog: what is new, what changed. {canWrite ? "Write the first one with “New post”." : "Editors write them."}</p>
        </EmptyState>
      )}
      {list.page && list.page.items.length > 0 && (
        <table class="list">
          <thead><tr><th>Title</th><th>Status</th><th>Updated</th></tr></thead>
          <tbody>
            {list.page.items.map((post) => (
              <tr>
                <td><a href={`#/projects/${encodeURIComponent(project.id)}/posts/${encodeURIComponent(post.id)}`}>{post.title}</a></td>
                <td><span class={`badge ${post.status}`}>{post.status}</span></td>
                <td>{new Date(post.updatedAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager {...list} />
    </section>
  );
}

function PostEditor({ project, postId }: { project: Project; postId: string }) {
  const { api } = useSession();
  const path = `${postsPath(project)}/${encodeURIComponent(postId)}`;
  const canWrite = atLeast(project.role, "editor");
  const [post, setPost] = useState<Post | null>(null);
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [category, setCategory] = useState("");
  const [publishAt, setPublishAt] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState("");
  const preview = useRenderedMarkdown(project, body);

  const adopt = (fresh: Post) => {
    setPost(fresh);
    setTitle(fresh.title);
    setBody(fresh.body);
    setCategory(fresh.category);
  };
  const load = () => api.send<Post>("GET", path).then((answer) => adopt(answer.body), setError);
  useEffect(() => void load(), [path]);

  // Saves what is typed. Guarded by the version read, so someone else's save is never
  // overwritten unknowingly; `overwrite` is the maker's answer to that conflict.
  const save = async (overwrite = false): Promise<Post | null> => {
    if (!post) return null;
    setSaved("");
    try {
      const answer = await api.patch<Post>(path, { title, body, category }, overwrite ? null : `"${post.version}"`);
      setPost(answer.body);
      setConflict(false);
      setError(null);
      setSaved("Saved.");
      return answer.body;
    } catch (failure) {
      const problem = failure as ApiError;
      if (problem.status === 412) setConflict(true);
      else setError(problem);
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

  if (!post) return error ? <ErrorNote error={error} /> : <p>Loading…</p>;
  return (
    <section class="editor">
      <p><a href={`#/projects/${encodeURIComponent(project.id)}/posts`}>← Posts</a></p>
      <div class="heading-row">
        <h1>{title || "Untitled post"}</h1>
        <span class={`badge ${post.status}`}>{post.status}</span>
      </div>
      {conflict && (
        <div class="conflict" role="alert">
          This post was changed by someone else since you opened it.{" "}
          <button type="button" class="secondary" onClick={() => void load().then(() => setConflict(false))}>Reload theirs</button>{" "}
          <button type="button" onClick={() => void save(true)}>Overwrite with mine</button>
        </div>
      )}
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset disabled={!canWrite}>
          <Field id="post-title" label="Title" name="title" value={title} onInput={setTitle} error={error} />
          <div class="split">
            <Field id="post-body" label="Body (Markdown)" name="body" multiline rows={16} value={body} onInput={setBody} error={error} />
            <div class="preview">
              <p class="label">Preview</p>
              <div class="markdown" id="post-preview" dangerouslySetInnerHTML={{ __html: preview }} />
            </div>
          </div>
          <Field id="post-category" label="Category" name="category" value={category} onInput={setCategory} error={error}
            hint="Optional, such as “New” or “Fixed”." />
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
