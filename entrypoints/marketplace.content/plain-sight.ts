/*
 * Whether the in-page sidebar's frame is in plain sight, judged from the page
 * it sits in. Chromium tells the frame itself (IntersectionObserver v2,
 * components/hooks/useUnobscured.ts); Firefox has no such thing, so before a
 * write the frame asks this script, which can see the page: a faded, hidden,
 * filtered or moved frame (on itself or any ancestor), or anything painted
 * over it, means "not in plain sight". A cover with `pointer-events: none`
 * lets clicks through and is invisible to hit testing, so for the moment of
 * the check every such element is made hit-testable (and put back at once,
 * in the same task: the page cannot react in between).
 *
 * What this cannot see (a pseudo-element that sets its own
 * `pointer-events: none`) is why the frame also asks the user once for each
 * time it appears, in a place the page cannot predict (components/CaptureBar.tsx).
 */

/** Effects that hide, fade or displace what the user sees, by computed property and its harmless value. */
const HARMLESS_STYLE: readonly [property: string, harmless: string][] = [
  ['visibility', 'visible'],
  ['filter', 'none'],
  ['transform', 'none'],
  ['clip-path', 'none'],
  ['mask-image', 'none'],
  ['mix-blend-mode', 'normal'],
];

/** Where the frame is hit-tested, as fractions of its width and height: spread out, away from the edges. */
const SAMPLE_FRACTIONS = [0.15, 0.5, 0.85];

type ShadowReader = (element: Element) => ShadowRoot | null;

/** The shadow root of an element, closed ones too where the browser lets an extension see them (Firefox's `openOrClosedShadowRoot`). */
function shadowRootOf(element: Element): ShadowRoot | null {
  const reader = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  return reader ?? element.shadowRoot;
}

/** The element, its ancestors, and the shadow hosts it sits in, up to <html>. */
function* selfAndAncestors(element: Element): Generator<Element> {
  let current: Element | null = element;
  while (current) {
    yield current;
    const parent: Element | null = current.parentElement;
    const root = current.getRootNode();
    current = parent ?? (root instanceof ShadowRoot ? root.host : null);
  }
}

/** False when the element or anything it sits in is faded, hidden, filtered, clipped, masked, blended or transformed. */
export function shownAsItIs(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (const node of selfAndAncestors(element)) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || Number.parseFloat(style.opacity) < 1) return false;
    for (const [property, harmless] of HARMLESS_STYLE) {
      const value = style.getPropertyValue(property);
      if (value !== '' && value !== harmless) return false;
    }
  }
  return true;
}

/** Every element of the document and of the shadow roots within it, except the subtree of `skip` (our own host). */
function* allElements(root: Document | ShadowRoot, skip: Element, shadowOf: ShadowReader): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    if (element === skip || skip.contains(element)) continue;
    yield element;
    const shadow = shadowOf(element);
    if (shadow) yield* allElements(shadow, skip, shadowOf);
  }
}

/** Makes every element with `pointer-events: none` hit-testable; returns the undo. */
function exposeClickThroughElements(doc: Document, host: Element, shadowOf: ShadowReader): () => void {
  const view = doc.defaultView!;
  const changed: [HTMLElement | SVGElement, string, string][] = [];
  for (const element of allElements(doc, host, shadowOf)) {
    if (!(element instanceof HTMLElement || element instanceof SVGElement)) continue;
    if (view.getComputedStyle(element).pointerEvents !== 'none') continue;
    changed.push([element, element.style.getPropertyValue('pointer-events'), element.style.getPropertyPriority('pointer-events')]);
    element.style.setProperty('pointer-events', 'auto', 'important');
  }
  return () => {
    for (const [element, value, priority] of changed) {
      if (value) element.style.setProperty('pointer-events', value, priority);
      else element.style.removeProperty('pointer-events');
    }
  };
}

/** The points of the frame to hit-test, or none when the frame is not wholly inside the viewport. */
function samplePoints(frame: Element): { x: number; y: number }[] {
  const rect = frame.getBoundingClientRect();
  const view = frame.ownerDocument.defaultView!;
  const inside = rect.width > 0 && rect.height > 0 && rect.left >= 0 && rect.top >= 0 && rect.right <= view.innerWidth && rect.bottom <= view.innerHeight;
  if (!inside) return [];
  return SAMPLE_FRACTIONS.flatMap((fx) => SAMPLE_FRACTIONS.map((fy) => ({ x: rect.left + rect.width * fx, y: rect.top + rect.height * fy })));
}

/** True when, at every sample point, the first thing the page would paint and hit there is our own host. */
function nothingOnTop(frame: Element, host: Element, shadowOf: ShadowReader): boolean {
  const doc = host.ownerDocument;
  const points = samplePoints(frame);
  if (points.length === 0) return false;
  const undo = exposeClickThroughElements(doc, host, shadowOf);
  try {
    return points.every(({ x, y }) => doc.elementsFromPoint(x, y)[0] === host);
  } finally {
    undo();
  }
}

/**
 * The answer to the frame's "am I in plain sight?": the frame and everything
 * it sits in show it as it is, it lies wholly in the viewport, and nothing
 * (click-through or not) is on top of it at points spread over it.
 */
export function frameInPlainSight(frame: Element | undefined, shadowOf: ShadowReader = shadowRootOf): boolean {
  if (!frame?.isConnected) return false;
  const root = frame.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : frame;
  return shownAsItIs(frame) && nothingOnTop(frame, host, shadowOf);
}
