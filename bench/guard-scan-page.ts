/**
 * Bundled by bench/guard-browser.ts into a plain Chromium page that holds the
 * bench page (bench/guard.ts generatePage): the full scan against
 * libphonenumber-js over the page's text, as bench/guard.ts measures it in
 * happy-dom, but on the browser's own DOM, where the extension runs.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { createPageContext, extractSegments, scan } from '../lib/guard';
import { ratioOfMedians } from './timing';

declare global {
  interface Window {
    buyerguardFullVsNaive?: (runs: number, warmup: number) => number;
  }
}

window.buyerguardFullVsNaive = (runs, warmup) => {
  const context = createPageContext({ url: location.href, lang: document.documentElement.lang, title: document.title });
  // As in bench/guard.ts: the baseline's text is read once, outside its timing.
  const text = document.body.textContent ?? '';
  return ratioOfMedians(
    () => scan(extractSegments(document), context),
    () => findPhoneNumbersInText(text, { defaultCountry: 'US' }),
    runs,
    warmup,
  );
};
