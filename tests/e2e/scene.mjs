// Test-only: a real `waymark serve` in a temp data dir, an account and projects built
// through the management API, and a host page served by node:http on another origin
// (the server on localhost, the host page on 127.0.0.1) that embeds the widget with the
// install snippet of docs/sdk.md.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const binary = process.env.WAYMARK_BINARY || join(repoRoot, "build/release/waymark");
export const chromiumOptions = { executablePath: "/usr/bin/chromium", args: ["--no-sandbox"], headless: true };

// A port nothing listens on now. The server needs it before it starts: its public URL,
// the only Origin it accepts on cookie-authenticated changes, names it.
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

// Starts the server; resolves once it says it listens. `stop()` kills it and removes its
// data dir; `log()` is its stderr so far, for failure messages.
export async function startServer(extraArgs = []) {
  const port = await freePort();
  const root = mkdtempSync(join(tmpdir(), "waymark-e2e-"));
  const url = `http://localhost:${port}`;
  const args = [
    "serve",
    "--bind", "127.0.0.1",
    "--port", String(port),
    "--threads", "2",
    "--data-dir", join(root, "data"),
    "--static-dir", join(repoRoot, "web/static"),
    "--site-public-url", url,
    "--log-level", "warn",
    ...extraArgs,
  ];
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  let exited = false;
  const gone = new Promise((done) => child.once("exit", () => ((exited = true), done())));
  await new Promise((done, fail) => {
    let seen = "";
    const timer = setTimeout(() => fail(new Error(`waymark did not start in 20 s:\n${stderr}`)), 20000);
    child.stdout.on("data", (chunk) => {
      seen += chunk;
      if (/listening on http:\/\/\S+:\d+/.test(seen)) {
        clearTimeout(timer);
        done();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`waymark exited with ${code} before listening:\n${stderr}`));
    });
    child.once("error", (e) => {
      clearTimeout(timer);
      fail(e);
    });
  });
  child.stdout.resume();
  return {
    url,
    port,
    log: () => stderr,
    async stop() {
      if (!exited) {
        child.kill("SIGKILL");
        await gone;
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

// A maker's session on the management API: the session cookie, the CSRF token and the
// Origin the server accepts. Requests go to 127.0.0.1 so that no name lookup is involved.
export async function signUp(server, email = "owner@example.com") {
  const base = `http://127.0.0.1:${server.port}`;
  let cookie = "";
  let csrf = "";
  async function call(method, path, body) {
    const headers = { Origin: server.url, Accept: "application/json" };
    if (cookie) headers.Cookie = cookie;
    if (csrf) headers["X-CSRF-Token"] = csrf;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return { response, json };
  }
  const { response, json } = await call("POST", "/api/v1/auth/signup", {
    email,
    password: "a long enough password",
    name: "Owner",
  });
  const token = response.headers.getSetCookie().find((c) => c.startsWith("_JIMO_TOKEN="));
  if (!token) throw new Error("signup set no session cookie");
  cookie = token.split(";")[0];
  csrf = json.csrfToken;
  return {
    get: (path) => call("GET", path).then((r) => r.json),
    post: (path, body = {}) => call("POST", path, body).then((r) => r.json),
    patch: (path, body) => call("PATCH", path, body).then((r) => r.json),
  };
}

// A project whose widget may run on `origin`, with a rate limit no test reaches.
// `settings` goes into the same PATCH (identityVerification, consentMode, look...).
export async function createProject(api, origin, settings = {}) {
  const project = await api.post("/api/v1/projects", { name: `app ${Math.random().toString(36).slice(2, 8)}` });
  await api.patch(`/api/v1/projects/${project.id}`, {
    allowedOrigins: [origin],
    rateLimit: { maxShows: 50, windowSeconds: 60 },
    ...settings,
  });
  return { id: project.id, key: project.publicKey };
}

export async function identitySecret(api, projectId) {
  return (await api.get(`/api/v1/projects/${projectId}/identity-secret`)).secret;
}

export async function publishPost(api, projectId, fields = {}) {
  const post = await api.post(`/api/v1/projects/${projectId}/posts`, {
    title: "A new thing",
    body: "It does **more** now.",
    ...fields,
  });
  await api.post(`/api/v1/projects/${projectId}/posts/${post.id}/publish`, {});
  return post.id;
}

export async function publishInteraction(api, projectId, fields) {
  const interaction = await api.post(`/api/v1/projects/${projectId}/interactions`, {
    format: "modal",
    title: "Meet the new editor",
    body: "Faster, and it saves as you type.",
    ...fields,
  });
  await api.post(`/api/v1/projects/${projectId}/interactions/${interaction.id}/publish`, {});
  return interaction.id;
}

const escapeJs = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

// What a test page pushes before the script loads: the widget's events, kept in
// window.widgetEvents as [name, payload] pairs.
export const recordEvents = `window.widgetEvents = [];
  ["widget:opened", "widget:closed", "boosted:shown", "boosted:dismissed", "boosted:completed",
   "boosted:target-missing"].forEach(function (name) {
    jimo.push(["on", name, [function (payload) { widgetEvents[widgetEvents.length] = [name, payload]; }]]);
  });`;

// A host page: `before` runs before the snippet (hostile changes), the snippet of
// docs/sdk.md loads sdk.js from the server, `early` is pushed in the snippet's own script
// (commands kept until the script loads), `body` is the page's own markup and scripts.
export function hostPage({ server, key, before = "", early = recordEvents, body = "" }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host app</title>
${before ? `<script>${before}</script>` : ""}
<script>
  window.jimo = [];
  window.JIMO_PROJECT_ID = ${escapeJs(key)};
  ${early}
</script>
<script async src="${server.url}/sdk.js"></script>
</head><body>
<main><h1>Host app</h1><p id="content">The product page.</p></main>
${body}
</body></html>`;
}

// The host site, on 127.0.0.1 (another origin than the server's localhost). `pages` maps
// a path to its HTML; `set(path, html)` adds or replaces one. Other paths are 404.
export async function startHost() {
  const pages = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://host").pathname;
    if (path === "/favicon.ico") {
      response.writeHead(204);
      response.end();
      return;
    }
    const html = pages.get(path);
    if (html === undefined) {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    response.end(html);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  let next = 0;
  return {
    origin,
    set(path, html) {
      pages.set(path, html);
      return origin + path;
    },
    // A fresh path for the page, so tests never share one.
    add(html, name = "page") {
      return this.set(`/${name}-${++next}`, html);
    },
    stop: () => new Promise((done) => (server.closeAllConnections(), server.close(done))),
  };
}

// `browserTest(name, body)`: a test with fresh browser contexts (`open()` gives a page in a
// new one, so no cookie is shared). It fails on any uncaught error or CSP violation on any
// of its pages; what the pages said on the console, and the server's log, are shown when
// it fails. The getters give the browser and server the file's `before` started.
export function browserTestWith(getBrowser, getServer) {
  return (name, body) =>
    test(name, async (t) => {
      const contexts = [];
      const errors = [];
      const consoleLines = [];
      const open = async () => {
        const context = await getBrowser().newContext();
        contexts.push(context);
        const page = await context.newPage();
        page.setDefaultTimeout(5000);
        page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
        page.on("console", (m) => {
          consoleLines.push(`${m.type()}: ${m.text()}`);
          if (/Content Security Policy/.test(m.text())) errors.push(`${page.url()}: ${m.text()}`);
        });
        return page;
      };
      try {
        await body(open, t);
        assert.deepEqual(errors, [], "no uncaught error and no CSP violation on any page");
      } catch (e) {
        consoleLines.forEach((line) => t.diagnostic(line));
        const server = getServer();
        if (server) t.diagnostic(`server log: ${server.log().slice(-2000)}`);
        throw e;
      } finally {
        await Promise.all(contexts.map((c) => c.close()));
      }
    });
}

// What the widget's browser tests run against: the server, the host site, a maker's API
// session, and chromium. `stop()` ends them all.
export async function startWidgetScene() {
  const scene = {};
  scene.stop = async () => {
    await scene.browser?.close();
    await scene.host?.stop();
    await scene.server?.stop();
  };
  try {
    scene.server = await startServer();
    scene.host = await startHost();
    scene.api = await signUp(scene.server);
    scene.browser = await chromium.launch(chromiumOptions);
    return scene;
  } catch (e) {
    await scene.stop();
    throw e;
  }
}
