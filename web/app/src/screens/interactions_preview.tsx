// The live preview: the screen being edited, drawn by the SDK's own code on a stage that
// stands for the end-user's window.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { ContentDraft } from "../interactions/model.js";
import { drawPreview } from "../interactions/preview.js";
import { sceneOf, screensOf } from "../interactions/scene.js";
import type { Project } from "../types.js";
import { useRenderedMarkdown } from "../ui/markdown.js";

// Counts the stage's resizes, so the preview is drawn again for its new size.
function useResizes(target: { current: HTMLElement | null }): number {
  const [resizes, setResizes] = useState(0);
  useEffect(() => {
    if (!target.current || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setResizes((n) => n + 1));
    observer.observe(target.current);
    return () => observer.disconnect();
  }, []);
  return resizes;
}

interface Props {
  project: Project;
  content: ContentDraft;
  step: number;
  onStep: (step: number) => void;
}

export function InteractionPreview({ project, content, step, onStep }: Props) {
  const screens = screensOf(content);
  const index = Math.max(0, Math.min(step, screens.length - 1));
  const bodyHtml = useRenderedMarkdown(project, screens[index]?.body ?? "");
  const stage = useRef<HTMLDivElement>(null);
  const resizes = useResizes(stage);
  const scene = sceneOf(content, index, bodyHtml);
  const look = (project.look ?? {}) as { accentColor?: string; position?: string; launcher?: boolean };
  const language = typeof project.defaultLanguage === "string" ? project.defaultLanguage : "en";
  const key = JSON.stringify([scene, look, language, resizes]);

  useLayoutEffect(() => {
    if (!stage.current || !scene) return;
    drawPreview(
      stage.current,
      { ...scene, accentColor: look.accentColor, language, launcherShown: look.launcher !== false, launcherLeft: look.position === "bottom-left" },
      (a) => {
        const what = typeof a === "string" ? a : a.action;
        if (what === "next" && index + 1 < screens.length) onStep(index + 1);
        if (what === "back" && index > 0) onStep(index - 1);
      },
    );
  }, [key]);

  const anchored = scene && (scene.screen.format === "tooltip" || scene.screen.format === "hotspot");
  return (
    <div class="ix-preview">
      <div class="ix-preview-head">
        <h2>Preview</h2>
        {content.format === "tour" && (
          <span class="actions">
            <button type="button" class="secondary" disabled={index === 0} onClick={() => onStep(index - 1)}>Previous step</button>
            <span class="meta">Step {index + 1} of {screens.length}</span>
            <button type="button" class="secondary" disabled={index + 1 >= screens.length} onClick={() => onStep(index + 1)}>Next step</button>
          </span>
        )}
      </div>
      <div id="interaction-preview" class="ix-stage" ref={stage} />
      <p class="hint">
        Drawn by the widget’s own code, in your project’s colour, as in a window this size.
        {anchored && " The dashed box stands for the element it points at."}
      </p>
    </div>
  );
}
