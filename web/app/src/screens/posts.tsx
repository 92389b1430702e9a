import { PostEditor } from "./posts_editor.js";
import { PostList } from "./posts_list.js";
import type { ProjectScreenProps } from "./registry.js";

// The changelog's posts: the list, and one post's editor when the route names it.
export function Posts({ project, itemId }: ProjectScreenProps) {
  return itemId ? <PostEditor project={project} postId={itemId} /> : <PostList project={project} />;
}
