// The command queue: `jimo.push([verb, method, args])` checked against docs/sdk.md's table,
// then run in order. Commands that need the boot answer wait for it; a command whose
// handler returns a promise (identify, user updates...) holds the ones after it.
import { EVENT_NAMES } from "./events";
import { isFunction, isObject } from "./safe";

export interface Command {
  verb: string;
  method: string;
  args: unknown[];
}

type Check = (a: unknown[]) => boolean;

const isText = (x: unknown): x is string => typeof x === "string" && x !== "";
const optional = (x: unknown, check: (x: unknown) => boolean) => x === undefined || check(x);
const anything: Check = () => true;
const oneString: Check = (a) => typeof a[0] === "string";
const oneCallback: Check = (a) => isFunction(a[0]);

const CHECKS: Record<string, Check> = {
  "do identify": (a) =>
    (isText(a[0]) || Number.isFinite(a[0])) &&
    (isObject(a[1])
      ? optional(a[1].userHash, isText) && optional(a[2], isFunction)
      : optional(a[1], isFunction)),
  "set user:email": oneString,
  "set user:name": oneString,
  "set user:attributes": (a) => isObject(a[0]) && optional(a[1], isObject),
  "set core:language": (a) => isText(a[0]),
  "set consent": (a) => typeof a[0] === "boolean",
  "get user:id": oneCallback,
  "get user:attributes": oneCallback,
  "get widget:lastOpenDate": oneCallback,
  "get widget:unreadCount": oneCallback,
  "do widget:open": anything,
  "do widget:close": anything,
  "do boosted:trigger": (a) =>
    isObject(a[0]) &&
    isText(a[0].interactionId) &&
    optional(a[0].ignoreRecurrence, (x) => typeof x === "boolean"),
  "do boosted:refresh": anything,
  "do widget:reset-last-open": anything,
  "do storage:reset": anything,
  "do track": (a) => isText(a[0]) && optional(a[1], isObject),
};

// The command in a normal form, or null when it is malformed. Normal forms:
//   do identify  [userId: string, userHash: string | undefined, callback | undefined]
//   on / off     method = the event name, args = [handler]; ["on", name, handler] and
//                ["on", [name, handler]] are accepted too.
export function parseCommand(raw: unknown): Command | null {
  if (!Array.isArray(raw)) return null;
  let verb: unknown = raw[0];
  let method: unknown = raw[1];
  let args: unknown = raw[2];
  if ((verb === "on" || verb === "off") && Array.isArray(method)) {
    args = method.slice(1);
    method = method[0];
  }
  if (typeof verb !== "string" || typeof method !== "string") return null;
  const list = args === undefined ? [] : Array.isArray(args) ? args.slice() : [args];
  const name = `${verb} ${method}`;
  if (verb === "on" || verb === "off") {
    return EVENT_NAMES.includes(method) && isFunction(list[0]) ? { verb, method, args: list } : null;
  }
  const check = CHECKS[name];
  if (!check || !check(list)) return null;
  if (name === "do identify") {
    const hashed = isObject(list[1]);
    const hash = hashed ? (list[1] as { userHash?: string }).userHash : undefined;
    const callback = hashed ? list[2] : list[1];
    return { verb, method, args: [String(list[0]), hash, callback] };
  }
  return { verb, method, args: list };
}

export interface QueueHandlers {
  // Runs the command now if it may run before the boot answer; false queues it.
  runEarly(command: Command): boolean;
  run(command: Command): unknown;
  warn(...parts: unknown[]): void;
}

export interface Queue {
  push(raw: unknown): void;
  // The boot answered (or failed): waiting commands run, in order.
  open(): void;
  // Everything waiting is dropped and later commands are ignored.
  close(): void;
}

export function createQueue(handlers: QueueHandlers): Queue {
  let waiting: Command[] = [];
  let opened = false;
  let closed = false;
  let busy = false;

  const done = () => {
    busy = false;
    drain();
  };

  function drain() {
    while (opened && !closed && !busy && waiting.length) {
      const command = waiting[0];
      waiting = waiting.slice(1);
      let result: unknown;
      try {
        result = handlers.run(command);
      } catch (e) {
        handlers.warn(command.verb, command.method, e);
      }
      if (result && isFunction((result as Promise<unknown>).then)) {
        busy = true;
        (result as Promise<unknown>).then(done, done);
      }
    }
  }

  return {
    push(raw) {
      if (closed) return;
      const command = parseCommand(raw);
      if (!command) return handlers.warn("ignored a malformed command", raw);
      if (handlers.runEarly(command)) return;
      waiting = [...waiting, command];
      drain();
    },
    open() {
      opened = true;
      drain();
    },
    close() {
      closed = true;
      waiting = [];
    },
  };
}
