// The host's event handlers: `on`/`off` commands register them, the core emits.
import { warn } from "./safe";

export type Handler = (payload?: unknown) => void;

export const EVENT_NAMES = [
  "widget:opened",
  "widget:closed",
  "boosted:shown",
  "boosted:dismissed",
  "boosted:completed",
  "boosted:target-missing",
  "post:reacted",
];

export interface Emitter {
  on(name: string, handler: Handler): void;
  off(name: string, handler: Handler): void;
  emit(name: string, payload?: unknown): void;
  clear(): void;
}

export function createEmitter(): Emitter {
  let handlers: Array<[string, Handler]> = [];
  return {
    on(name, handler) {
      handlers = [...handlers, [name, handler]];
    },
    off(name, handler) {
      handlers = handlers.filter(([n, h]) => n !== name || h !== handler);
    },
    emit(name, payload) {
      // A copy: a handler that calls off() must not make the loop skip its neighbour.
      for (const [n, h] of handlers) {
        if (n !== name) continue;
        try {
          h(payload);
        } catch (e) {
          warn(`a "${name}" handler threw`, e);
        }
      }
    },
    clear() {
      handlers = [];
    },
  };
}
