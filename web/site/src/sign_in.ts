// The plain sign-in page at /app/: who is signed in (GET /api/v1/auth/me), the sign-in
// form (POST /api/v1/auth/login) and sign out (POST /api/v1/auth/logout). Errors stay on
// the page beside what was typed.
import { loginBody, parseProblem, parseSession } from "./auth_answers";
import type { Problem, Session } from "./auth_answers";
import type { Reply, Request } from "./http";

interface Parts {
  form: HTMLFormElement;
  error: HTMLElement;
  signedIn: HTMLElement;
  signOut: HTMLButtonElement;
}

function parts(doc: Document): Parts | null {
  const form = doc.getElementById("sign-in");
  const error = doc.getElementById("sign-in-error");
  const signedIn = doc.getElementById("signed-in");
  const signOut = doc.getElementById("sign-out");
  if (!(form instanceof HTMLFormElement) || !error || !signedIn || !(signOut instanceof HTMLButtonElement))
    return null;
  return { form, error, signedIn, signOut };
}

const fieldOf = (form: HTMLFormElement, name: string) => {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement ? element : null;
};

const messageId = (field: string) => `sign-in-${field}-error`;

function clearErrors(doc: Document, { form, error }: Parts) {
  error.textContent = "";
  for (const input of Array.from(form.querySelectorAll("input[aria-invalid]"))) {
    const id = messageId(input.getAttribute("name") || "");
    doc.getElementById(id)?.remove();
    const rest = (input.getAttribute("aria-describedby") || "").split(" ").filter((t) => t && t !== id);
    if (rest.length) input.setAttribute("aria-describedby", rest.join(" "));
    else input.removeAttribute("aria-describedby");
    input.removeAttribute("aria-invalid");
  }
}

// The summary in the alert line, each field's own message beside its input; focus goes to
// the first field at fault so that it can be corrected at once.
function showProblem(doc: Document, page: Parts, problem: Problem) {
  clearErrors(doc, page);
  page.error.textContent = problem.detail;
  let first: HTMLInputElement | null = null;
  for (const { field, message } of problem.errors) {
    const input = fieldOf(page.form, field);
    if (!input || input.hasAttribute("aria-invalid")) continue;
    const note = doc.createElement("span");
    note.id = messageId(field);
    note.className = "field-error";
    note.textContent = message;
    input.after(note);
    input.setAttribute("aria-invalid", "true");
    const described = input.getAttribute("aria-describedby");
    input.setAttribute("aria-describedby", described ? `${described} ${note.id}` : note.id);
    first = first || input;
  }
  if (first) first.focus();
}

// Still signed in: the message goes beside the sign-out button, since the form's alert
// line may be hidden with the form. `null` takes it away.
function signOutFailed(doc: Document, signedIn: HTMLElement, problem: Problem | null) {
  let line = doc.getElementById("sign-out-error");
  if (!problem) return line?.remove();
  if (!line) {
    line = doc.createElement("p");
    line.id = "sign-out-error";
    line.setAttribute("role", "alert");
    signedIn.append(line);
  }
  line.textContent = problem.detail;
}

export function startSignIn(doc: Document, request: Request): void {
  const page = parts(doc);
  if (!page) return;
  const { form, signedIn, signOut } = page;
  let csrfToken = "";

  function show(session: Session | null) {
    csrfToken = session ? session.csrfToken : "";
    form.hidden = !!session;
    signedIn.hidden = !session;
    if (session) signedIn.querySelectorAll("[data-user-email]").forEach((e) => (e.textContent = session.email));
  }

  const failed = (reply: Reply) =>
    showProblem(doc, page, parseProblem(reply.status, reply.json, reply.retryAfter));

  void request("GET", "/api/v1/auth/me").then((reply) => {
    const session = reply.status === 200 ? parseSession(reply.json) : null;
    show(session);
    if (!session && reply.status !== 401) failed(reply);
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"], button:not([type])');
    const email = fieldOf(form, "email");
    const password = fieldOf(form, "password");
    const remember = fieldOf(form, "remember");
    const body = loginBody(email?.value || "", password?.value || "", !!remember?.checked);
    if (submit) submit.disabled = true;
    form.setAttribute("aria-busy", "true");
    const reply = await request("POST", "/api/v1/auth/login", body);
    if (submit) submit.disabled = false;
    form.removeAttribute("aria-busy");
    const session = reply.status === 200 || reply.status === 201 ? parseSession(reply.json) : null;
    if (!session) return failed(reply);
    clearErrors(doc, page);
    if (password) password.value = "";
    show(session);
    signOut.focus();
  });

  signOut.addEventListener("click", async () => {
    signOut.disabled = true;
    const reply = await request("POST", "/api/v1/auth/logout", undefined, { "X-CSRF-Token": csrfToken });
    signOut.disabled = false;
    // 401: the session had already ended, so the visitor is signed out all the same.
    if (reply.status >= 300 && reply.status !== 401) {
      return signOutFailed(doc, signedIn, parseProblem(reply.status, reply.json, reply.retryAfter));
    }
    signOutFailed(doc, signedIn, null);
    clearErrors(doc, page);
    show(null);
    fieldOf(form, "email")?.focus();
  });
}
