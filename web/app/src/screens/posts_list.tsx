import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { useSession } from "../context.js";
import { navigate } from "../router.js";
import { atLeast, type Project } from "../types.js";
import { EmptyState, ErrorNote } from "../ui/form.js";
import { Pager, usePagedList } from "../ui/list.js";
import { languagesOf, postsPath, type Post } from "./posts_languages.js";
import "./posts.css";

// The changelog's posts, newest first, with their languages and labels.
export function PostList({ project }: { project: Project }) {
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
          <thead><tr><th>Title</th><th>Languages</th><th>Status</th><th>Updated</th></tr></thead>
          <tbody>
            {list.page.items.map((post) => (
              <tr>
                <td>
                  <a href={`#/projects/${encodeURIComponent(project.id)}/posts/${encodeURIComponent(post.id)}`}>{post.title}</a>
                  {post.labels.length > 0 && (
                    <ul class="post-labels" aria-label="Labels">{post.labels.map((label) => <li>{label}</li>)}</ul>
                  )}
                </td>
                <td class="post-languages">{languagesOf(post).join(" · ")}</td>
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
