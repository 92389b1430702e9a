import { test } from "node:test";
import assert from "node:assert/strict";
import { ApiError } from "../src/api.js";
import {
  addVariant, draftOf, editVersion, labelsOf, languagesOf, patchOf, problemForFields, removeVariant, renameVersion,
  tagProblem, versionOfField, versionsWithErrors, type Post,
} from "../src/screens/posts_languages.js";

const post: Post = {
  id: "p1",
  title: "Dark mode is here",
  body: "Switch it on.",
  language: "en",
  variants: { fr: { title: "Le mode sombre", body: "Activez-le." }, "pt-BR": { title: "Modo escuro", body: "" } },
  category: "New",
  labels: ["ui", "themes"],
  coverImageUrl: "https://example.com/dark.png",
  slug: "dark-mode-is-here",
  status: "draft",
  publishAt: null,
  version: 3,
  updatedAt: "2025-01-01T00:00:00Z",
};

test("a post is edited as its own language first, then its variants in their order", () => {
  const draft = draftOf(post);
  assert.deepEqual(draft.versions.map((v) => v.tag), ["en", "fr", "pt-BR"]);
  assert.equal(draft.labels, "ui, themes");
  assert.deepEqual(languagesOf(post), ["en", "fr", "pt-BR"]);
});

test("an untouched draft saves the post as it was read", () => {
  assert.deepEqual(patchOf(draftOf(post)), {
    language: "en",
    title: post.title,
    body: post.body,
    variants: post.variants,
    category: "New",
    labels: ["ui", "themes"],
    coverImageUrl: "https://example.com/dark.png",
    slug: "dark-mode-is-here",
  });
});

test("a language tag is checked for shape, and for a language the post already has", () => {
  const draft = draftOf(post);
  assert.equal(tagProblem(draft, "de"), null);
  assert.equal(tagProblem(draft, "zh-Hant-TW"), null);
  assert.match(tagProblem(draft, "") ?? "", /Type a language tag/);
  assert.match(tagProblem(draft, "french") ?? "", /not a language tag/);
  assert.match(tagProblem(draft, "f") ?? "", /not a language tag/);
  assert.match(tagProblem(draft, "fr_CA") ?? "", /not a language tag/);
  assert.match(tagProblem(draft, "en-" + "a".repeat(8) + "-b".repeat(13)) ?? "", /not a language tag/, "longer than 35");
  assert.match(tagProblem(draft, "EN") ?? "", /post's own language/);
  assert.match(tagProblem(draft, "pt-br") ?? "", /already written in pt-BR/);
});

test("renaming a version may keep its own tag in another case, never take another's", () => {
  const draft = draftOf(post);
  assert.equal(tagProblem(draft, "FR", "fr"), null);
  assert.match(tagProblem(draft, "en", "fr") ?? "", /own language/);
  assert.equal(tagProblem(draft, "en-GB", "en"), null);
  const renamed = renameVersion(draft, "en", "en-GB");
  assert.equal(patchOf(renamed).language, "en-GB");
  assert.equal(patchOf(renamed).title, post.title);
});

test("at most 20 variants can be added", () => {
  let draft = draftOf({ ...post, variants: {} });
  for (let i = 0; i < 20; i++) draft = addVariant(draft, `x${String.fromCharCode(97 + i)}`);
  assert.match(tagProblem(draft, "fr") ?? "", /at most 20/);
  assert.equal(tagProblem(draft, "fr", "xa"), null, "a rename adds none");
});

test("added and removed variants are in the one PATCH, the post's own language never removed", () => {
  let draft = addVariant(draftOf(post), "de");
  draft = editVersion(draft, "de", { title: "Dunkelmodus" });
  draft = removeVariant(draft, "fr");
  draft = removeVariant(draft, "en");
  assert.deepEqual(patchOf(draft).variants, { "pt-BR": { title: "Modo escuro", body: "" }, de: { title: "Dunkelmodus", body: "" } });
  assert.equal(patchOf(draft).language, "en");
});

test("editing one language leaves the others as typed", () => {
  const draft = editVersion(editVersion(draftOf(post), "fr", { body: "Nouveau" }), "en", { title: "Dark" });
  assert.deepEqual(patchOf(draft).variants.fr, { title: "Le mode sombre", body: "Nouveau" });
  assert.equal(patchOf(draft).title, "Dark");
  assert.equal(patchOf(draft).body, "Switch it on.");
});

test("labels are comma-separated, trimmed, empty ones and repeats dropped, the order kept", () => {
  assert.deepEqual(labelsOf(" ui, themes,,ui , dark mode ,"), ["ui", "themes", "dark mode"]);
  assert.deepEqual(labelsOf(""), []);
  assert.deepEqual(patchOf({ ...draftOf(post), labels: "b, a, b", coverImageUrl: "  ", slug: " s " }).labels, ["b", "a"]);
  assert.equal(patchOf({ ...draftOf(post), coverImageUrl: "  " }).coverImageUrl, "");
});

test("a refused field is shown in its language's tab", () => {
  const draft = draftOf(post);
  assert.equal(versionOfField(draft, "title"), "en");
  assert.equal(versionOfField(draft, "language"), "en");
  assert.equal(versionOfField(draft, "variants.fr.title"), "fr");
  assert.equal(versionOfField(draft, "variants.pt-BR.body"), "pt-BR");
  assert.equal(versionOfField(draft, "variants.de.title"), null, "not a version of this draft");
  assert.equal(versionOfField(draft, "labels"), null);
  assert.equal(versionOfField(draft, "variants"), null);
  const errors = [{ field: "variants.fr.title", message: "x" }, { field: "slug", message: "y" }];
  assert.deepEqual([...versionsWithErrors(draft, errors)], ["fr"]);
});

test("a problem's field names are said where the editor's fields are", () => {
  const problem = new ApiError(400, "Invalid request", "", [
    { field: "labels[2]", message: "must be at most 50 characters" },
    { field: "variants.fr", message: "must be keyed by a language tag" },
    { field: "variants.de.title", message: "must be at most 200 characters" },
  ], "req-1");
  const shown = problemForFields(problem);
  assert.equal(shown.fieldMessage("labels"), "Label 3 must be at most 50 characters");
  assert.equal(shown.fieldMessage("variants.fr.title"), "must be keyed by a language tag");
  assert.equal(shown.fieldMessage("variants.de.title"), "must be at most 200 characters");
  assert.equal(shown.requestId, "req-1");
  assert.equal(shown.status, 400);
});
