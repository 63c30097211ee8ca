import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSidebar } from '../../../entrypoints/marketplace.content/sidebar-ui';

function mountIn(doc: Document) {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const container = doc.createElement('div');
  root.append(container);
  doc.body.append(host);
  const onToggle = vi.fn();
  const view = buildSidebar(container, 'chrome-extension://abc/sidebar.html', onToggle);
  return {
    view,
    onToggle,
    root,
    tab: root.querySelector<HTMLButtonElement>('button.edge-tab')!,
    close: root.querySelector<HTMLButtonElement>('button.close')!,
    panel: root.querySelector<HTMLElement>('.panel')!,
  };
}

describe('the in-page sidebar’s edge tab and panel', () => {
  beforeEach(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.body.replaceChildren();
  });

  it('loads the app on first open only, at the route asked for', () => {
    const { view, panel } = mountIn(document);
    expect(view.frame()).toBeUndefined();
    view.setOpen(true, { route: '/orders', focus: false });
    expect(view.frame()?.getAttribute('src')).toBe('chrome-extension://abc/sidebar.html#/orders');
    expect(panel.hidden).toBe(false);
    view.setOpen(false, { focus: false });
    expect(panel.hidden).toBe(true);
  });

  it('puts focus back on the page element that had it when the sidebar opened', () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const { view, root, close } = mountIn(document);
    view.setOpen(true);
    expect(root.activeElement).toBe(close);
    view.setOpen(false);
    expect(document.activeElement).toBe(field);
  });

  it('puts focus back on the edge tab when that is what opened it', () => {
    const { view, root, tab } = mountIn(document);
    tab.focus();
    view.setOpen(true);
    view.setOpen(false);
    expect(root.activeElement).toBe(tab);
  });

  it('ignores the page’s own clicks and key presses on its buttons (isTrusted false)', () => {
    const { view, onToggle, tab, close, panel } = mountIn(document);
    tab.click();
    expect(view.isOpen()).toBe(false);
    view.setOpen(true, { focus: false });
    close.click();
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(view.isOpen()).toBe(true);
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('labels the tab with the due-soon count in the chosen language', () => {
    const { view, tab } = mountIn(document);
    view.setDueSoon(3);
    expect(tab.getAttribute('aria-label')).toMatch(/3/);
    const english = tab.getAttribute('aria-label');
    view.setLocale('pl');
    expect(tab.getAttribute('aria-label')).not.toBe(english);
    view.setDueSoon(0);
    expect(tab.querySelector<HTMLElement>('.count')!.hidden).toBe(true);
  });
});
