import { useEffect, useState } from "preact/hooks";
import { useSession } from "../context.js";
import type { ProjectScreenProps } from "./registry.js";

interface Totals {
  totals: Record<string, number>;
}

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
// any event from it in the last 30 days.
export function Install({ project }: ProjectScreenProps) {
  const { api } = useSession();
  const snippet = snippetFor(project.publicKey, window.location.origin);
  const [copied, setCopied] = useState(false);
  const [seen, setSeen] = useState<"checking" | "seen" | "unseen" | "unknown">("checking");

  const check = () => {
    setSeen("checking");
    api
      .get<Totals>(`/api/v1/projects/${encodeURIComponent(project.id)}/analytics`)
      .then((report) => setSeen(Object.values(report.totals).some((n) => n > 0) ? "seen" : "unseen"))
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
        {seen === "seen" && "Yes: the widget has sent events from your site in the last 30 days."}
        {seen === "unseen" && "Not yet: no event has come from the widget in the last 30 days. Open a page with the snippet, then check again."}
        {seen === "unknown" && "Could not check just now."}
      </p>
      <button type="button" class="secondary" onClick={check}>Check again</button>
      <p class="meta">
        Public key: <code>{project.publicKey}</code>. It is safe in pages; secret keys are not.
      </p>
    </section>
  );
}
