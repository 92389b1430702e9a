// The consent pop-up: a small panel at the bottom of the viewport, a non-modal dialog
// that takes focus when it opens (so keyboard and screen-reader users meet it) but traps
// nothing. It only draws a DialogView and reports what the visitor pressed.
import { CONSENT_CSS } from "./consent_style";
import type { DialogView } from "./consent_state";
import { h } from "./dom";

export interface DialogActions {
  // Accept all (true), Reject all (false), or Save choices (the Functionality switch).
  choose(functionality: boolean): void;
  withdraw(): void;
  // Escape or Close, offered only when the view is closable.
  close(): void;
}

export interface ConsentDialog {
  // Draws `view` (replacing what is shown) and moves focus to it.
  open(view: DialogView): void;
  close(): void;
  isOpen(): boolean;
  busy(on: boolean): void;
  error(message: string): void;
  // Says `message` to screen readers, also after the pop-up has gone.
  announce(message: string): void;
}

const ID = "waymark-consent";

function addStyle(doc: Document) {
  if (doc.getElementById(`${ID}-style`)) return;
  doc.head.append(h(doc, "style", { id: `${ID}-style` }, CONSENT_CSS));
}

function button(doc: Document, className: string, label: string, onClick: () => void) {
  const element = h(doc, "button", { type: "button", class: className }, label);
  element.addEventListener("click", onClick);
  return element;
}

function switchInput(doc: Document, id: string, checked: boolean, disabled: boolean) {
  const input = h(doc, "input", { type: "checkbox", role: "switch", id }) as HTMLInputElement;
  input.checked = checked;
  input.disabled = disabled;
  return input;
}

// Strictly necessary (on, fixed) and Functionality, with "Save choices"; hidden until
// Customize opens it.
function categories(doc: Document, view: DialogView, actions: DialogActions) {
  const functionality = switchInput(doc, `${ID}-functionality`, view.functionality, false);
  const panel = h(
    doc,
    "div",
    { id: `${ID}-categories`, hidden: true },
    h(
      doc,
      "fieldset",
      {},
      h(doc, "legend", {}, "Cookie categories"),
      h(doc, "label", {}, switchInput(doc, `${ID}-necessary`, true, true), "Strictly necessary — always on"),
      h(doc, "p", { class: "wmc-hint" }, "Your sign-in session, security tokens and this choice."),
      h(doc, "label", {}, functionality, "Functionality"),
      h(
        doc,
        "p",
        { class: "wmc-hint" },
        "Remember which messages you have seen and when you last opened the changelog, for the unread badge.",
      ),
    ),
    button(doc, "wmc-btn", "Save choices", () => actions.choose(functionality.checked)),
  );
  const toggle = h(doc, "button", { type: "button", class: "wmc-link", "aria-expanded": "false", "aria-controls": panel.id }, "Customize");
  toggle.addEventListener("click", () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute("aria-expanded", String(!panel.hidden));
    if (!panel.hidden) functionality.focus();
  });
  return [toggle, panel];
}

function render(doc: Document, view: DialogView, actions: DialogActions): HTMLElement {
  const [toggle, panel] = categories(doc, view, actions);
  const dialog = h(
    doc,
    "section",
    {
      id: ID,
      class: "wmc",
      role: "dialog",
      "aria-modal": "false",
      "aria-labelledby": `${ID}-title`,
      "aria-describedby": `${ID}-text`,
      tabindex: "-1",
    },
    h(doc, "h2", { id: `${ID}-title` }, view.title),
    h(
      doc,
      "p",
      { id: `${ID}-text` },
      "With your consent, functionality cookies remember which messages you have already seen " +
        "and when you last opened the changelog, for the unread badge. Strictly necessary cookies " +
        "are always on. Details in the ",
      h(doc, "a", { href: "/cookie-policy" }, "cookie policy"),
      ".",
    ),
    view.current === null ? null : h(doc, "p", { id: `${ID}-current` }, view.current),
    h(
      doc,
      "div",
      { class: "wmc-row" },
      button(doc, "wmc-btn", "Accept all", () => actions.choose(true)),
      button(doc, "wmc-btn", "Reject all", () => actions.choose(false)),
    ),
    toggle,
    panel,
    view.withdrawable ? button(doc, "wmc-link", "Withdraw consent", actions.withdraw) : null,
    view.closable ? button(doc, "wmc-link", "Close", actions.close) : null,
    h(doc, "p", { class: "wmc-error", role: "alert" }),
  );
  dialog.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && view.closable) {
      event.preventDefault();
      actions.close();
    }
  });
  return dialog;
}

export function createConsentDialog(doc: Document, actions: DialogActions): ConsentDialog {
  let shown: HTMLElement | null = null;
  let status: HTMLElement | null = null;
  return {
    open(view) {
      addStyle(doc);
      const next = render(doc, view, actions);
      // First in the document, so that Tab from the panel goes on into the page.
      if (shown) shown.replaceWith(next);
      else doc.body.prepend(next);
      shown = next;
      // In the top layer where browsers have one: above anything the page or its widget
      // shows, an in-app modal's backdrop included, yet not modal itself.
      if (typeof next.showPopover === "function") {
        next.popover = "manual";
        next.showPopover();
      }
      next.focus();
    },
    close() {
      shown?.remove();
      shown = null;
    },
    isOpen: () => shown !== null,
    busy(on) {
      if (!shown) return;
      shown.setAttribute("aria-busy", String(on));
      shown.querySelectorAll("button").forEach((b) => (b.disabled = on));
    },
    error(message) {
      const line = shown?.querySelector(".wmc-error");
      if (line) line.textContent = message;
    },
    announce(message) {
      addStyle(doc);
      if (!status) {
        status = h(doc, "p", { class: "wmc-sr", role: "status" });
        doc.body.append(status);
      }
      status.textContent = message;
    },
  };
}
