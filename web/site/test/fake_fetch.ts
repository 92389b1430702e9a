// A fetch that records what was sent and answers from a script of replies.
import type { Fetch } from "../src/http";

export interface Sent {
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Scripted {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export function fakeFetch(replies: Array<Scripted | Error>) {
  const sent: Sent[] = [];
  const fetcher: Fetch = async (path, init) => {
    sent.push({ path, method: init.method, headers: init.headers, body: init.body });
    const reply = replies.shift();
    if (!reply) throw new Error(`no reply scripted for ${init.method} ${path}`);
    if (reply instanceof Error) throw reply;
    const headers = reply.headers || {};
    return {
      status: reply.status,
      text: async () => reply.body || "",
      headers: { get: (name: string) => headers[name] ?? null },
    };
  };
  return { fetcher, sent };
}

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): Scripted => ({
  status,
  body: JSON.stringify(value),
  headers: { "Content-Type": "application/json", ...headers },
});
