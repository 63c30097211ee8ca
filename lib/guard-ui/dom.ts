/**
 * A tiny element builder for the guard's shadow-root UI. Text is only ever
 * set through text nodes, so page text shown in the banner (a contact as
 * written, the page's host) stays text.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return element;
}

export function button(doc: Document, label: string, onClick: () => void, className = ''): HTMLButtonElement {
  const b = el(doc, 'button', { type: 'button', ...(className ? { class: className } : {}) }, [label]);
  b.addEventListener('click', onClick);
  return b;
}
