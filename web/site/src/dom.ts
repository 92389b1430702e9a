// Elements built with DOM calls: the pages' CSP allows no inline script and no eval, and
// text set as text can never become markup.

type Attributes = Record<string, string | boolean | undefined>;

export function h(
  doc: Document,
  tag: string,
  attributes: Attributes = {},
  ...children: Array<Node | string | null>
): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, "");
    else if (typeof value === "string") element.setAttribute(name, value);
  }
  for (const child of children) if (child !== null) element.append(child);
  return element;
}
