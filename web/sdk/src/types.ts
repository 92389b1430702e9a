// The shapes the widget API sends and receives (docs/sdk.md), and the contract between the
// SDK's core and its UI.

export interface ViewedEntry {
  id: string;
  times: number;
  lastShownAt: number; // epoch ms
}

export interface WidgetState {
  viewed: ViewedEntry[];
  forbidden: string[];
  lastOpenedAt: number | null; // epoch ms
}

export interface Post {
  id: string;
  slug: string;
  title: string;
  html: string;
  summary: string;
  category: string;
  labels: string[];
  coverImageUrl: string;
  publishedAt: number;
  url: string;
  reactions: Record<string, number>;
  mine: string[];
}

export interface Button {
  label: string;
  action: "url" | "next" | "close" | "post" | "widget";
  url?: string;
  postId?: string;
}

export interface Trigger {
  type: "page_load" | "click" | "manual" | "event";
  delayMs?: number;
  selector?: string;
  event?: string;
}

// One screen: an interaction, or one step of a tour.
export interface Screen {
  format: "modal" | "snippet" | "banner" | "tooltip" | "hotspot";
  title?: string;
  bodyHtml?: string; // rendered safe by the server
  mediaUrl?: string;
  buttons?: Button[];
  position?: string;
  dismissible?: boolean;
  snoozable?: boolean;
  selector?: string;
}

export interface Interaction extends Omit<Screen, "format"> {
  id: string;
  format: Screen["format"] | "tour";
  steps?: Screen[];
  postId: string | null;
  trigger?: Trigger;
  priority?: number;
}

export interface Look {
  accentColor: string;
  position: "bottom-right" | "bottom-left";
  launcher: boolean;
  badgeMessage: { text: string; repeat: "once" | "daily" | "weekly" | "always" };
}

export type ConsentMode = "always" | "host" | "never";

export interface BootAnswer {
  token: string;
  user: { id: string | null; anonymousId: string; attributes: Record<string, unknown> };
  language: string;
  unreadCount: number;
  feed: { posts: Post[]; next: string | null };
  interactions: Interaction[];
  state: WidgetState;
  project: { name: string; consentMode: ConsentMode; look: Look };
}

// How a shown interaction ended, as the UI reports it to the core.
//   closed     the close control or Esc: seen, recurrence decides whether it comes back
//   dismissed  "Don't show again" (or a dismissible banner's close): never again
//   completed  a call to action was followed, or the last tour step was done
//   snoozed    a snoozable banner's "Later": gone for this page only
export type Outcome = "closed" | "dismissed" | "completed" | "snoozed";

// What the UI asks of the core.
export interface UiCallbacks {
  // The feed was opened (the core sets last-opened state and clears the unread badge).
  feedOpened(): void;
  feedClosed(): void;
  // Loads the next page of the feed; resolves to the posts added (empty at the end).
  loadMorePosts(): Promise<Post[]>;
  react(postId: string, reaction: string, on: boolean): Promise<Post | null>;
  // The interaction (or a tour step) became visible.
  shown(interaction: Interaction, step: number): void;
  ended(interaction: Interaction, outcome: Outcome, step: number): void;
  // One of the screen's own buttons was pressed (index 0 is the primary one), before
  // what it does; absent from a UI host that does not count clicks.
  clicked?(interaction: Interaction, index: number, step: number): void;
  // A selector matched nothing within the wait limit.
  targetMissing(interaction: Interaction, selector: string, step: number): void;
  badgeMessageShown(): void;
}

export interface UiOptions {
  look: Look;
  language: string; // the language texts are chosen for
  projectName: string;
  callbacks: UiCallbacks;
  // Where a button of action "post" or "widget" leads: the feed, opened on that post.
  // How long a selector may match nothing before targetMissing (ms); 5000 when absent.
  targetWaitMs?: number;
}

// The UI the core drives. One instance per boot; destroy() leaves the host page as it was.
export interface Ui {
  setUnread(count: number): void;
  setPosts(posts: Post[], hasMore: boolean): void;
  updatePost(post: Post): void;
  openFeed(postId?: string): void;
  closeFeed(): void;
  isFeedOpen(): boolean;
  showBadgeMessage(text: string): void;
  // Shows the interaction now (the core has already decided it should show); the UI
  // reports what happens through the callbacks.
  show(interaction: Interaction): void;
  // Removes the interaction if it is showing (a route change that no longer matches).
  hide(interactionId: string): void;
  setLanguage(language: string): void;
  destroy(): void;
}
