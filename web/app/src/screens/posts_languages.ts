// A post as its editor holds it: one version per language (the post's own first, then its
// variants), and the fields all languages share. Pure, so the rules are tested without a DOM.
import { ApiError, type FieldError } from "../api.js";

export interface Post {
  id: string;
  title: string;
  body: string;
  language: string;
  variants: Record<string, { title: string; body: string }>;
  category: string;
  labels: string[];
  coverImageUrl: string;
  slug: string;
  status: "draft" | "scheduled" | "published" | "archived";
  publishAt: string | null;
  version: number;
  updatedAt: string;
}

export const postsPath = (project: { id: string }) => `/api/v1/projects/${encodeURIComponent(project.id)}/posts`;

export interface Version {
  tag: string;
  title: string;
  body: string;
}

export interface Draft {
  versions: Version[]; // the post's own language first
  category: string;
  labels: string; // as typed: comma-separated
  coverImageUrl: string;
  slug: string;
}

export const maxVariants = 20;
const tagShape = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export function draftOf(post: Post): Draft {
  const variants = Object.entries(post.variants).map(([tag, v]) => ({ tag, title: v.title, body: v.body }));
  return {
    versions: [{ tag: post.language, title: post.title, body: post.body }, ...variants],
    category: post.category,
    labels: post.labels.join(", "),
    coverImageUrl: post.coverImageUrl,
    slug: post.slug,
  };
}

export const languagesOf = (post: Pick<Post, "language" | "variants">): string[] => [post.language, ...Object.keys(post.variants)];

// Why `tag` cannot name a version of `draft` (`except`, the version being renamed, aside);
// null when it can. Tags differing only in case name the same language.
export function tagProblem(draft: Draft, tag: string, except?: string): string | null {
  if (except === undefined && draft.versions.length > maxVariants) return `A post has at most ${maxVariants} other languages.`;
  if (!tag) return "Type a language tag, such as fr or pt-BR.";
  if (tag.length > 35 || !tagShape.test(tag)) return `“${tag}” is not a language tag: two or three letters, then parts such as -BR.`;
  const same = draft.versions.find((v) => v.tag !== except && v.tag.toLowerCase() === tag.toLowerCase());
  if (same) return same === draft.versions[0] ? `${same.tag} is the post's own language.` : `The post is already written in ${same.tag}.`;
  return null;
}

export function addVariant(draft: Draft, tag: string): Draft {
  return { ...draft, versions: [...draft.versions, { tag, title: "", body: "" }] };
}

export function removeVariant(draft: Draft, tag: string): Draft {
  return { ...draft, versions: draft.versions.filter((v, i) => i === 0 || v.tag !== tag) };
}

export function renameVersion(draft: Draft, from: string, to: string): Draft {
  return { ...draft, versions: draft.versions.map((v) => (v.tag === from ? { ...v, tag: to } : v)) };
}

export function editVersion(draft: Draft, tag: string, change: Partial<Pick<Version, "title" | "body">>): Draft {
  return { ...draft, versions: draft.versions.map((v) => (v.tag === tag ? { ...v, ...change } : v)) };
}

// Comma-separated labels: trimmed, empty ones and repeats dropped, the order kept.
export function labelsOf(text: string): string[] {
  const labels: string[] = [];
  for (const part of text.split(",")) {
    const label = part.trim();
    if (label && !labels.includes(label)) labels.push(label);
  }
  return labels;
}

// The whole post, for one PATCH: variants are replaced as a whole, so removed ones go.
export function patchOf(draft: Draft) {
  const [own, ...others] = draft.versions;
  return {
    language: own.tag,
    title: own.title,
    body: own.body,
    variants: Object.fromEntries(others.map((v) => [v.tag, { title: v.title, body: v.body }])),
    category: draft.category,
    labels: labelsOf(draft.labels),
    coverImageUrl: draft.coverImageUrl.trim(),
    slug: draft.slug.trim(),
  };
}

// The tag of the version a refused field belongs to ("variants.fr.title" → "fr"; the
// post's own title, body or language → its language); null for a shared field.
export function versionOfField(draft: Draft, field: string): string | null {
  if (field === "title" || field === "body" || field === "language") return draft.versions[0].tag;
  const match = /^variants\.([^.]+)/.exec(field);
  return match && draft.versions.some((v) => v.tag === match[1]) ? match[1] : null;
}

export const versionsWithErrors = (draft: Draft, errors: FieldError[]): Set<string> =>
  new Set(errors.map((e) => versionOfField(draft, e.field)).filter((tag): tag is string => tag !== null));

// The problem with its field names as the editor's fields are named: "labels[2]" is said
// at the labels, and "variants.fr" (a bad key) at that language's title.
export function problemForFields(problem: ApiError): ApiError {
  const errors = problem.errors.map(({ field, message }) => {
    const label = /^labels\[(\d+)\]$/.exec(field);
    if (label) return { field: "labels", message: `Label ${Number(label[1]) + 1} ${message}` };
    if (/^variants\.[^.]+$/.test(field)) return { field: `${field}.title`, message };
    return { field, message };
  });
  return new ApiError(problem.status, problem.title, problem.detail, errors, problem.requestId);
}
