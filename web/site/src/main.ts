// site.js, loaded by every page of the site and the dashboard's (deferred, so the document
// is parsed): the consent pop-up and the site's widget once consent is known. It sets no
// cookie and stores nothing.
import { createConsentApi } from "./consent_api";
import { startConsent } from "./consent";
import { functionalityAllowed } from "./consent_state";
import { createRequest } from "./http";
import { createSiteWidget, widgetKey } from "./site_widget";

function start() {
  const request = createRequest((path, init) => fetch(path, init));
  const key = widgetKey(document);
  const widget = key ? createSiteWidget(window, key) : null;
  const known = startConsent(document, {
    api: createConsentApi(request),
    onChoice: (allowed) => widget?.consent(allowed),
  });
  if (widget) void known.then((answer) => widget.start(functionalityAllowed(answer)));
}

try {
  start();
} catch (e) {
  // A page works without this script; say why it did not run rather than break others.
  console.warn("site.js:", e);
}
