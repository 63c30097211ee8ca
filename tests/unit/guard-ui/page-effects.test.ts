import { describe, expect, it, vi } from 'vitest';
import { createGuardScanner, pageContextFromDocument, type Finding } from '../../../lib/guard';
import { openClickGate } from '../../../lib/guard-ui/click-gate';
import { createLinkGuard } from '../../../lib/guard-ui/link-guard';
import { createMarks } from '../../../lib/guard-ui/marks';
import { FLAG_ATTRIBUTE, HIGHLIGHT_NAME } from '../../../lib/guard-ui/page-style';
import { HOTLINE_BLOCK, page, tick } from './helpers';

function scanned(body: string) {
  const doc = page(body);
  const findings = createGuardScanner(pageContextFromDocument(doc)).scanDocument(doc);
  return { doc, findings };
}

/** A stand-in Highlight API on the test window: a registry and Highlight objects that hold ranges. */
function installFakeHighlights(doc: Document) {
  class FakeHighlight extends Set<AbstractRange> {}
  const registry = new Map<string, FakeHighlight>();
  const view = doc.defaultView as unknown as object;
  Object.defineProperty(view, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(view, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

const styleCount = (doc: Document) => doc.adoptedStyleSheets.length + doc.querySelectorAll('style').length;

describe('marking flagged contacts in place', () => {
  it('paints ranges with the Highlight API and leaves the page’s DOM alone', () => {
    const { doc, findings } = scanned(HOTLINE_BLOCK);
    const registry = installFakeHighlights(doc);
    const before = doc.body.innerHTML;
    const marks = createMarks(doc);
    marks.mark(findings);
    expect(marks.usesHighlights).toBe(true);
    const ranges = [...(registry.get(HIGHLIGHT_NAME) ?? [])] as Range[];
    expect(ranges.map((r) => r.toString())).toEqual(['+1 888 555 0123']);
    expect(doc.body.innerHTML).toBe(before);
    expect(styleCount(doc)).toBe(1);
    marks.clear();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    expect(styleCount(doc)).toBe(0);
  });

  it('falls back to an outline on the contact’s link, removed again on clear', () => {
    const { doc, findings } = scanned(HOTLINE_BLOCK);
    const marks = createMarks(doc, { highlights: false });
    marks.mark(findings);
    expect(doc.getElementById('call')!.hasAttribute(FLAG_ATTRIBUTE)).toBe(true);
    expect(doc.querySelectorAll(`[${FLAG_ATTRIBUTE}]`)).toHaveLength(1);
    marks.unmark(findings);
    expect(doc.querySelectorAll(`[${FLAG_ATTRIBUTE}]`)).toHaveLength(0);
    marks.clear();
    expect(styleCount(doc)).toBe(0);
  });
});

/** A click as the user makes it: the browser marks it trusted (happy-dom cannot, so the test does). */
function userClick(target: Element, type = 'click'): boolean {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: type === 'auxclick' ? 1 : 0 });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return target.dispatchEvent(event);
}

describe('confirming a flagged contact link', () => {
  function guardedPage(answer: boolean, pageFirst?: (win: Window) => void) {
    const { doc, findings } = scanned(`${HOTLINE_BLOCK}<p><a id="plain" href="https://shop.example/">shop</a></p>`);
    const win = doc.defaultView as unknown as Window;
    // What guard.content.ts does at document_start, before any page script.
    openClickGate(win);
    pageFirst?.(win);
    const seen: string[] = [];
    // The page's own listener: sees a click only when the guard lets it through.
    doc.addEventListener('click', (event) => seen.push(`${(event.target as Element).id} ${event.defaultPrevented ? 'prevented' : 'allowed'}`));
    const ask = vi.fn(async (_finding: Finding, _link: Element) => answer);
    const guard = createLinkGuard(win, ask);
    for (const f of findings) guard.guard(f);
    return { doc, findings, seen, ask, guard };
  }

  it('holds the click, asks, and on "Open anyway" lets it through', async () => {
    const { doc, seen, ask } = guardedPage(true);
    userClick(doc.getElementById('call')!);
    expect(ask).toHaveBeenCalledOnce();
    expect(ask.mock.calls[0]![0].value).toBe('+18885550123');
    await tick();
    expect(seen).toEqual(['call allowed']);
  });

  it('on "Don’t open" the page never sees the click', async () => {
    const { doc, seen } = guardedPage(false);
    userClick(doc.getElementById('call')!);
    await tick();
    expect(seen).toEqual([]);
  });

  it('a page’s own capture listener, added before the guard started, never sees the click first', async () => {
    const pageSaw: string[] = [];
    const { doc, ask } = guardedPage(false, (win) => {
      // A page script: it would open the link itself (location.href = …) and swallow the click.
      win.addEventListener('click', (event) => {
        pageSaw.push((event.target as Element).id);
        event.stopImmediatePropagation();
      }, true);
    });
    userClick(doc.getElementById('call')!);
    await tick();
    expect(ask).toHaveBeenCalledOnce();
    expect(pageSaw).toEqual([]);
  });

  it('a click the page makes itself is stopped and asks nothing', async () => {
    const { doc, seen, ask } = guardedPage(true);
    const call = doc.getElementById('call')!;
    call.click();
    call.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await tick();
    expect(ask).not.toHaveBeenCalled();
    expect(seen).toEqual([]);
  });

  it('a middle click (new tab) is stopped too', async () => {
    const { doc, ask } = guardedPage(true);
    // dispatchEvent answers false when a listener prevented the default: no new tab.
    expect(userClick(doc.getElementById('call')!, 'auxclick')).toBe(false);
    expect(userClick(doc.getElementById('plain')!, 'auxclick')).toBe(true);
    await tick();
    expect(ask).not.toHaveBeenCalled();
  });

  it('leaves other links and released ones alone', async () => {
    const { doc, seen, ask, guard, findings } = guardedPage(false);
    userClick(doc.getElementById('plain')!);
    for (const f of findings) guard.release(f);
    userClick(doc.getElementById('call')!);
    await tick();
    expect(ask).not.toHaveBeenCalled();
    expect(seen).toEqual(['plain allowed', 'call allowed']);
  });
});
