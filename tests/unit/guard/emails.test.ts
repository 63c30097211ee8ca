import { describe, expect, it } from 'vitest';
import { classifyEmail, decodePunycode, emailFromMailto, findEmails } from '../../../lib/guard/emails';
import { foldContacts } from '../../../lib/guard/text';

const values = (text: string): string[] => findEmails(foldContacts(text).text).map((e) => e.value);

describe('e-mail addresses', () => {
  it('finds addresses and lower-cases them as written', () => {
    expect(values('Write to Help@AIiExpress-Service.ru today.')).toEqual(['help@aiiexpress-service.ru']);
    expect(values('(claims@aliexpress-refund-center.com)')).toEqual(['claims@aliexpress-refund-center.com']);
  });

  it('keeps a Unicode (homoglyph) domain in Unicode and an xn-- domain in xn-- form', () => {
    // The "а" in the domain below is Cyrillic U+0430.
    expect(values('support@\u0430liexpress.com')).toEqual(['support@\u0430liexpress.com']);
    expect(values('support@xn--liexpress-g2g.com')).toEqual(['support@xn--liexpress-g2g.com']);
  });

  it('resolves [at] / (dot) obfuscations and maps them back to the written span', () => {
    const text = 'Mail: help [at] aliexpress-care [dot] com now';
    const [found] = findEmails(text);
    expect(found?.value).toBe('help@aliexpress-care.com');
    expect(text.slice(found!.start, found!.end)).toBe('help [at] aliexpress-care [dot] com');
    expect(values('ali.help(at)gmail(dot)com')).toEqual(['ali.help@gmail.com']);
    // Runs of spaces, tabs and line breaks on both sides of a token belong to it.
    const spaced = 'Mail: help  \n [at]\t shop (dot)  com now';
    const [loose] = findEmails(spaced);
    expect(loose?.value).toBe('help@shop.com');
    expect(spaced.slice(loose!.start, loose!.end)).toBe('help  \n [at]\t shop (dot)  com');
  });

  it('reads addresses spelt out with words or spaces, and maps them back to the written span', () => {
    const text = 'Write to helpdesk at aliexpress-care dot com today';
    const [found] = findEmails(text);
    expect(found?.value).toBe('helpdesk@aliexpress-care.com');
    expect(text.slice(found!.start, found!.end)).toBe('helpdesk at aliexpress-care dot com');
    expect(values('Пишите: vozvrat собака ali-podderzhka точка ru')).toEqual(['vozvrat@ali-podderzhka.ru']);
    expect(values('help @ aliexpress-care . com')).toEqual(['help@aliexpress-care.com']);
    expect(values('ayuda arroba tienda punto es')).toEqual(['ayuda@tienda.es']);
  });

  it('does not read prose with "at" and a real domain as an address', () => {
    expect(values('Now available at AliExpress.com and at our shop dot by the station.')).toEqual([]);
    expect(values('Meet us at noon dot 5')).toEqual([]);
  });

  it('skips file names and handles without domains', () => {
    expect(values('logo@2x.png and @someone and a@b')).toEqual([]);
  });

  it('reads mailto: hrefs', () => {
    expect(emailFromMailto('mailto:Claims@Example.org?subject=Refund')).toBe('claims@example.org');
    expect(emailFromMailto('mailto:%61li@example.org')).toBe('ali@example.org');
    expect(emailFromMailto('mailto:')).toBeNull();
  });
});

describe('e-mail domain verdicts', () => {
  it.each([
    ['complaints@aliexpress.com', 'marketplace', 'aliexpress'],
    ['help@aiiexpress-service.ru', 'lookalike', 'aliexpress'],
    ['biuro@ali-express-pomoc.pl', 'lookalike', 'aliexpress'],
    ['claims@aliexpress-refund-center.com', 'lookalike', 'aliexpress'],
    ['support@\u0430liexpress.com', 'lookalike', 'aliexpress'],
    ['refunds@aliexpres-help.com', 'lookalike', 'aliexpress'],
    ['care@amaz0n-support.net', 'lookalike', 'amazon'],
    ['aliexpress.support.desk@gmail.com', 'freemail', 'aliexpress'],
    ['sheinhelpdesk.uk@gmail.com', 'freemail', 'shein'],
    ['someone@outlook.com', 'freemail', null],
    ['kontakt@rowerownia-kolo.example', 'other', null],
  ])('%s → %s', (address, kind, brand) => {
    expect(classifyEmail(address)).toEqual({ kind, brand });
  });

  it('treats punycode domains as look-alikes', () => {
    // xn--80ak6aa92e is "аррӏе" written in Cyrillic letters.
    expect(classifyEmail('x@xn--80ak6aa92e.com').kind).toBe('lookalike');
    expect(decodePunycode('80ak6aa92e')).toBe('аррӏе');
    expect(decodePunycode('mnchen-3ya')).toBe('münchen');
  });
});
