// Small DOM helpers; every listener attached here is guarded so nothing throws into the page.
import { guard } from "../safe";

export type Kid = Node | string | null | undefined | false | 0;
type Attrs = Record<string, string | null | undefined | false | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...kids: Kid[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  // Object.keys, not for-in: a page may have added enumerable members to Object.prototype.
  if (attrs)
    Object.keys(attrs).forEach((k) => {
      const v = attrs[k];
      if (typeof v == "function") el.addEventListener(k.slice(2), guard(v));
      else if (v != null && v !== false) el.setAttribute(k, v);
    });
  kids.forEach((k) => k && el.append(k));
  return el;
}

let ids = 0;
export const uid = (): string => "wm" + ++ids;

// The element that really has focus, looking through open shadow roots (ours included).
export function deepActive(): HTMLElement | null {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a as HTMLElement | null;
}

export function focusables(box: HTMLElement): HTMLElement[] {
  return Array.prototype.filter.call(
    box.querySelectorAll("button,a[href],input,select,textarea,[tabindex]:not([tabindex='-1'])"),
    (e: HTMLElement) => !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
  ) as HTMLElement[];
}

// Gives focus back to what had it before, unless the user has since put it somewhere else.
export function restoreFocus(back: HTMLElement | null): void {
  const now = deepActive();
  if (back && back.isConnected && (!now || now == document.body)) back.focus();
}

export const safeUrl = (u: string | undefined): u is string => !!u && /^https?:\/\//i.test(u);
