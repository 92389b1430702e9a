// The documented API (/api/v1) over fetch, with the session cookie and the CSRF token.
// Every failure becomes an ApiError carrying what a screen shows: the problem's title and
// detail, the fields it names, and the request id to quote when asking for help.

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number, // 0 when the server could not be reached
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[],
    readonly requestId: string | null,
  ) {
    super(detail || title);
  }

  // The message for one field, when the problem names it.
  fieldMessage(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }
}

export interface Answer<T> {
  body: T;
  etag: string | null; // a post's or an interaction's version, for If-Match
}

// The part of fetch this module uses, so tests can give their own.
export type Fetch = (path: string, init: RequestInit) => Promise<Response>;

function problemOf(status: number, json: unknown, requestId: string | null): ApiError {
  const problem = (json ?? {}) as { title?: string; detail?: string; errors?: FieldError[] };
  const unreached = status === 0;
  const title = problem.title ?? (unreached ? "The server could not be reached." : `Error ${status}`);
  const detail = problem.detail ?? (unreached ? "Check the connection, then try again: what you typed is still here." : "");
  return new ApiError(status, title, detail, problem.errors ?? [], requestId);
}

export class Api {
  private csrfToken = "";

  // `onSignedOut` runs when a request answers 401: the session ended (expired, revoked,
  // signed out elsewhere). The screen stays as it is, typed text included.
  constructor(
    private readonly fetcher: Fetch,
    private readonly onSignedOut: () => void,
  ) {}

  setCsrfToken(token: string): void {
    this.csrfToken = token;
  }

  get<T>(path: string): Promise<T> {
    return this.send<T>("GET", path).then((answer) => answer.body);
  }
  post<T>(path: string, body?: unknown): Promise<T> {
    return this.send<T>("POST", path, body).then((answer) => answer.body);
  }
  patch<T>(path: string, body: unknown, version?: string | null): Promise<Answer<T>> {
    return this.send<T>("PATCH", path, body, version);
  }
  delete(path: string, version?: string | null): Promise<void> {
    return this.send<unknown>("DELETE", path, undefined, version).then(() => undefined);
  }

  async send<T>(method: string, path: string, body?: unknown, version?: string | null): Promise<Answer<T>> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (method !== "GET" && this.csrfToken) headers["X-CSRF-Token"] = this.csrfToken;
    if (version) headers["If-Match"] = version;
    let response: Response;
    try {
      response = await this.fetcher(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "same-origin",
      });
    } catch {
      throw problemOf(0, null, null);
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (!response.ok) {
      const error = problemOf(response.status, json, response.headers.get("X-Request-Id"));
      if (response.status === 401 && !path.startsWith("/api/v1/auth/login")) this.onSignedOut();
      throw error;
    }
    return { body: json as T, etag: response.headers.get("ETag") };
  }
}
