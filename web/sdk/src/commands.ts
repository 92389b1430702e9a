// What each command of docs/sdk.md does, in terms of the core's operations.
import type { Command } from "./queue";
import type { Emitter, Handler } from "./events";
import { guard, isObject } from "./safe";

export interface Core {
  events: Emitter;
  // The first boot has been asked for.
  started(): boolean;
  identify(userId: string, userHash: string | undefined): Promise<unknown>;
  setLanguage(language: string): unknown;
  setConsent(consent: boolean): void;
  setUser(fields: Record<string, unknown>, refetchBoosted: boolean): Promise<unknown>;
  read(what: string): unknown;
  setFeedOpen(open: boolean): void;
  trigger(interactionId: string, ignoreRecurrence: boolean): Promise<unknown>;
  refresh(): Promise<unknown>;
  resetLastOpen(): void;
  resetStorage(): void;
  // A custom event: triggers the interactions waiting for it, and is recorded.
  track(event: string, props: Record<string, unknown> | undefined): void;
}

// The host's callback, which must not break what follows it.
const call = (callback: unknown, ...values: unknown[]) => {
  if (typeof callback === "function") guard(callback as (...v: unknown[]) => void)(...values);
};

// Commands that run at once, before the boot answer: handlers, consent, and what shapes
// the first boot (the user and the language). True when it ran.
export function runEarly(core: Core, { verb, method, args }: Command): boolean {
  if (verb === "on" || verb === "off") {
    core.events[verb](method, args[0] as Handler);
    return true;
  }
  if (method === "consent") {
    core.setConsent(args[0] as boolean);
    return true;
  }
  if (core.started() || (method !== "identify" && method !== "core:language")) return false;
  runCommand(core, { verb, method, args });
  return true;
}

export function runCommand(core: Core, { verb, method, args }: Command): unknown {
  const first = args[0] as Record<string, unknown>;
  switch (`${verb} ${method}`) {
    case "do identify":
      return core.identify(args[0] as string, args[1] as string | undefined).then(() => call(args[2]));
    case "set user:email":
      return core.setUser({ email: first }, false);
    case "set user:name":
      return core.setUser({ name: first }, false);
    case "set user:attributes": {
      const options = isObject(args[1]) ? args[1] : {};
      return core.setUser(
        { attributes: first, removeUnspecified: options.removeUnspecified === true },
        options.refetchBoosted === true,
      );
    }
    case "set core:language":
      return core.setLanguage(args[0] as string);
    case "do widget:open":
    case "do widget:close":
      return core.setFeedOpen(method === "widget:open");
    case "do boosted:trigger":
      return core.trigger(first.interactionId as string, first.ignoreRecurrence === true);
    case "do boosted:refresh":
      return core.refresh();
    case "do widget:reset-last-open":
      return core.resetLastOpen();
    case "do storage:reset":
      return core.resetStorage();
    case "do track":
      return core.track(args[0] as string, args[1] as Record<string, unknown> | undefined);
  }
  if (verb === "get") call(args[0], core.read(method));
  return undefined;
}
