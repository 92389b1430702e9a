// The entry point: the snippet's globals (docs/sdk.md, "Install") in, the widget out.
import "./start_mark";
import { guard, warn } from "./safe";
import { createApi, scriptOrigin } from "./api";
import { createJar } from "./cookie_jar";
import { servedRegistry } from "./registry";
import { createStorage } from "./storage";
import { createWidget } from "./widget";
import { createUi } from "./ui/index";
import type { Widget } from "./widget";

interface HostWindow extends Window {
  jimo?: unknown;
  JIMO_PROJECT_ID?: unknown;
  JIMO_MANUAL_INIT?: unknown;
  jimoInit?: () => void;
  jimoKill?: () => void;
}

const QUEUE_MARK = "__waymark";

function install(win: HostWindow) {
  const queued = win.jimo as { [QUEUE_MARK]?: true } | undefined;
  // A second copy of the script on the same page leaves the first in charge.
  if (queued && queued[QUEUE_MARK]) return;
  const origin = scriptOrigin(win.document);
  let early: unknown[] = Array.isArray(queued) ? queued.slice() : [];
  let widget: Widget | null = null;

  win.jimo = {
    [QUEUE_MARK]: true,
    push: guard((...commands: unknown[]) => {
      for (const command of commands) {
        if (widget) widget.push(command);
        else early = [...early, command];
      }
    }),
  };

  win.jimoInit = guard(() => {
    if (widget) return;
    const projectId = win.JIMO_PROJECT_ID;
    if (typeof projectId !== "string" || !projectId) {
      return warn("no JIMO_PROJECT_ID");
    }
    if (!origin) return warn("cannot tell where sdk.js came from");
    const storage = createStorage(createJar(win.document, win.location.protocol === "https:"), servedRegistry());
    const instance = createWidget({ projectId, api: createApi(origin), storage, win, createUi });
    widget = instance;
    const replay = early;
    early = [];
    replay.forEach((command) => instance.push(command));
    instance.start();
  });

  win.jimoKill = guard(() => {
    if (widget) widget.kill();
    widget = null;
  });

  if (!win.JIMO_MANUAL_INIT) win.jimoInit();
}

try {
  install(window as HostWindow);
} catch (e) {
  warn(e);
}
