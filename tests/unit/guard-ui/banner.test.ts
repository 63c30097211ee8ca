import { describe, expect, it, vi } from 'vitest';
import { createGuardScanner, pageContextFromDocument, uniqueContacts } from '../../../lib/guard';
import { bannerModel, renderBanner } from '../../../lib/guard-ui/banner';
import { isolated } from '../../../lib/guard-ui/dom';
import { guardTranslator } from '../../../lib/guard-ui/i18n';
import { guardStrings } from '../../../lib/guard-ui/strings';
import { HOTLINE_BLOCK, page, userClick, userKey } from './helpers';

const t = guardTranslator(guardStrings('en'));

function findingsOf(doc: Document) {
  return uniqueContacts(createGuardScanner(pageContextFromDocument(doc)).scanDocument(doc));
}

describe('the warning banner', () => {
  it('lists each contact with its reason and the official way, as an alert', () => {
    const doc = page(`${HOTLINE_BLOCK}<p>AliExpress support e-mail: aliexpress.help.desk@gmail.com</p>`);
    const findings = findingsOf(doc);
    expect(findings.map((f) => f.value).sort()).toEqual(['+18885550123', 'aliexpress.help.desk@gmail.com']);
    const actions = { trustContact: vi.fn(), trustSite: vi.fn(), dismiss: vi.fn(), reportSeller: vi.fn() };
    const banner = renderBanner(doc, t, 'en', bannerModel(findings, t), actions);
    doc.body.append(banner);

    expect(banner.getAttribute('role')).toBe('alert');
    expect(doc.getElementById(banner.getAttribute('aria-labelledby')!)?.textContent).toBe('Possible scam contact');
    const text = banner.textContent ?? '';
    expect(text).toContain('This page presents 2 contacts as AliExpress support.');
    expect(text).toContain('+18885550123');
    expect(text).toContain('AliExpress has no customer phone line.');
    expect(text).toContain('A free mailbox (Gmail, Outlook …) never belongs to AliExpress support.');
    // The page wrote the number with spaces: the banner shows that too, isolated like <bdi> (issue 9).
    expect(text).toContain('Written on the page as “\u2068+1 888 555 0123\u2069”');
    const links = [...banner.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(new URL(link.href).hostname.endsWith('aliexpress.com')).toBe(true);

    const buttons = [...banner.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Trust this contact', 'Trust this contact', 'Don’t warn on this site', 'Hide this warning']);
    userClick(buttons[0]!);
    expect(actions.trustContact).toHaveBeenCalledWith(expect.objectContaining({ value: findings[0]!.value }));
    userClick(buttons[2]!);
    expect(actions.trustSite).toHaveBeenCalledOnce();
    userKey(banner, 'Escape');
    expect(actions.dismiss).toHaveBeenCalledOnce();
  });

  it('offers to report a seller who moves the deal off the platform, on the marketplace’s own page', () => {
    const doc = page('<h1>LED strip 5 m</h1><div class="description"><p>For wholesale price contact me on WhatsApp +86 139 2214 7730, pay by bank transfer.</p></div>', {
      url: 'https://www.aliexpress.com/item/1005001234567890.html',
    });
    const findings = findingsOf(doc);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.reason === 'offplatform-seller')).toBe(true);
    const reportSeller = vi.fn();
    const banner = renderBanner(doc, t, 'en', bannerModel(findings, t), { trustContact: vi.fn(), trustSite: vi.fn(), dismiss: vi.fn(), reportSeller });
    expect(banner.textContent).toContain('outside AliExpress');
    const report = [...banner.querySelectorAll('button')].find((b) => b.textContent === 'Report seller (off-platform trading)');
    userClick(report!);
    expect(reportSeller).toHaveBeenCalledWith(expect.objectContaining({ offplatform: true, marketplace: 'aliexpress' }));
  });

  it('ignores clicks and key presses a page script makes: only the user changes trust', () => {
    const doc = page(HOTLINE_BLOCK);
    const actions = { trustContact: vi.fn(), trustSite: vi.fn(), dismiss: vi.fn(), reportSeller: vi.fn() };
    const banner = renderBanner(doc, t, 'en', bannerModel(findingsOf(doc), t), actions);
    doc.body.append(banner);
    for (const button of banner.querySelectorAll('button')) {
      button.click();
      button.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).MouseEvent('click', { bubbles: true }));
    }
    banner.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.trustContact).not.toHaveBeenCalled();
    expect(actions.trustSite).not.toHaveBeenCalled();
    expect(actions.dismiss).not.toHaveBeenCalled();
  });

  it('keeps page text as text', () => {
    const doc = page('<h1>AliExpress hotline</h1><p>AliExpress customer support, call: <a href="tel:+18885550123">&lt;img src=x onerror=alert(1)&gt;</a></p>');
    const findings = findingsOf(doc);
    expect(findings.length).toBe(1);
    const banner = renderBanner(doc, t, 'en', bannerModel(findings, t), { trustContact: vi.fn(), trustSite: vi.fn(), dismiss: vi.fn(), reportSeller: vi.fn() });
    expect(banner.querySelector('img')).toBeNull();
    expect(banner.textContent).toContain('“\u2068<img src=x onerror=alert(1)>\u2069”');
  });

  it('isolates page text so right-to-left writing cannot reorder the banner (issue 9)', () => {
    const doc = page(`${HOTLINE_BLOCK}<p dir="rtl">שירות לקוחות</p>`, { lang: 'he' });
    const findings = findingsOf(doc);
    expect(findings.length).toBeGreaterThan(0);
    const banner = renderBanner(doc, t, 'en', bannerModel(findings, t), { trustContact: vi.fn(), trustSite: vi.fn(), dismiss: vi.fn(), reportSeller: vi.fn() });
    const values = [...banner.querySelectorAll('.value')];
    expect(values.length).toBe(findings.length);
    for (const value of values) expect(value.localName).toBe('bdi');
    for (const written of banner.querySelectorAll('.written')) {
      const text = written.textContent ?? '';
      const start = text.indexOf('\u2068');
      expect(start).toBeGreaterThan(0);
      expect(text.indexOf('\u2069')).toBeGreaterThan(start);
    }
  });

  it('drops the page’s own bidi controls inside an isolate, so none can leak past it', () => {
    // A right-to-left override, and a stray "pop isolate" that would end ours early.
    expect(isolated('\u202Egpj.exe\u2069 Store')).toBe('\u2068gpj.exe Store\u2069');
    expect(isolated('متجر')).toBe('\u2068متجر\u2069');
  });
});
