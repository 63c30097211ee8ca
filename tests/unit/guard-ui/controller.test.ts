import { describe, expect, it, vi } from 'vitest';
import { startGuard, type GuardController } from '../../../lib/guard-ui/controller';
import type { BackgroundRequest } from '../../../lib/schema/runtime-messages';
import { HOTLINE_BLOCK, fakeBackground, guardHostIn, manualScheduler, page, tick, userClick, type FakeBackground } from './helpers';

function run(doc: Document, background: FakeBackground = fakeBackground()) {
  const scheduler = manualScheduler();
  const guard = startGuard({ doc, url: () => doc.URL, scheduler, send: (m) => background.send(m) });
  return { guard, scheduler, background };
}

async function settle(guard: GuardController) {
  await tick();
  await guard.settled();
  await tick();
}

const bannerOf = (doc: Document) => guardHostIn(doc)?.shadowRoot?.querySelector('[role="alert"]') ?? null;
const buttonIn = (root: ParentNode | null | undefined, label: string) =>
  [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label) as HTMLButtonElement | undefined;

describe('the guard on a page', () => {
  it('does nothing visible on a page that never names a marketplace: no element, no message', async () => {
    const doc = page('<h1>Garden centre</h1><p>Call us: +1 888 555 0123, seeds and tools.</p>', { url: 'https://garden.example/' });
    const before = doc.documentElement.outerHTML;
    const { guard, background } = run(doc);
    await settle(guard);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(background.sent).toEqual([]);
    expect(guard.warnings).toBe(0);
  });

  it('warns once something is flagged: asks only about the contacts found, shows the banner, reports them', async () => {
    const doc = page(`${HOTLINE_BLOCK}<p>Or write to AliExpress support: aliexpress.help.desk@gmail.com</p>`);
    const { guard, background } = run(doc);
    await settle(guard);
    expect(background.sent.map((m) => m.type)).toEqual(['guard/check', 'guard/report']);
    const check = background.sent[0] as Extract<BackgroundRequest, { type: 'guard/check' }>;
    expect([...check.contacts].sort()).toEqual(['+18885550123', 'aliexpress.help.desk@gmail.com']);
    expect(check.strings).toBe(true);
    const report = background.sent[1] as Extract<BackgroundRequest, { type: 'guard/report' }>;
    expect([...report.contacts].sort()).toEqual(['+18885550123', 'aliexpress.help.desk@gmail.com']);
    expect(report.alarms).toBe(2);
    expect(report.hidden).toBe(false);
    const banner = bannerOf(doc);
    expect(banner?.textContent).toContain('+18885550123');
    expect(banner?.textContent).toContain('aliexpress.help.desk@gmail.com');
    expect(guardHostIn(doc)!.shadowRoot!.mode).toBe('open');
  });

  it('speaks the language the background sends', async () => {
    const doc = page(HOTLINE_BLOCK);
    const { guard } = run(doc, fakeBackground({ locale: 'uk' }));
    await settle(guard);
    expect(bannerOf(doc)?.getAttribute('lang')).toBe('uk');
    expect(bannerOf(doc)?.textContent).toContain('Можливо, це шахрайський контакт');
  });

  it('drops trusted contacts, and stays silent on trusted sites or when switched off', async () => {
    const trustedContact = page(HOTLINE_BLOCK);
    const a = run(trustedContact, fakeBackground({ trustedContacts: ['+18885550123'] }));
    await settle(a.guard);
    expect(guardHostIn(trustedContact)).toBeNull();
    expect(a.background.sent.map((m) => m.type)).toEqual(['guard/check']);

    const trustedSite = page(HOTLINE_BLOCK, { url: 'https://www.help-pages.example/x' });
    const b = run(trustedSite, fakeBackground({ trustedSites: ['help-pages.example'] }));
    await settle(b.guard);
    expect(guardHostIn(trustedSite)).toBeNull();

    const off = page(HOTLINE_BLOCK);
    const c = run(off, fakeBackground({ guardEnabled: false }));
    await settle(c.guard);
    expect(guardHostIn(off)).toBeNull();
  });

  it('catches a number written in later, in the next batch', async () => {
    const doc = page('<h1>AliExpress customer service phone number</h1><p>Call the AliExpress support hotline: <span id="n">…</span></p>');
    const { guard, scheduler } = run(doc);
    await settle(guard);
    expect(guardHostIn(doc)).toBeNull();
    doc.getElementById('n')!.textContent = '+1 (888) 555-0123';
    await tick();
    expect(scheduler.pending).toBe(1);
    scheduler.runAll();
    await settle(guard);
    expect(bannerOf(doc)?.textContent).toContain('+18885550123');
  });

  it('comes back when the page removes it, and still lists a contact added after that (issue 8 #2)', async () => {
    const doc = page(
      '<h1>AliExpress customer service phone number</h1><p>Call the AliExpress support hotline: +1 (888) 555-0123</p><p id="later"></p>',
    );
    const { guard, scheduler } = run(doc);
    await settle(guard);
    const hostAnywhere = () => [...doc.documentElement.children, ...doc.body.children].find((el) => el.localName.startsWith('buyerguard-guard-'));
    const alertText = () => hostAnywhere()?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alertText()).toContain('+18885550123');
    hostAnywhere()!.remove();
    expect(hostAnywhere()).toBeUndefined();
    // Put back a moment later (not at once: a page removing it every few ms gets no busy loop).
    await new Promise((resolve) => setTimeout(resolve, 400));
    await tick();
    expect(hostAnywhere()?.isConnected).toBe(true);
    expect(alertText()).toContain('+18885550123');

    doc.getElementById('later')!.textContent = 'AliExpress returns hotline: +1 877 555 0188';
    await tick();
    scheduler.runAll();
    await settle(guard);
    expect(alertText()).toContain('+18775550188');
    guard.stop();
    expect(hostAnywhere()).toBeUndefined();
  });

  it('runs the first pass on added text only, and scans once a marketplace appears', async () => {
    const doc = page('<main id="feed"><p>Weather and recipes.</p></main>', { url: 'https://feed.example/' });
    const { guard, scheduler, background } = run(doc);
    await settle(guard);
    const feed = doc.getElementById('feed')!;
    const plain = doc.createElement('p');
    plain.textContent = 'More recipes: call +1 888 555 0123 for the cookbook.';
    feed.append(plain);
    await tick();
    scheduler.runAll();
    await settle(guard);
    expect(background.sent).toEqual([]);

    const section = doc.createElement('section');
    const heading = doc.createElement('h2');
    heading.textContent = 'AliExpress customer care hotline';
    const line = doc.createElement('p');
    line.textContent = 'AliExpress support phone, 24/7: +1 877 555 0188';
    section.append(heading, line);
    feed.append(section);
    await tick();
    scheduler.runAll();
    await settle(guard);
    const text = bannerOf(doc)?.textContent ?? '';
    expect(text).toContain('+18775550188');
    expect(text).not.toContain('+18885550123');
  });

  it('"Trust this contact" removes it and says where to undo; the last one leaves only that note', async () => {
    const doc = page(HOTLINE_BLOCK);
    const { guard, background } = run(doc);
    await settle(guard);
    userClick(buttonIn(bannerOf(doc), 'Trust this contact')!);
    await settle(guard);
    expect(background.sent).toContainEqual({ type: 'guard/trust', contact: '+18885550123' });
    expect(background.sent.at(-1)).toEqual({ type: 'guard/report', contacts: [], alarms: 0, hidden: false });
    expect(bannerOf(doc)).toBeNull();
    const note = guardHostIn(doc)?.shadowRoot?.querySelector('[role="status"]');
    expect(note?.textContent).toContain('You trust \u2068+18885550123\u2069 now.');
    expect(note?.textContent).toContain('“Contacts you trust”');
    userClick(buttonIn(note, 'Close')!);
    expect(guardHostIn(doc)).toBeNull();
  });

  it('says so when the background does not store the trusted contact; it stays quiet on this page', async () => {
    const doc = page(HOTLINE_BLOCK);
    const background = fakeBackground();
    const refusing: FakeBackground = {
      sent: background.sent,
      send: async (message) => (message.type === 'guard/trust' ? false : background.send(message)),
    };
    const { guard } = run(doc, refusing);
    await settle(guard);
    userClick(buttonIn(bannerOf(doc), 'Trust this contact')!);
    await vi.waitFor(() => expect(guardHostIn(doc)?.shadowRoot?.querySelector('[role="status"]')?.textContent).toContain('could not add'));
    const note = guardHostIn(doc)!.shadowRoot!.querySelector('[role="status"]')!.textContent;
    expect(note).toContain('\u2068+18885550123\u2069');
    expect(note).not.toContain('You trust');
    expect(bannerOf(doc)).toBeNull();
  });

  it('"Don’t warn on this site" trusts the host, clears the page and stops watching', async () => {
    const doc = page(HOTLINE_BLOCK, { url: 'https://support-numbers.example/aliexpress' });
    const { guard, background, scheduler } = run(doc, fakeBackground({ host: 'support-numbers.example' }));
    await settle(guard);
    userClick(buttonIn(bannerOf(doc), 'Don’t warn on this site')!);
    await settle(guard);
    // The background takes the site from the sender, never from the message.
    expect(background.sent).toContainEqual({ type: 'guard/trust', site: true });
    expect(guardHostIn(doc)?.shadowRoot?.querySelector('[role="status"]')?.textContent).toContain('support-numbers.example');
    expect(bannerOf(doc)).toBeNull();
    expect(guard.warnings).toBe(0);
    const p = doc.createElement('p');
    p.textContent = 'AliExpress hotline: +1 877 555 0188';
    doc.body.append(p);
    await tick();
    expect(scheduler.pending).toBe(0);
  });

  it('"Hide this warning" hides the banner but keeps the marks; stop() removes everything', async () => {
    const doc = page(HOTLINE_BLOCK);
    const { guard } = run(doc);
    await settle(guard);
    userClick(buttonIn(bannerOf(doc), 'Hide this warning')!);
    expect(bannerOf(doc)).toBeNull();
    expect(guard.warnings).toBe(1);
    guard.stop();
    expect(guardHostIn(doc)).toBeNull();
    expect(doc.querySelectorAll('[data-buyerguard-flagged]')).toHaveLength(0);
    expect(doc.adoptedStyleSheets.length + doc.querySelectorAll('style').length).toBe(0);
  });

  it('shows an @aliexpress.com address offered as support as a quiet notice: status role, no badge, no confirmation', async () => {
    const doc = page(
      '<h1>AliExpress e-mail support</h1><p>Write to AliExpress customer service: <a id="mail" href="mailto:service-desk@aliexpress.com">service-desk@aliexpress.com</a></p>',
    );
    const { guard, background } = run(doc);
    await settle(guard);
    const shadow = guardHostIn(doc)?.shadowRoot;
    expect(bannerOf(doc)).toBeNull();
    const notice = shadow?.querySelector('section[role="status"]');
    expect(notice?.textContent).toContain('service-desk@aliexpress.com');
    expect(notice?.textContent).toContain('Not a support channel');
    // Reported so that the background may trust it, but counted as no alarm: no badge.
    const reports = background.sent.filter((m) => m.type === 'guard/report');
    expect(reports.map((m) => m.alarms)).toEqual([0]);
    // The user's own click on the address opens it without a confirmation.
    userClick(doc.getElementById('mail')!);
    await tick();
    expect(shadow?.querySelector('dialog')).toBeNull();
  });

  it('asks before a user click opens a look-alike address offered as support, where the quiet notice does not', async () => {
    const doc = page(
      '<h1>AliExpress e-mail support</h1><p>Write to AliExpress customer service: <a id="mail" href="mailto:service-desk@aliexpress-help.com">service-desk@aliexpress-help.com</a></p>',
    );
    const { guard, background } = run(doc);
    await settle(guard);
    expect(bannerOf(doc)?.textContent).toContain('service-desk@aliexpress-help.com');
    expect(background.sent.filter((m) => m.type === 'guard/report').map((m) => m.alarms)).toEqual([1]);
    userClick(doc.getElementById('mail')!);
    await tick();
    expect(guardHostIn(doc)?.shadowRoot?.querySelector('dialog')).not.toBeNull();
  });

  it('names a premium-rate number as such in the warning', async () => {
    const doc = page('<h1>Service client AliExpress</h1><p>Appelez le service client AliExpress : 08 99 23 45 67</p>', { lang: 'fr', url: 'https://annuaire.example/aliexpress' });
    const { guard } = run(doc);
    await settle(guard);
    expect(bannerOf(doc)?.textContent).toContain('premium-rate line');
  });
});
