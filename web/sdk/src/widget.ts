// One widget instance: boots, draws the UI, keeps state in step with the server, and runs
// the host's commands. jimoKill() ends it; jimoInit() may start a new one.
import type { BootAnswer, Interaction, Post, Ui, UiCallbacks, UiOptions, WidgetState } from "./types";
import type { Api } from "./api";
import type { Storage } from "./storage";
import type { Core } from "./commands";
import { createAnalytics } from "./analytics";
import { createEmitter } from "./events";
import { createQueue } from "./queue";
import { runCommand, runEarly } from "./commands";
import { createShows } from "./shows";
import { watchUrl } from "./spa";
import { badgeMessageDue } from "./rules";
import { cleanState, dismiss, markOpened, mergeState, recordShow, stateForServer } from "./state";
import { randomId } from "./random_id";
import { guard, isObject, list, mark, warn } from "./safe";

export interface Widget {
  push(raw: unknown): void;
  start(): void;
  kill(): void;
}

export interface WidgetDeps {
  projectId: string;
  api: Api;
  storage: Storage;
  win: Window;
  createUi(options: UiOptions): Ui;
}

const interactionsIn = (x: unknown): Interaction[] =>
  list<Interaction>(x).filter((i) => isObject(i) && typeof i.id === "string");

const validBoot = (a: unknown): a is BootAnswer =>
  isObject(a) && typeof a.token === "string" && isObject(a.project) && isObject(a.project.look);

export function createWidget({ projectId, api, storage, win, createUi }: WidgetDeps): Widget {
  const anonymousId = randomId();
  const events = createEmitter();
  let ui: Ui | null = null;
  let user: Record<string, unknown> | null = null;
  let identity: { id: string; hash?: string } | null = null;
  let language = win.navigator.language || "en";
  let unread = 0;
  let posts: Post[] = [];
  let cursor: string | null = null;
  let feedOpen = false;
  let started = false;
  let killed = false;
  let stopUrl = () => {};
  let booted: () => void = () => {};
  const firstBoot = new Promise<void>((resolve) => (booted = resolve));
  const shows = createShows(win.document, () => ui, () => storage.state().forbidden);
  const analytics = createAnalytics({ projectId, storage, send: api.events, win });

  const session = () => ({ projectId, token: storage.token() });
  // The server's bound on URLs; a longer one is cut rather than refused.
  const pageUrl = () => win.location.href.slice(0, 2048);

  // Saves the state; with a patch, tells the server, whose merged answer comes back in.
  function saveState(state: WidgetState, patch?: Record<string, unknown>, takeAnswer = true) {
    storage.setState(state);
    if (!patch) return;
    api.post("/v1/widget/state", { ...session(), ...patch }).then((answer) => {
      if (!takeAnswer || killed || !isObject(answer)) return;
      const merged = cleanState(isObject(answer.state) ? answer.state : answer);
      storage.setState(mergeState(storage.state(), merged));
    }).catch(warn);
  }

  async function boot(): Promise<boolean> {
    const answer = await api.post("/v1/widget/boot", {
      projectId,
      anonymousId,
      token: storage.token() || undefined,
      user: identity ? { id: identity.id, hash: identity.hash } : undefined,
      language,
      url: pageUrl(),
      state: stateForServer(storage.state()),
    });
    if (killed || !validBoot(answer)) return false;
    apply(answer);
    return true;
  }

  function apply(a: BootAnswer) {
    const { project } = a;
    storage.setMode(project.consentMode);
    storage.setToken(a.token);
    storage.setState(mergeState(storage.state(), cleanState(a.state)));
    user = isObject(a.user) ? a.user : null;
    analytics.setUser(user);
    unread = typeof a.unreadCount === "number" ? a.unreadCount : 0;
    const feed = isObject(a.feed) ? a.feed : { posts: [], next: null };
    posts = list<Post>(feed.posts);
    cursor = typeof feed.next === "string" ? feed.next : null;
    const shownLanguage = typeof a.language === "string" ? a.language : language;
    const first = !ui;
    if (!ui) {
      ui = createUi({ look: project.look, language: shownLanguage, projectName: project.name, callbacks });
    } else ui.setLanguage(shownLanguage);
    ui.setUnread(unread);
    // The launcher and its badge are drawn; the feed's posts are not visible until opened.
    if (first) mark("waymark:drawn");
    ui.setPosts(posts, cursor !== null);
    if (first) {
      const message = project.look.badgeMessage;
      const now = Date.now();
      if (message && badgeMessageDue(message.repeat, storage.messageShownAt(), now, unread, message.text)) {
        ui.showBadgeMessage(message.text);
      }
      stopUrl = watchUrl(win, () => void refresh().catch(warn));
    }
    shows.set(interactionsIn(a.interactions));
  }

  async function interactions(trigger?: { interactionId: string; ignoreRecurrence: boolean }) {
    const answer = await api.post("/v1/widget/interactions", {
      ...session(),
      url: pageUrl(),
      state: stateForServer(storage.state()),
      trigger,
    });
    return killed || !isObject(answer) ? null : interactionsIn(answer.interactions);
  }

  async function refresh() {
    const found = await interactions();
    if (found) shows.set(found);
  }

  // The UI guards each callback, so none throws into its event handlers.
  const callbacks: UiCallbacks = {
    feedOpened() {
      if (feedOpen) return;
      feedOpen = true;
      const now = Date.now();
      unread = 0;
      if (ui) ui.setUnread(0);
      saveState(markOpened(storage.state(), now), { lastOpenedAt: now });
      events.emit("widget:opened");
      analytics.add("open");
    },
    feedClosed() {
      if (!feedOpen) return;
      feedOpen = false;
      events.emit("widget:closed");
    },
    async loadMorePosts() {
      if (cursor === null) return [];
      const answer = await api.get("/v1/widget/feed", { projectId, cursor, language }, storage.token());
      if (killed || !isObject(answer)) return [];
      const more = list<Post>(answer.posts);
      posts = [...posts, ...more];
      cursor = typeof answer.next === "string" ? answer.next : null;
      return more;
    },
    async react(postId, reaction, on) {
      const answer = await api.post("/v1/widget/reactions", { ...session(), postId, reaction, on });
      const post = posts.filter((p) => p.id === postId)[0];
      if (killed || !isObject(answer) || !post) return null;
      const reactions = isObject(answer.reactions) ? (answer.reactions as Post["reactions"]) : post.reactions;
      const updated: Post = { ...post, reactions, mine: list<string>(answer.mine) };
      posts = posts.map((p) => (p.id === postId ? updated : p));
      events.emit("post:reacted", { postId, reaction, on });
      analytics.add("reaction", { postId, props: { reaction, on } });
      return updated;
    },
    shown(interaction, step) {
      if (step === 0) {
        const state = recordShow(storage.state(), interaction.id, Date.now());
        saveState(state, { viewed: state.viewed.filter((e) => e.id === interaction.id) });
      }
      events.emit("boosted:shown", { interactionId: interaction.id, step });
      analytics.add("view", { interactionId: interaction.id, props: { step } });
    },
    clicked(interaction, index, step) {
      const button = index ? "secondary" : "primary";
      analytics.add("click", { interactionId: interaction.id, props: { button, step } });
    },
    ended(interaction, outcome, step) {
      const { id } = interaction;
      shows.ended(id);
      if (outcome === "dismissed") saveState(dismiss(storage.state(), id), { forbidden: [id] });
      const name = outcome === "completed" ? "boosted:completed" : "boosted:dismissed";
      events.emit(name, { interactionId: id, step, outcome });
      if (outcome === "completed") analytics.add("complete", { interactionId: id });
      else analytics.add("dismiss", { interactionId: id, props: { forever: outcome === "dismissed" } });
    },
    targetMissing(interaction, selector, step) {
      // Whatever waited for its turn behind it must not wait for ever.
      shows.ended(interaction.id);
      events.emit("boosted:target-missing", { interactionId: interaction.id, selector, step });
    },
    badgeMessageShown: () => storage.setMessageShownAt(Date.now()),
  };

  const core: Core = {
    events,
    started: () => started,
    async identify(userId, userHash) {
      if (!started) {
        identity = { id: userId, hash: userHash };
        return firstBoot;
      }
      if (user && user.id === userId) return;
      const before = identity;
      identity = { id: userId, hash: userHash };
      if (!(await boot())) {
        identity = before;
        warn(`identify("${userId}") was refused; the session stays as it was`);
      }
    },
    setLanguage(value) {
      language = value.slice(0, 35);
      return started ? boot() : undefined;
    },
    setConsent: (consent) => storage.setConsent(consent),
    async setUser(fields, refetchBoosted) {
      const answer = await api.post("/v1/widget/user", { ...session(), ...fields });
      if (killed || !isObject(answer)) return;
      if (isObject(answer.user)) user = { ...user, ...answer.user };
      if (refetchBoosted) await refresh();
    },
    read(what) {
      if (what === "user:id") return user && typeof user.id === "string" ? user.id : null;
      if (what === "user:attributes") return user && isObject(user.attributes) ? user.attributes : {};
      if (what === "widget:lastOpenDate") return storage.state().lastOpenedAt;
      return unread;
    },
    setFeedOpen(open) {
      if (!ui) return;
      if (open) ui.openFeed();
      else ui.closeFeed();
      // The UI reports the change itself; in case it did not, the core does.
      if (open) callbacks.feedOpened();
      else callbacks.feedClosed();
    },
    async trigger(interactionId, ignoreRecurrence) {
      const found = await interactions({ interactionId, ignoreRecurrence });
      const wanted = (found || []).filter((i) => i.id === interactionId)[0];
      if (wanted) shows.force(wanted);
    },
    refresh,
    resetLastOpen() {
      saveState(markOpened(storage.state(), null), { resetLastOpened: true }, false);
      unread = posts.length;
      if (ui) ui.setUnread(unread);
    },
    resetStorage() {
      storage.reset();
      unread = posts.length;
      if (ui) ui.setUnread(unread);
      api.post("/v1/widget/state", { ...session(), reset: true }).catch(warn);
    },
    track(name, props) {
      shows.track(name);
      analytics.add("track", { name, props });
    },
  };

  const queue = createQueue({
    runEarly: (command) => runEarly(core, command),
    run: (command) => runCommand(core, command),
    warn,
  });

  return {
    push: guard((raw: unknown) => queue.push(raw)),
    start: guard(() => {
      if (started || killed) return;
      started = true;
      boot()
        .catch((e) => warn(e))
        .then(() => {
          booted();
          queue.open();
        });
    }),
    kill: guard(() => {
      killed = true;
      queue.close();
      analytics.stop();
      shows.stop();
      stopUrl();
      events.clear();
      if (ui) ui.destroy();
      ui = null;
      user = null;
      posts = [];
    }),
  };
}
