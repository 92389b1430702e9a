// A document.cookie that behaves like a browser's for one path, and remembers every write.
export interface FakeCookies {
  cookie: string;
  jar: Map<string, string>;
  writes: string[];
}

export function fakeCookies(initial: Record<string, string> = {}): FakeCookies {
  const jar = new Map(Object.entries(initial));
  const writes: string[] = [];
  return {
    jar,
    writes,
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    },
    set cookie(line: string) {
      writes.push(line);
      const [pair, ...attributes] = line.split(";").map((s) => s.trim());
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      if (attributes.some((a) => a === "Max-Age=0")) jar.delete(name);
      else jar.set(name, pair.slice(at + 1));
    },
  };
}
