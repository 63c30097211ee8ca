import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createGuardScanner, pageContextFromDocument, uniqueContacts, type Finding } from '../../../lib/guard';
import { parseHtml } from './helpers';

const values = (findings: Finding[]): string[] => uniqueContacts(findings).map((f) => `${f.kind} ${f.value}`);

describe('createGuardScanner', () => {
  it('does nothing on a page that never mentions a marketplace, then wakes up when one appears', () => {
    const doc = parseHtml(
      '<!doctype html><html lang="en"><head><title>Garden club</title></head><body><main><h1>Contact us</h1><p>Call 020 7946 0321</p></main></body></html>',
      'https://garden.example/',
    );
    const scanner = createGuardScanner(pageContextFromDocument(doc));
    expect(scanner.scanDocument(doc)).toEqual([]);
    expect(scanner.relevant).toBe(false);

    const p = doc.createElement('p');
    p.textContent = 'AliExpress customer service hotline: +1 (888) 555-0123';
    doc.querySelector('main')!.append(p);
    expect(values(scanner.scanChanged([p]))).toEqual(['phone +18885550123']);
    expect(scanner.relevant).toBe(true);
  });

  it('starts relevant when the caller already knows the page names a marketplace, and scans at once', () => {
    // The name sits where the first pass would find it; the scanner is told, so it does not read the page for it again.
    const doc = parseHtml(
      '<!doctype html><html lang="en"><head><title>Help desk</title></head><body><main><p>AliExpress customer service hotline: +1 (888) 555-0123</p></main></body></html>',
      'https://helpdesk.example/',
    );
    const told = createGuardScanner(pageContextFromDocument(doc), {}, { namesMarketplace: true });
    expect(told.relevant).toBe(true);
    expect(createGuardScanner(pageContextFromDocument(doc)).relevant).toBe(false);
    expect(values(told.scanDocument(doc))).toEqual(['phone +18885550123']);
  });

  it('re-scans only the changed block, uses the outline above it and reports each finding once', () => {
    const doc = parseHtml(
      '<!doctype html><html lang="uk"><head><title>Поради</title></head><body><main>' +
        '<h1>Телефон підтримки AliExpress</h1><h2>Номери</h2><ul id="list"><li>Київ: 044 390 27 15</li></ul></main></body></html>',
      'https://poradnyk.example/',
    );
    const scanner = createGuardScanner(pageContextFromDocument(doc));
    expect(values(scanner.scanDocument(doc))).toEqual(['phone +380443902715']);

    const li = doc.createElement('li');
    li.textContent = 'Безкоштовно: 0 800 214 365';
    doc.getElementById('list')!.append(li);
    // The new item says nothing about AliExpress or support: the headings above it do.
    const found = scanner.scanChanged([li]);
    expect(values(found)).toEqual(['phone +380800214365']);
    expect(found[0]!.segment.block).toBe(li);
    expect(found[0]!.ranges.map((r) => r.node.data.slice(r.start, r.end)).join('')).toBe('0 800 214 365');

    // Text changed elsewhere in the same list item: nothing new to report.
    li.append(doc.createTextNode(' (щодня)'));
    expect(scanner.scanChanged([li.lastChild!])).toEqual([]);
  });

  it('stays silent on a trusted site', () => {
    const doc = parseHtml(
      '<!doctype html><html><head><title>AliExpress hotline</title></head><body><p>AliExpress hotline +1 (888) 555-0123</p></body></html>',
      'https://trusted.example/',
    );
    const context = pageContextFromDocument(doc, { trusted: { contacts: [], sites: ['trusted.example'] } });
    const scanner = createGuardScanner(context);
    expect(scanner.scanDocument(doc)).toEqual([]);
    expect(scanner.scanChanged([doc.body.firstChild!])).toEqual([]);
  });

  it('catches a number a page script inserts after load (scripts run in jsdom, mutations observed)', async () => {
    const html =
      '<!doctype html><html lang="en"><head><title>AliExpress help line</title></head><body><main>' +
      '<h1>AliExpress customer care</h1><p id="slot">Loading number…</p>' +
      '<button id="show" onclick="document.getElementById(\'more\').textContent = \'WhatsApp: +86 139 2214 7730\'">Show</button>' +
      '<p id="more"></p></main>' +
      '<script>setTimeout(function () { document.getElementById("slot").textContent = "Call +1 (844) 555-0176"; }, 30);</script>' +
      '</body></html>';
    const dom = new JSDOM(html, { url: 'https://late.example/', runScripts: 'dangerously' });
    const { window } = dom;
    const scanner = createGuardScanner(pageContextFromDocument(window.document));
    const found = [...scanner.scanDocument(window.document)];
    expect(found).toEqual([]);
    const observer = new window.MutationObserver((records) => {
      found.push(...scanner.scanChanged(records.flatMap((r) => [r.target, ...Array.from(r.addedNodes)])));
    });
    observer.observe(window.document, { subtree: true, childList: true, characterData: true });
    await new Promise((resolve) => setTimeout(resolve, 120));
    (window.document.getElementById('show') as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    observer.disconnect();
    window.close();
    expect(values(found)).toEqual(['phone +18445550176', 'phone +8613922147730']);
  });

  it('scans a block far longer than a window in steps, with marks on the right characters', () => {
    const filler = 'Order notes and weather for the garden. '.repeat(1500);
    const doc = parseHtml(
      `<!doctype html><html lang="en"><head><title>Log</title></head><body><h1>AliExpress customer service phone number</h1><pre>${filler}AliExpress support hotline: +1 (888) 555-0123. ${filler}${filler}</pre></body></html>`,
      'https://log.example/',
    );
    const scanner = createGuardScanner(pageContextFromDocument(doc));
    const steps = scanner.scanDocumentSteps(doc);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    const findings = step.value;
    expect(pauses).toBeGreaterThan(5);
    expect(values(findings)).toEqual(['phone +18885550123']);
    const [range] = findings[0]!.ranges;
    expect(range!.node.data.slice(range!.start, range!.end)).toBe('+1 (888) 555-0123');
  });
});
