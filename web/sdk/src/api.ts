// The widget API (docs/sdk.md, "Widget API"). POSTs carry JSON in a text/plain body, so
// the browser sends them without a preflight. Every failure resolves to null: the widget
// stays quiet and the console says why.
import { isObject, jsonParse, jsonStringify, warn } from "./safe";

export interface Api {
  post(path: string, body: Record<string, unknown>): Promise<unknown>;
  get(path: string, query: Record<string, string>, token: string | null): Promise<unknown>;
  // POST /v1/events with the body as it is; rejects when the browser gives no answer
  // (a network failure, or an answer CORS keeps from the page).
  events(body: string): Promise<EventsAnswer>;
}

// What analytics.ts needs of an answer to decide between done, dropped and retried.
export interface EventsAnswer {
  status: number;
  retryAfter: string | null; // readable when the server exposes it to CORS
  body: unknown; // the JSON, or null
}

const TEXT = { "Content-Type": "text/plain;charset=UTF-8" };

// The origin sdk.js came from, which is where its API is. Called while the script runs,
// when document.currentScript is still set.
export function scriptOrigin(doc: Document): string | null {
  const current = doc.currentScript as HTMLScriptElement | null;
  let src = current && current.src;
  if (!src) {
    const scripts = doc.getElementsByTagName("script");
    for (let i = 0; i < scripts.length && !src; i++) {
      if (/\/sdk\.js([?#]|$)/.test(scripts[i].src)) src = scripts[i].src;
    }
  }
  try {
    return src ? new URL(src).origin : null;
  } catch {
    return null;
  }
}

async function send(method: string, url: string, init: RequestInit): Promise<unknown> {
  const what = `${method} ${url.replace(/\?.*/, "")}`;
  try {
    const response = await fetch(url, { ...init, method, credentials: "omit" });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? jsonParse(text) : null;
    } catch {
      // Kept as null: an answer that is not JSON is a failure below.
    }
    if (response.ok && isObject(body)) return body;
    const problem = isObject(body) ? body : {};
    warn(`${what} failed (${response.status})`, problem.title || "", problem.detail || "");
  } catch (e) {
    warn(`${what} failed`, String(e));
  }
  return null;
}

export function createApi(origin: string): Api {
  return {
    post: (path, body) =>
      send("POST", origin + path, { headers: TEXT, body: jsonStringify(body) }),
    get: (path, query, token) =>
      send("GET", `${origin}${path}?${new URLSearchParams(query)}`, {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      }),
    // keepalive: a request under way when the page goes away is still delivered. The
    // browser's own JSON parser reads the answer, whatever the page did to JSON.
    events: (body) =>
      fetch(`${origin}/v1/events`, { method: "POST", credentials: "omit", keepalive: true, headers: TEXT, body }).then(
        (response) =>
          response
            .json()
            .catch(() => null)
            .then((json) => ({ status: response.status, retryAfter: response.headers.get("Retry-After"), body: json })),
      ),
  };
}
