// Reading the auth API's answers: a session ({user, csrfToken}) or a problem+json.
// Pure, so the sign-in page's decisions are tested without a browser.

export interface Session {
  email: string;
  csrfToken: string;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  detail: string;
  errors: FieldError[];
}

export function parseSession(value: unknown): Session | null {
  const body = (value ?? {}) as { user?: { email?: unknown }; csrfToken?: unknown };
  const email = body.user?.email;
  if (typeof email !== "string" || typeof body.csrfToken !== "string") return null;
  return { email, csrfToken: body.csrfToken };
}

const FALLBACK: Record<number, string> = {
  0: "The server could not be reached. Please try again.",
  401: "The email or password is not right.",
  429: "Too many attempts. Please wait before trying again.",
};

// What to show for a failed call: the server's own words where it gave them.
export function parseProblem(status: number, value: unknown, retryAfter: number | null = null): Problem {
  const body = (value ?? {}) as { detail?: unknown; title?: unknown; errors?: unknown };
  const errors: FieldError[] = [];
  if (Array.isArray(body.errors)) {
    for (const error of body.errors) {
      const { field, message } = (error ?? {}) as { field?: unknown; message?: unknown };
      if (typeof field === "string" && typeof message === "string") errors.push({ field, message });
    }
  }
  let detail =
    typeof body.detail === "string" && body.detail
      ? body.detail
      : typeof body.title === "string" && body.title
        ? body.title
        : FALLBACK[status] || "Something went wrong. Please try again.";
  if (status === 429 && retryAfter) detail += ` Try again in ${retryAfter} s.`;
  return { detail, errors };
}

export function loginBody(email: string, password: string, remember: boolean) {
  return { email: email.trim(), password, remember };
}
