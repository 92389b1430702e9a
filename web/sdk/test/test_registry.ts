// The cookie registry as the server writes it into sdk.js with the default prefix, for the
// tests of what the SDK stores.
import type { Registry } from "../src/registry";

export const YEAR = 31536000;

export const registry: Registry = {
  token: { name: "_JIMO_TOKEN", maxAge: null, maxBytes: 64 },
  boostedViewed: { name: "_JIMO_BOOSTED_VIEWED", maxAge: YEAR, maxBytes: 1024 },
  lastOpenedAt: { name: "_JIMO_LAST_OPENED_AT", maxAge: YEAR, maxBytes: 16 },
  boostedForbidden: { name: "_JIMO_BOOSTED_FORBIDDEN", maxAge: YEAR, maxBytes: 1024 },
  defaultMessageShowAt: { name: "_JIMO_DEFAULT_MESSAGE_SHOW_AT", maxAge: YEAR, maxBytes: 16 },
  analyticsEvents: { name: "_JIMO_ANALYTICS_EVENTS", maxAge: null, maxBytes: 3072 },
  recentlySavedEvent: { name: "_JIMO_RECENTLY_SAVED_EVENT", maxAge: null, maxBytes: 1024 },
};
