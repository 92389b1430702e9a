// A project's settings as the settings form edits them: text for the inputs, and back to
// a PATCH body holding only what changed, so a colleague's change to another setting is
// not overwritten by a stale copy of it.
import type { FieldError } from "../api.js";

export type ConsentMode = "always" | "host" | "never";
export type Position = "bottom-right" | "bottom-left";
export type Repeat = "once" | "daily" | "weekly" | "always";

export interface ProjectSettings {
  name: string;
  defaultLanguage: string;
  rateLimit: { maxShows: number; windowSeconds: number };
  allowedOrigins: string[];
  identityVerification: boolean;
  consentMode: ConsentMode;
  look: {
    accentColor: string;
    position: Position;
    launcher: boolean;
    badgeMessage: { text: string; repeat: Repeat };
  };
}

export const windowUnits = { seconds: 1, minutes: 60, hours: 3600, days: 86400 } as const;
export type WindowUnit = keyof typeof windowUnits;

export interface SettingsForm {
  name: string;
  defaultLanguage: string;
  origins: string; // one per line
  identityVerification: boolean;
  consentMode: ConsentMode;
  maxShows: string;
  window: string;
  windowUnit: WindowUnit;
  accentColor: string;
  position: Position;
  launcher: boolean;
  badgeText: string;
  badgeRepeat: Repeat;
}

// The largest unit that counts the window in whole numbers.
export function windowOf(seconds: number): { value: number; unit: WindowUnit } {
  for (const unit of ["days", "hours", "minutes"] as const) {
    if (seconds % windowUnits[unit] === 0) return { value: seconds / windowUnits[unit], unit };
  }
  return { value: seconds, unit: "seconds" };
}

export function formOf(settings: ProjectSettings): SettingsForm {
  const window = windowOf(settings.rateLimit.windowSeconds);
  return {
    name: settings.name,
    defaultLanguage: settings.defaultLanguage,
    origins: settings.allowedOrigins.join("\n"),
    identityVerification: settings.identityVerification,
    consentMode: settings.consentMode,
    maxShows: String(settings.rateLimit.maxShows),
    window: String(window.value),
    windowUnit: window.unit,
    accentColor: settings.look.accentColor,
    position: settings.look.position,
    launcher: settings.look.launcher,
    badgeText: settings.look.badgeMessage.text,
    badgeRepeat: settings.look.badgeMessage.repeat,
  };
}

// The origins typed, one per line: blank lines dropped, each once.
export function originsOf(text: string): string[] {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  return [...new Set(lines)];
}

const wholeNumber = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

export interface SettingsPatch {
  body: Record<string, unknown>;
  errors: FieldError[]; // what the form can tell before asking the server
}

export function patchOf(saved: ProjectSettings, form: SettingsForm): SettingsPatch {
  const body: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  if (form.name !== saved.name) body.name = form.name;
  if (form.defaultLanguage.trim() !== saved.defaultLanguage) body.defaultLanguage = form.defaultLanguage.trim();

  const maxShows = wholeNumber(form.maxShows);
  const window = wholeNumber(form.window);
  if (maxShows === null) errors.push({ field: "rateLimit.maxShows", message: "must be a whole number" });
  if (window === null) errors.push({ field: "rateLimit.windowSeconds", message: "must be a whole number" });
  const rateLimit: Record<string, number> = {};
  if (maxShows !== null && maxShows !== saved.rateLimit.maxShows) rateLimit.maxShows = maxShows;
  const windowSeconds = window === null ? null : window * windowUnits[form.windowUnit];
  if (windowSeconds !== null && windowSeconds !== saved.rateLimit.windowSeconds) rateLimit.windowSeconds = windowSeconds;
  if (Object.keys(rateLimit).length > 0) body.rateLimit = rateLimit;

  const origins = originsOf(form.origins);
  if (!sameList(origins, saved.allowedOrigins)) body.allowedOrigins = origins;
  if (form.identityVerification !== saved.identityVerification) body.identityVerification = form.identityVerification;
  if (form.consentMode !== saved.consentMode) body.consentMode = form.consentMode;

  const look: Record<string, unknown> = {};
  const was = saved.look;
  if (form.accentColor.trim() !== was.accentColor) look.accentColor = form.accentColor.trim();
  if (form.position !== was.position) look.position = form.position;
  if (form.launcher !== was.launcher) look.launcher = form.launcher;
  const badge: Record<string, string> = {};
  if (form.badgeText !== was.badgeMessage.text) badge.text = form.badgeText;
  if (form.badgeRepeat !== was.badgeMessage.repeat) badge.repeat = form.badgeRepeat;
  if (Object.keys(badge).length > 0) look.badgeMessage = badge;
  if (Object.keys(look).length > 0) body.look = look;

  return { body, errors };
}

// The server names a refused origin by its place in the list sent ("allowedOrigins[2]");
// the form shows it by what was typed.
export function originMessages(errors: FieldError[], sent: string[]): string[] {
  const messages: string[] = [];
  for (const error of errors) {
    if (error.field === "allowedOrigins") messages.push(error.message);
    const index = /^allowedOrigins\[(\d+)\]$/.exec(error.field)?.[1];
    if (index !== undefined) messages.push(`“${sent[Number(index)] ?? "?"}” ${error.message}`);
  }
  return messages;
}
