// Deletes cookies on this page at once, when the visitor refuses or withdraws consent.
// This script never sets a cookie: the only writes are expiring ones.

export interface CookieDocument {
  cookie: string;
}

// A cookie is replaced only by a write with its name, path and domain; a Secure one only
// by a Secure write, which browsers ignore on http pages. So every variant is written: the
// ones that do not apply change nothing.
const VARIANTS = ["", "; SameSite=Lax", "; Secure; SameSite=Lax", "; Secure; SameSite=None"];

export function expiringWrites(name: string): string[] {
  return VARIANTS.map((attributes) => `${name}=; Path=/; Max-Age=0${attributes}`);
}

export function deleteCookies(doc: CookieDocument, names: string[]): void {
  for (const name of names) for (const write of expiringWrites(name)) doc.cookie = write;
}
