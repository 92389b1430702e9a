// Built-ins captured when the script loads: a host page that later replaces JSON or
// console must not change what the SDK does, and nothing the SDK does may throw into it.

export const jsonParse = JSON.parse;
export const jsonStringify = JSON.stringify;
const con = console;
const conWarn = con.warn;

export function warn(...parts: unknown[]): void {
  try {
    conWarn.apply(con, ["Waymark:", ...parts]);
  } catch {
    // A console that throws leaves nobody to tell.
  }
}

// Wraps a function the page or the browser calls, so an error in it stays ours.
export function guard<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (e) {
      warn(e);
      return undefined;
    }
  };
}

export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // An old browser without the User Timing API only loses the measurement.
  }
}

export const isObject = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === "object" && !Array.isArray(x);

export const isFunction = (x: unknown): x is (...args: unknown[]) => unknown =>
  typeof x === "function";

export const list = <T = unknown>(x: unknown): T[] => (Array.isArray(x) ? (x as T[]) : []);
