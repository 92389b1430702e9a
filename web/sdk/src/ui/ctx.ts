// What the UI's parts share: where to draw, the current texts, and the core's callbacks.
import type { UiCallbacks } from "../types";
import type { Strings } from "./i18n";

// Something Esc can close; the last one opened is on top.
export interface Layer {
  el: HTMLElement;
  esc(): void;
  trap?: boolean; // a modal: Tab cycles inside it
}

export interface Ctx {
  root: HTMLElement;
  shadow: ShadowRoot;
  cb: UiCallbacks;
  t: Strings;
  lang: string;
  waitMs: number;
  left: boolean; // the launcher sits bottom-left
  launcher: boolean;
  addLayer(l: Layer): void;
  dropLayer(l: Layer): void;
  openFeed(postId?: string): void;
}
