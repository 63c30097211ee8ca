/**
 * A tiny element builder for the guard's shadow-root UI. Text is only ever
 * set through text nodes, so page text shown in the banner (a contact as
 * written, the page's host) stays text.
 */
type Child = Node | string | null | undefined | false;

/**
 * Page text put into one of our sentences, isolated the way <bdi> isolates it
 * (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE): an Arabic or Hebrew site
 * name, or a contact written with a right-to-left override, keeps its own
 * direction without reordering the words around it. Any isolates or
 * overrides already in the text are closed inside (a stray PDI cannot end ours early).
 */
export function isolated(pageText: string): string {
  const inner = pageText.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
  return `\u2068${inner}\u2069`;
}

/** Languages written right to left (none of the UI's seven today; listed so that adding one needs nothing else). */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * `lang` and `dir` for the root of a piece of guard UI in language `lang`.
 * `dir` is set because the shadow host otherwise inherits the page's
 * direction (`all: initial` does not reset `direction`): on an Arabic or
 * Hebrew page an English banner would be laid out right to left, its
 * punctuation at the wrong end and, through its logical insets, in the other corner.
 */
export function languageAttributes(lang: string): { lang: string; dir: 'ltr' | 'rtl' } {
  const primary = lang.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return { lang, dir: RIGHT_TO_LEFT.has(primary) ? 'rtl' : 'ltr' };
}

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

/**
 * Whether the user made this event (a real click, Enter or Space on a
 * button), not a script. The guard's shadow root is open (tests and
 * assistive technology rely on it), so the page can reach its buttons and
 * call click(): such events have isTrusted false and change nothing.
 */
export function byUser(event: Event): boolean {
  return event.isTrusted === true;
}

/** A button that acts on the user's own clicks and key presses only (see `byUser`). */
export function button(doc: Document, label: string, onClick: () => void, className = ''): HTMLButtonElement {
  const b = el(doc, 'button', { type: 'button', ...(className ? { class: className } : {}) }, [label]);
  b.addEventListener('click', (event) => {
    if (byUser(event)) onClick();
  });
  return b;
}
