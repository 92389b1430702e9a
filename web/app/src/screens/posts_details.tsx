import { useState } from "preact/hooks";
import type { ApiError } from "../api.js";
import { Field } from "../ui/form.js";
import type { Draft } from "./posts_languages.js";

interface Props {
  draft: Draft;
  error: ApiError | null;
  onChange: (edit: (current: Draft) => Draft) => void;
}

// What every language of the post shares: category, labels, cover image and slug.
export function PostDetails({ draft, error, onChange }: Props) {
  const set = (key: "category" | "labels" | "coverImageUrl" | "slug") => (value: string) =>
    onChange((current) => ({ ...current, [key]: value }));
  return (
    <div class="post-details">
      <h2>In every language</h2>
      <Field id="post-category" label="Category" name="category" value={draft.category} onInput={set("category")} error={error}
        hint="Optional, such as “New” or “Fixed”." />
      <Field id="post-labels" label="Labels" name="labels" value={draft.labels} onInput={set("labels")} error={error}
        hint="Separated by commas; at most 10, each up to 50 characters." />
      <Field id="post-cover" label="Cover image URL" name="coverImageUrl" type="url" value={draft.coverImageUrl}
        onInput={set("coverImageUrl")} error={error} hint="An https address; empty for none." />
      <CoverPreview url={draft.coverImageUrl.trim()} />
      <Field id="post-slug" label="Slug" name="slug" value={draft.slug} onInput={set("slug")} error={error}
        hint="In the changelog's address: lowercase letters, digits and “-” (not first or last), at most 80." />
    </div>
  );
}

// The dashboard shows https images only, as the changelog's readers will.
function CoverPreview({ url }: { url: string }) {
  const [failed, setFailed] = useState("");
  if (!/^https:\/\/./i.test(url)) return null;
  if (failed === url) return <p class="meta cover-note">The image could not be loaded.</p>;
  return <img class="post-cover" src={url} alt="Cover preview" onError={() => setFailed(url)} />;
}
