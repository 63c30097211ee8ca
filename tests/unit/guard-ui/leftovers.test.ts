import { Window as HappyWindow } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createGuardHost, isGuardHost } from '../../../lib/guard-ui/host';
import { markOwnUi, OWN_UI_ATTRIBUTE, removeLeftoverUi } from '../../../lib/guard-ui/leftovers';

function page(): Document {
  const win = new HappyWindow({ url: 'https://www.example.test/' });
  win.document.body.innerHTML = '<p>Seller page</p>';
  return win.document as unknown as Document;
}

const guardHosts = (doc: Document) => [...doc.documentElement.children].filter(isGuardHost);

describe('UI an earlier copy of the content scripts left in the page (Firefox add-on reload)', () => {
  it('a new guard copy removes the earlier hosts before it mounts, and its own host is there once', () => {
    const doc = page();
    const earlier = [createGuardHost(doc).element, createGuardHost(doc).element];
    const earlierSidebar = doc.createElement('buyerguard-sidebar');
    markOwnUi(earlierSidebar, 'sidebar');
    doc.body.append(earlierSidebar);
    // The page's own elements, one even named like our host, carry no marker.
    const lookalike = doc.createElement('buyerguard-guard-pagemade');
    const plain = doc.createElement('div');
    doc.documentElement.append(lookalike);
    doc.body.append(plain);

    expect(removeLeftoverUi(doc, 'guard')).toBe(2);
    const ours = createGuardHost(doc).element;

    expect(earlier.some((element) => element.isConnected)).toBe(false);
    expect(guardHosts(doc)).toEqual([lookalike, ours]);
    expect(doc.querySelectorAll(`[${OWN_UI_ATTRIBUTE}="guard"]`)).toHaveLength(1);
    expect(lookalike.isConnected && plain.isConnected).toBe(true);
    // The sidebar is the other script's to clear.
    expect(earlierSidebar.isConnected).toBe(true);
    expect(removeLeftoverUi(doc, 'sidebar')).toBe(1);
    expect(earlierSidebar.isConnected).toBe(false);
  });

  it('a page that forges the marker before we start loses only its own element', () => {
    const doc = page();
    const forged = doc.createElement('div');
    forged.setAttribute(OWN_UI_ATTRIBUTE, 'guard');
    forged.textContent = 'Looks like Buyerguard';
    doc.body.append(forged);

    removeLeftoverUi(doc, 'guard');
    const ours = createGuardHost(doc).element;

    expect(forged.isConnected).toBe(false);
    expect(ours.isConnected).toBe(true);
    expect(ours.getAttribute(OWN_UI_ATTRIBUTE)).toBe('guard');
  });
});
