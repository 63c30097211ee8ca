/**
 * An order's card on a list: the largest element around the order's first mark that
 * holds no other order's mark and no page chrome (navigation, header, tabs). Works on any
 * marketplace's markup because it asks only where the marks are.
 */
import { selectFirst } from './text';

const CHROME = 'nav, header, footer, [role="tablist"], [role="navigation"], [role="banner"]';

export function isPageFrame(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || selectFirst(element, CHROME) !== undefined;
}

/** Climbs from `start` while no element of `others` comes in and the page frame is not reached. */
export function climbToCard(start: Element, others: readonly Element[]): Element {
  let card = start;
  for (let parent = card.parentElement; parent; parent = parent.parentElement) {
    // The cheap test first: on a list, the climb usually ends at another order's mark.
    if (others.some((other) => parent.contains(other)) || isPageFrame(parent)) break;
    card = parent;
  }
  return card;
}
