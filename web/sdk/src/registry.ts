// The cookie registry. The SDK never spells a cookie name: the server writes its registry
// (src/cookies/registry.cpp) into sdk.js by replacing the placeholder between the quotes
// below with the registry's JSON, escaped as a JavaScript string.
import { isObject, jsonParse, warn } from "./safe";

export interface CookieSpec {
  name: string;
  maxAge: number | null; // seconds; null for a session cookie
  maxBytes: number;
}

export type CookieKey =
  | "token"
  | "boostedViewed"
  | "lastOpenedAt"
  | "boostedForbidden"
  | "defaultMessageShowAt"
  | "analyticsEvents"
  | "recentlySavedEvent";

export type Registry = Record<CookieKey, CookieSpec>;

const KEYS: CookieKey[] = [
  "token",
  "boostedViewed",
  "lastOpenedAt",
  "boostedForbidden",
  "defaultMessageShowAt",
  "analyticsEvents",
  "recentlySavedEvent",
];

// RFC 6265's token characters.
const COOKIE_NAME = /^[\w!#$%&'*+.^`|~-]+$/;

const validSpec = (x: unknown): x is CookieSpec =>
  isObject(x) &&
  typeof x.name === "string" &&
  COOKIE_NAME.test(x.name) &&
  (x.maxAge === null || (typeof x.maxAge === "number" && x.maxAge >= 0)) &&
  typeof x.maxBytes === "number" &&
  x.maxBytes > 0;

// The registry the SDK needs, or null when the text is not one (all or nothing: a
// half-understood registry could write a cookie the policy does not declare).
export function parseRegistry(text: string): Registry | null {
  let parsed: unknown;
  try {
    parsed = jsonParse(text);
  } catch {
    return null;
  }
  const cookies = isObject(parsed) ? parsed.cookies : null;
  if (!isObject(cookies)) return null;
  const registry: Partial<Registry> = {};
  for (const key of KEYS) {
    const spec = cookies[key];
    if (!validSpec(spec)) return null;
    registry[key] = { name: spec.name, maxAge: spec.maxAge, maxBytes: spec.maxBytes };
  }
  return registry as Registry;
}

let warned = false;

export function servedRegistry(): Registry | null {
  const registry = parseRegistry("__WAYMARK_REGISTRY__");
  if (!registry && !warned) {
    warned = true;
    warn("no cookie registry in this sdk.js, so no cookie is written");
  }
  return registry;
}
