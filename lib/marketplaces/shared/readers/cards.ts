/**
 * An order's card on a list: the largest element around the order's first mark that
 * holds no other order's mark and no page chrome (navigation, header, tabs). Works on any
 * marketplace's markup because it asks only where the marks are.
 */
import { selectAll, selectFirst } from './text';

const CHROME = 'nav, [role="tablist"], [role="navigation"], [role="banner"], [role="contentinfo"]';
/** Where a <header> or <footer> belongs to its section, not to the page (HTML-AAM: then it is no banner). */
const SECTIONING = 'article, aside, main, nav, section';

/**
 * Page chrome: navigation and tabs, and a <header>/<footer> of the page itself. A card
 * drawn as `<article><header>Shipped…</header>…<footer>Total…</footer></article>` keeps
 * its own header and footer, as screen readers do.
 */
export function isPageChrome(element: Element): boolean {
  if (element.matches(CHROME)) return true;
  return element.matches('header, footer') && !element.parentElement?.closest(SECTIONING);
}

export function isPageFrame(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || selectFirst(element, CHROME) !== undefined) return true;
  return selectAll(element, 'header, footer').some(isPageChrome);
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
