// Test-only: what several dashboard tests share, on top of scene.mjs: a browser page on
// /app/, signing in through the form, and members invited into a workspace through the API.

// A fresh context on the dashboard at 1280 px. Uncaught errors and CSP violations are
// collected in `errors`. The site's consent pop-up is refused with a click unless the
// caller wants to answer it itself (`keepConsent`). `clipboard` lets the page read and
// write the clipboard, as a maker's browser asked once would.
export async function openDashboard(
  browser,
  server,
  { viewport = { width: 1280, height: 900 }, keepConsent = false, clipboard = false } = {},
) {
  const context = await browser.newContext({ viewport });
  if (clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => /Content Security Policy/.test(m.text()) && errors.push(m.text()));
  await page.goto(server.url + "/app/");
  if (!keepConsent) await page.getByRole("dialog").getByRole("button", { name: "Reject all" }).click();
  return { context, page, errors };
}

export async function signIn(page, who) {
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator("[data-user-email]").waitFor();
}

// A new member of the workspace with `role`, invited by `owner` (scene.mjs's signUp) and
// signed up through the invitation. Resolves to the credentials to sign in with.
export async function invite(server, owner, workspaceId, role) {
  const invitation = await owner.post(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/invitations`, { role });
  const who = { email: `${role}-${Math.random().toString(36).slice(2, 8)}@example.com`, password: "another long password" };
  const signup = await fetch(`http://127.0.0.1:${server.port}/api/v1/auth/signup`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: server.url },
    body: JSON.stringify({ name: role, ...who, invitation: invitation.url.split("/").pop() }),
  });
  if (signup.status !== 201) throw new Error(`signup with an invitation: ${signup.status} ${await signup.text()}`);
  return who;
}

// Waits up to 4 s for `condition` (async) to hold; fails the test naming `what` otherwise.
export async function eventually(condition, what = "the condition") {
  for (let i = 0; i < 40; i++) {
    if (await condition()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${what} did not hold within 4 s`);
}
