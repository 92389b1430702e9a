// The server's consent API (/consent) and cookie registry (/api/v1/cookies).
import { NO_CHOICE, parseConsentAnswer } from "./consent_state";
import type { ConsentAnswer } from "./consent_state";
import type { Reply, Request } from "./http";

export type Saved =
  | { ok: true; answer: ConsentAnswer }
  | { ok: false; status: number; retryAfter: number | null };

export interface ConsentApi {
  // The visitor's answer; null when the server could not say.
  current(): Promise<ConsentAnswer | null>;
  choose(functionality: boolean): Promise<Saved>;
  withdraw(): Promise<Saved>;
  // Names of the functionality cookies, from the registry; empty when it cannot be read.
  functionalityCookies(): Promise<string[]>;
}

function saved(reply: Reply): Saved {
  const answer = reply.status === 200 ? parseConsentAnswer(reply.json) : null;
  if (answer) return { ok: true, answer };
  return { ok: false, status: reply.status === 200 ? 500 : reply.status, retryAfter: reply.retryAfter };
}

export function functionalityCookieNames(registry: unknown): string[] {
  if (!Array.isArray(registry)) return [];
  const names: string[] = [];
  for (const cookie of registry) {
    const { name, category } = (cookie ?? {}) as { name?: unknown; category?: unknown };
    // A name that could break out of the "name=" of a cookie string is not one.
    if (category === "functionality" && typeof name === "string" && /^[\w.-]+$/.test(name)) names.push(name);
  }
  return names;
}

export function createConsentApi(request: Request): ConsentApi {
  return {
    async current() {
      const reply = await request("GET", "/consent");
      // A forged or broken consent cookie: the visitor is asked again.
      if (reply.status === 400) return NO_CHOICE;
      return reply.status === 200 ? parseConsentAnswer(reply.json) : null;
    },
    async choose(functionality) {
      return saved(await request("POST", "/consent", { functionality }));
    },
    async withdraw() {
      return saved(await request("DELETE", "/consent"));
    },
    async functionalityCookies() {
      const reply = await request("GET", "/api/v1/cookies");
      return reply.status === 200 ? functionalityCookieNames(reply.json) : [];
    },
  };
}
