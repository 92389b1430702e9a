// document.cookie, read and written the way docs/sdk.md says: Path=/, SameSite=Lax,
// Secure on https pages, the registry's lifetime.

export interface CookieDocument {
  cookie: string;
}

export interface Jar {
  get(name: string): string | null;
  set(name: string, value: string, maxAge: number | null): void;
  remove(name: string): void;
}

export function createJar(doc: CookieDocument, secure: boolean): Jar {
  const attributes = `; Path=/; SameSite=Lax${secure ? "; Secure" : ""}`;
  return {
    get(name) {
      for (const pair of doc.cookie.split(";")) {
        const at = pair.indexOf("=");
        if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
      }
      return null;
    },
    set(name, value, maxAge) {
      doc.cookie = `${name}=${value}${attributes}${maxAge === null ? "" : `; Max-Age=${Math.floor(maxAge)}`}`;
    },
    remove(name) {
      doc.cookie = `${name}=${attributes}; Max-Age=0`;
    },
  };
}
