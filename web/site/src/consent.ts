// The consent flow of every page: ask the server for the visitor's answer, open the
// pop-up when a choice is due or when the visitor asks for it ("Cookie settings"), send
// the choice, and take a refusal into effect at once.
import type { ConsentApi, Saved } from "./consent_api";
import { createConsentDialog } from "./consent_dialog";
import { dialogView, failureMessage } from "./consent_state";
import type { ConsentAnswer } from "./consent_state";
import { deleteCookies } from "./cookie_cleanup";

export interface ConsentOptions {
  api: ConsentApi;
  // Told every choice the visitor makes, before the server has it when it is a refusal.
  onChoice(allowed: boolean): void;
}

const SETTINGS = "[data-cookie-settings]";

// Resolves with the answer once the server gave it (null when it could not).
export function startConsent(doc: Document, { api, onChoice }: ConsentOptions): Promise<ConsentAnswer | null> {
  let answer: ConsentAnswer | null = null;
  let opener: HTMLElement | null = null;
  const known = api.current().then((current) => (answer = current));

  // A refusal holds before the server has it: the widget stops writing and the cookies
  // go, whatever the server then answers.
  async function refuseHere() {
    onChoice(false);
    deleteCookies(doc, await api.functionalityCookies());
  }

  async function settle(send: () => Promise<Saved>, allowed: boolean) {
    dialog.busy(true);
    dialog.error("");
    const refused = allowed ? Promise.resolve() : refuseHere();
    const saved = await send();
    await refused;
    dialog.busy(false);
    if (!saved.ok) return dialog.error(failureMessage(saved.status, saved.retryAfter));
    answer = saved.answer;
    if (allowed) onChoice(true);
    close();
    dialog.announce(allowed ? "Functionality cookies are on." : "Functionality cookies are off.");
  }

  const dialog = createConsentDialog(doc, {
    choose: (functionality) => void settle(() => api.choose(functionality), functionality),
    withdraw: () => void settle(() => api.withdraw(), false),
    close,
  });

  function close() {
    dialog.close();
    if (opener && opener.isConnected) opener.focus();
    opener = null;
  }

  function open(reopened: boolean, from: HTMLElement | null) {
    opener = from;
    dialog.open(dialogView(answer, reopened));
  }

  doc.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target ? target.closest<HTMLElement>(SETTINGS) : null;
    if (!link) return;
    event.preventDefault();
    void known.then(() => open(true, link));
  });

  void known.then((current) => {
    if (current?.needsChoice) open(false, null);
    else if (doc.location.hash === "#cookie-settings") open(true, doc.querySelector<HTMLElement>(SETTINGS));
  });
  return known;
}
