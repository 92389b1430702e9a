// An interaction as the API answers it, as the editor holds it, and the body a create or a
// save sends (docs/openapi.yaml, Interaction and InteractionPatchRequest).
import type { FieldError } from "../api.js";
import type { TargetingJson } from "../targeting/rules.js";
import { isAnchored, type Format, type StepFormat } from "./formats.js";

export type ButtonAction = "url" | "next" | "close" | "post" | "widget";
export type Status = "draft" | "published" | "archived";

export interface ButtonJson {
  label: string;
  action: ButtonAction;
  url?: string;
  postId?: string;
}

export interface ScreenJson {
  format: StepFormat;
  title?: string;
  body: string;
  mediaUrl: string;
  buttons: ButtonJson[];
  position?: "top" | "bottom";
  dismissible?: boolean;
  snoozable?: boolean;
  selector?: string;
}

export interface Interaction extends Omit<ScreenJson, "format"> {
  id: string;
  projectId: string;
  name: string;
  format: Format;
  status: Status;
  postId: string | null;
  steps?: ScreenJson[];
  targeting: TargetingJson;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ButtonDraft {
  label: string;
  action: ButtonAction;
  url: string;
  postId: string;
}

export interface ScreenDraft {
  format: StepFormat;
  title: string;
  body: string;
  mediaUrl: string;
  buttons: ButtonDraft[];
  position: "top" | "bottom";
  dismissible: boolean;
  snoozable: boolean;
  selector: string;
}

export interface ContentDraft {
  name: string;
  format: Format;
  screen: ScreenDraft; // the interaction's own screen (a tour's steps are in `steps`)
  steps: ScreenDraft[];
  postId: string; // the post it boosts; "" for none
}

export const maxButtons = 2;
export const maxSteps = 20;

export const buttonActions: { id: ButtonAction; label: string }[] = [
  { id: "url", label: "Open a link" },
  { id: "close", label: "Close" },
  { id: "post", label: "Open a post" },
  { id: "widget", label: "Open the changelog" },
  { id: "next", label: "Go to the next step" },
];

export function newScreen(format: StepFormat, title = ""): ScreenDraft {
  return { format, title, body: "", mediaUrl: "", buttons: [], position: "top", dismissible: true, snoozable: false, selector: "" };
}

export function newButton(): ButtonDraft {
  return { label: "", action: "close", url: "", postId: "" };
}

function screenDraftOf(json: Partial<Omit<ScreenJson, "format">>, format: StepFormat): ScreenDraft {
  return {
    format,
    title: json.title ?? "",
    body: json.body ?? "",
    mediaUrl: json.mediaUrl ?? "",
    buttons: (json.buttons ?? []).map((b) => ({ label: b.label, action: b.action, url: b.url ?? "", postId: b.postId ?? "" })),
    position: json.position ?? "top",
    dismissible: json.dismissible ?? true,
    snoozable: json.snoozable ?? false,
    selector: json.selector ?? "",
  };
}

export function contentFromInteraction(ix: Interaction): ContentDraft {
  return {
    name: ix.name,
    format: ix.format,
    screen: screenDraftOf(ix, ix.format === "tour" ? "modal" : ix.format),
    steps: (ix.steps ?? []).map((step) => screenDraftOf(step, step.format)),
    postId: ix.postId ?? "",
  };
}

// What a new interaction of `format` starts with: enough for the preview to show something.
export function starterOf(format: Format): Record<string, unknown> {
  const name = `Untitled ${format}`;
  if (format === "tour") return { format, name, steps: [{ format: "modal", title: "Welcome! Here is a quick tour" }] };
  const titles: Record<StepFormat, string> = {
    modal: "Welcome aboard",
    snippet: "Did you know?",
    banner: "Something new is here",
    tooltip: "Try this",
    hotspot: "New here",
  };
  const anchor = isAnchored(format) ? { selector: "body" } : {};
  return { format, name, title: titles[format], ...anchor };
}

function buttonJson(button: ButtonDraft, path: string, errors: FieldError[]): ButtonJson {
  const label = button.label.trim();
  if (!label) errors.push({ field: `${path}.label`, message: "Give the button a label" });
  if (button.action === "url") {
    if (!button.url.trim()) errors.push({ field: `${path}.url`, message: "Enter the link, starting with https://" });
    return { label, action: "url", url: button.url.trim() };
  }
  if (button.action === "post") {
    if (!button.postId) errors.push({ field: `${path}.postId`, message: "Choose the post it opens" });
    return { label, action: "post", postId: button.postId };
  }
  return { label, action: button.action };
}

// One screen's fields; `prefix` is where the API names them ("" or "steps[2].").
function screenJson(screen: ScreenDraft, format: StepFormat, prefix: string, errors: FieldError[]): Record<string, unknown> {
  if (!screen.title.trim()) errors.push({ field: `${prefix}title`, message: "Give it a title" });
  const json: Record<string, unknown> = {
    title: screen.title.trim(),
    body: screen.body,
    mediaUrl: screen.mediaUrl.trim(),
    buttons: screen.buttons.map((b, i) => buttonJson(b, `${prefix}buttons[${i}]`, errors)),
  };
  if (format === "banner") Object.assign(json, { position: screen.position, dismissible: screen.dismissible, snoozable: screen.snoozable });
  if (isAnchored(format)) {
    if (!screen.selector.trim()) errors.push({ field: `${prefix}selector`, message: "Name the element it points at" });
    json.selector = screen.selector.trim();
  }
  return json;
}

// The content part of a save, and what is missing from it. A tour's own screen is left
// as stored: the widget shows only its steps.
export function contentBody(draft: ContentDraft): { body: Record<string, unknown>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const body: Record<string, unknown> = { name: draft.name.trim() || null, format: draft.format, postId: draft.postId || null };
  if (draft.format === "tour") {
    if (draft.steps.length === 0) errors.push({ field: "steps", message: "Add a step" });
    body.steps = draft.steps.map((step, i) => ({ format: step.format, ...screenJson(step, step.format, `steps[${i}].`, errors) }));
  } else {
    Object.assign(body, screenJson(draft.screen, draft.format, "", errors));
  }
  return { body, errors };
}

export function moveItem<T>(list: T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (to < 0 || to >= list.length) return list;
  const moved = [...list];
  [moved[index], moved[to]] = [moved[to], moved[index]];
  return moved;
}

export function replaceItem<T>(list: T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

export function removeItem<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
