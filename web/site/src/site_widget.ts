// The site's own changelog widget, when a page names one in
// <meta name="waymark-widget" content="PUBLIC_KEY">. The widget starts only once the
// consent answer is known, with that consent queued first, so the SDK never writes a
// functionality cookie before the visitor's choice.

export interface WidgetWindow {
  jimo?: unknown;
  JIMO_PROJECT_ID?: unknown;
  document: Pick<Document, "createElement" | "head">;
}

interface Queue {
  push(...commands: unknown[]): unknown;
}

export interface SiteWidget {
  start(allowed: boolean): void;
  // A later choice; the SDK deletes its functionality cookies itself on false.
  consent(allowed: boolean): void;
}

export function widgetKey(doc: Pick<Document, "querySelector">): string | null {
  const meta = doc.querySelector('meta[name="waymark-widget"]');
  const key = meta ? meta.getAttribute("content") : null;
  return key ? key.trim() || null : null;
}

// The snippet's command queue: an array until the SDK replaces it with its own object.
function queue(win: WidgetWindow): Queue {
  if (!win.jimo) win.jimo = [];
  return win.jimo as Queue;
}

export function createSiteWidget(win: WidgetWindow, key: string): SiteWidget {
  let started = false;
  let pending: boolean | null = null;
  return {
    start(allowed) {
      if (started) return;
      started = true;
      queue(win).push(["set", "consent", [pending ?? allowed]]);
      win.JIMO_PROJECT_ID = key;
      const script = win.document.createElement("script");
      script.src = "/sdk.js";
      script.async = true;
      win.document.head.appendChild(script);
    },
    consent(allowed) {
      if (started) queue(win).push(["set", "consent", [allowed]]);
      else pending = allowed;
    },
  };
}
