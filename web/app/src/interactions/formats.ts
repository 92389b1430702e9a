// The six formats an interaction takes, as makers choose them, and which format a saved
// one may move to (a PATCH cannot drop a stored field: docs/openapi.yaml, updateInteraction).

export type Format = "modal" | "snippet" | "banner" | "tooltip" | "hotspot" | "tour";
export type StepFormat = Exclude<Format, "tour">;

export interface FormatInfo {
  id: Format;
  name: string;
  description: string;
}

export const formats: FormatInfo[] = [
  { id: "modal", name: "Modal", description: "A dialog in the middle of the page over a dimmed background, for news that deserves full attention." },
  { id: "snippet", name: "Snippet", description: "A small card in a corner that leaves the page usable, for tips and light news." },
  { id: "banner", name: "Banner", description: "A bar across the top or the bottom of the page, for notices everyone should see." },
  { id: "tooltip", name: "Tooltip", description: "A bubble pointing at one element of your page, to explain a feature where it lives." },
  { id: "hotspot", name: "Hotspot", description: "A pulsing dot on an element that opens its bubble when clicked, for discreet hints." },
  { id: "tour", name: "Tour", description: "Several steps in a row, each a modal, snippet, banner, tooltip or hotspot, for onboarding." },
];

export const stepFormats = formats.filter((f): f is FormatInfo & { id: StepFormat } => f.id !== "tour");

export function formatName(format: string): string {
  return formats.find((f) => f.id === format)?.name ?? format;
}

// The formats a stored interaction of `stored` may be saved as.
export function reachableFormats(stored: Format): Format[] {
  if (stored === "modal" || stored === "snippet") return ["modal", "snippet", "banner", "tooltip", "hotspot"];
  if (stored === "tooltip" || stored === "hotspot") return ["tooltip", "hotspot"];
  return [stored];
}

export const isAnchored = (format: Format): boolean => format === "tooltip" || format === "hotspot";
