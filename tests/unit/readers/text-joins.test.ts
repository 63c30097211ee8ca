import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../lib/marketplaces/aliexpress/readers';
import { quantityIn } from '../../../lib/marketplaces/shared/readers/labels';
import { asciiDigits, textLines } from '../../../lib/marketplaces/shared/readers/text';
import { local, parseHtml } from './fixture';

const body = (html: string) => parseHtml(`<!doctype html><html><body>${html}</body></html>`).body;

describe('inline pieces', () => {
  it('keep a split price together', () => {
    expect(textLines(body('<div><span>US $</span><span>12</span><span>.34</span></div>'))).toEqual(['US $12.34']);
  });
  it('do not run two words together', () => {
    expect(textLines(body('<div><span>2 days ago</span><span>Total: US $1.00</span></div>'))).toEqual(['2 days ago Total: US $1.00']);
  });
  it('join Japanese without a space', () => {
    expect(textLines(body('<div><span>ステンレス</span><span>水筒</span></div>'))).toEqual(['ステンレス水筒']);
  });
});

describe('numbers', () => {
  it('writes Arabic-Indic and Persian digits as ASCII, one character each', () => {
    expect(asciiDigits('٢٠٢٦ ۱۲٫٥')).toBe('2026 12.5');
  });
  it('reads a piece count', () => {
    expect(quantityIn('2 szt. × 61,72 zł')).toBe(2);
    expect(quantityIn('3 шт.')).toBe(3);
  });
});

describe('chats laid out by alignment', () => {
  const now = local(2026, 3, 20, 12);
  const url = new URL('https://www.aliexpress.com/p/message/index.html?orderId=8001234567890123');

  it('reads left rows as the seller and right rows as the buyer when each shows its time', () => {
    const document = parseHtml(`<html><body><div class="x">
      <div class="r left"><p class="b">Hello</p><span>18.03.2026 10:05</span></div>
      <div class="r right"><p class="b">Hi</p><span>18.03.2026 10:07</span></div></div></body></html>`);
    const capture = readAliExpressPage(document, url, now);
    expect(capture.messages.map((m) => [m.author, m.text])).toEqual([['seller', 'Hello'], ['buyer', 'Hi']]);
  });

  it('does not take a two-column layout for a chat', () => {
    const document = parseHtml(`<html><body><div class="page">
      <div class="col left">Menu</div><div class="col right">Your messages will appear here</div></div></body></html>`);
    expect(readAliExpressPage(document, url, now).messages).toEqual([]);
  });
});
