// JSON over fetch to this same origin: every answer becomes a status and a body, a lost
// connection included (status 0), so callers branch on values instead of catching.

export interface Reply {
  status: number;
  json: unknown; // null when the body is empty or not JSON
  retryAfter: number | null; // seconds, from Retry-After
}

export type Request = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Reply>;

// The part of fetch this module uses, so tests can give their own.
export type Fetch = (
  path: string,
  init: { method: string; headers: Record<string, string>; body?: string; credentials: "same-origin" },
) => Promise<{ status: number; text(): Promise<string>; headers: { get(name: string): string | null } }>;

export function retryAfterSeconds(header: string | null): number | null {
  if (!header || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim());
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

export function createRequest(fetcher: Fetch): Request {
  return async (method, path, body, headers = {}) => {
    const sent: Record<string, string> = { Accept: "application/json", ...headers };
    if (body !== undefined) sent["Content-Type"] = "application/json";
    try {
      const response = await fetcher(path, {
        method,
        headers: sent,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "same-origin",
      });
      const json = parseJson(await response.text());
      return { status: response.status, json, retryAfter: retryAfterSeconds(response.headers.get("Retry-After")) };
    } catch {
      return { status: 0, json: null, retryAfter: null };
    }
  };
}
