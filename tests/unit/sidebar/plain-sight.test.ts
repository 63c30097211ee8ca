import { afterEach, describe, expect, it } from 'vitest';
import { frameInPlainSight, shownAsItIs } from '../../../entrypoints/marketplace.content/plain-sight';

/*
 * The content script's side of "is the in-page sidebar in plain sight?" (Firefox,
 * which has no IntersectionObserver v2). happy-dom has no layout, so the frame's
 * box and the page's hit testing are stood in for: hit testing follows the one
 * rule that matters here (an element with pointer-events: none is never hit).
 */

function sidebarInPage(): { host: HTMLElement; frame: HTMLIFrameElement } {
  const host = document.createElement('buyerguard-sidebar');
  const root = host.attachShadow({ mode: 'open' });
  const frame = document.createElement('iframe');
  root.append(frame);
  document.body.append(host);
  frame.getBoundingClientRect = () => DOMRect.fromRect({ x: 600, y: 0, width: 400, height: 700 });
  return { host, frame };
}

/** Stands in for the browser's hit testing: the topmost of `stack` that takes pointer events, then the host. */
function hitTesting(host: Element, stack: HTMLElement[]): Element[][] {
  const seen: Element[][] = [];
  document.elementsFromPoint = () => {
    const hit = [...stack.filter((element) => getComputedStyle(element).pointerEvents !== 'none'), host];
    seen.push(hit);
    return hit;
  };
  return seen;
}

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
});

describe('frameInPlainSight', () => {
  it('is true for a frame nothing covers, fades or moves, looking at points spread over it', () => {
    const { host, frame } = sidebarInPage();
    const seen = hitTesting(host, []);
    expect(frameInPlainSight(frame)).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(4);
  });

  it('sees a click-through cover (pointer-events: none) over the frame, and leaves its style as the page set it', () => {
    const { host, frame } = sidebarInPage();
    const cover = document.createElement('div');
    cover.style.cssText = 'position: fixed; inset: 0; pointer-events: none !important';
    document.body.append(cover);
    hitTesting(host, [cover]);
    expect(frameInPlainSight(frame)).toBe(false);
    expect(cover.style.getPropertyValue('pointer-events')).toBe('none');
    expect(cover.style.getPropertyPriority('pointer-events')).toBe('important');
  });

  it('sees a cover that is click-through only by inheritance, and removes nothing it did not add', () => {
    const { host, frame } = sidebarInPage();
    const wrapper = document.createElement('div');
    wrapper.style.pointerEvents = 'none';
    const cover = document.createElement('div');
    wrapper.append(cover);
    document.body.append(wrapper);
    hitTesting(host, [cover]);
    expect(frameInPlainSight(frame)).toBe(false);
    expect(cover.getAttribute('style') ?? '').not.toContain('pointer-events');
  });

  it('is false for an opaque cover that takes clicks itself', () => {
    const { host, frame } = sidebarInPage();
    const cover = document.createElement('div');
    document.body.append(cover);
    hitTesting(host, [cover]);
    expect(frameInPlainSight(frame)).toBe(false);
  });

  it('is false when the frame lies partly outside the viewport, or has no box', () => {
    const { host, frame } = sidebarInPage();
    hitTesting(host, []);
    frame.getBoundingClientRect = () => DOMRect.fromRect({ x: innerWidth - 100, y: 0, width: 400, height: 300 });
    expect(frameInPlainSight(frame)).toBe(false);
    frame.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 0, height: 0 });
    expect(frameInPlainSight(frame)).toBe(false);
  });

  it('is false without a frame, or once the frame left the page', () => {
    const { host, frame } = sidebarInPage();
    hitTesting(host, []);
    expect(frameInPlainSight(undefined)).toBe(false);
    host.remove();
    expect(frameInPlainSight(frame)).toBe(false);
  });
});

describe('shownAsItIs', () => {
  it.each([
    ['opacity', '0.01'],
    ['visibility', 'hidden'],
    ['filter', 'opacity(0.1)'],
    ['transform', 'scale(0.2)'],
    ['display', 'none'],
  ])('is false when an ancestor of the sidebar host sets %s: %s', (property, value) => {
    const { frame } = sidebarInPage();
    expect(shownAsItIs(frame)).toBe(true);
    document.body.style.setProperty(property, value);
    expect(shownAsItIs(frame)).toBe(false);
  });
});
