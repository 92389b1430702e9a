// What the widget API would send the SDK for the screen being edited: the maker's draft in
// the SDK's own Screen shape, with the body as the server renders it.
import type { Screen } from "../../../sdk/src/types.js";
import type { ContentDraft, ScreenDraft } from "./model.js";

export interface SceneScreen {
  screen: Screen;
  step: [number, number] | null; // a tour's step index and count
  dismissible: boolean;
}

// The screens the preview can show: a tour's steps, or the interaction's own screen.
export function screensOf(content: ContentDraft): ScreenDraft[] {
  if (content.format === "tour") return content.steps;
  return [{ ...content.screen, format: content.format }];
}

export function sceneOf(content: ContentDraft, step: number, bodyHtml: string): SceneScreen | null {
  const screens = screensOf(content);
  if (screens.length === 0) return null;
  const index = Math.max(0, Math.min(step, screens.length - 1));
  const s = screens[index];
  const banner = s.format === "banner";
  const screen: Screen = {
    format: s.format,
    title: s.title.trim() || undefined,
    bodyHtml,
    mediaUrl: s.mediaUrl.trim() || undefined,
    buttons: s.buttons.map((b) => ({ label: b.label, action: b.action, url: b.url || undefined, postId: b.postId || undefined })),
    position: banner ? s.position : undefined,
    dismissible: banner ? s.dismissible : undefined,
    snoozable: banner ? s.snoozable : undefined,
    selector: s.format === "tooltip" || s.format === "hotspot" ? s.selector : undefined,
  };
  return {
    screen,
    step: content.format === "tour" ? [index, screens.length] : null,
    dismissible: banner ? s.dismissible : true,
  };
}
