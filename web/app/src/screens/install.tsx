import { useEffect, useState } from "preact/hooks";
import { useSession } from "../context.js";
import { when } from "../settings/when.js";
import type { Project } from "../types.js";
import type { ProjectScreenProps } from "./registry.js";

// What the server knows of the SDK on the maker's site, or where the check stands.
type Check = "checking" | "unknown" | Project;

// The snippet for the product's pages, as the SDK's documentation gives it.
export function snippetFor(publicKey: string, origin: string): string {
  return (
    `<script>\n` +
    `  window.jimo = [];\n` +
    `  window.JIMO_PROJECT_ID = ${JSON.stringify(publicKey)};\n` +
    `  (function () {\n` +
    `    var s = document.createElement("script");\n` +
    `    s.src = ${JSON.stringify(origin + "/sdk.js")};\n` +
    `    s.async = true;\n` +
    `    document.head.appendChild(s);\n` +
    `  })();\n` +
    `</script>`
  );
}

// How to install the widget: the snippet ready to copy, and whether the SDK has been seen:
// the server notes when the widget last loaded on a page of an allowed origin (sdkSeenAt,
// written at most once a minute), so "Check again" asks it afresh.
export function Install({ project }: ProjectScreenProps) {
  const { api } = useSession();
  const snippet = snippetFor(project.publicKey, window.location.origin);
  const [copied, setCopied] = useState(false);
  const [seen, setSeen] = useState<Check>("checking");

  const check = () => {
    setSeen("checking");
    api
      .get<Project>(`/api/v1/projects/${encodeURIComponent(project.id)}`)
      .then(setSeen)
      .catch(() => setSeen("unknown"));
  };
  useEffect(check, [project.id]);

  const copy = async () => {
    await navigator.clipboard.writeText(snippet).catch(() => undefined);
    setCopied(true);
  };

  return (
    <section>
      <h1>Install the widget</h1>
      <p>Paste this before <code>&lt;/head&gt;</code> on every page of your product.</p>
      <pre class="snippet" id="snippet"><code>{snippet}</code></pre>
      <button type="button" onClick={copy}>Copy the snippet</button>
      <span role="status" class="meta">{copied ? " Copied." : ""}</span>
      <h2>Is it installed?</h2>
      <p id="sdk-check" role="status">
        {seen === "checking" && "Checking…"}
        {seen === "unknown" && "Could not check just now."}
        {typeof seen === "object" && <SdkSeen project={seen} />}
      </p>
      <button type="button" class="secondary" onClick={check}>Check again</button>
      <p class="meta">
        Public key: <code>{project.publicKey}</code>. It is safe in pages; secret keys are not.
      </p>
    </section>
  );
}

// The check's answer: where and when the widget last loaded, or what to do until it has.
function SdkSeen({ project }: { project: Project }) {
  if (project.sdkSeenAt) {
    return (
      <>
        Yes: the widget last loaded on <code>{project.sdkSeenOrigin}</code> at{" "}
        <time dateTime={project.sdkSeenAt}>{when(project.sdkSeenAt)}</time>.
      </>
    );
  }
  const origins = Array.isArray(project.allowedOrigins) ? project.allowedOrigins : [];
  return (
    <>
      Not yet: the widget has not loaded on a page of your site.{" "}
      {origins.length === 0 && "First list your site's origin in Settings, under allowed origins. "}
      Open a page with the snippet, then check again.
    </>
  );
}
