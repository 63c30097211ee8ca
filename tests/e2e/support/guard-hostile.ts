import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * What both browsers' journeys on the pages that fight the guard share
 * (tests/e2e/guard-hostile.spec.ts, tests/e2e/firefox/guard-hostile.spec.ts).
 */

const HOSTILE = resolve('tests/fixtures/hostile/guard');

/** The fake support number every page in tests/fixtures/hostile/guard names. */
export const HOSTILE_GUARD_NUMBER = '+18885550147';

/** Serves one page of tests/fixtures/hostile/guard at a host of its own; returns its URL. */
export function serveHostile(server: { serve(url: string, body: string): void }, file: string): string {
  const url = `https://fights-${file.replace('.html', '')}.example/aliexpress-help`;
  server.serve(url, readFileSync(join(HOSTILE, file), 'utf8'));
  return url;
}

/**
 * Runs in the page: whether the user sees the banner, that is, whether what the page itself
 * finds at the banner's centre is the guard's host (under <html>, or under <body> once a page
 * removed it from there).
 */
export function bannerOnTopInPage(): boolean {
  const host = [...document.documentElement.children, ...(document.body?.children ?? [])].find((el) => el.localName.startsWith('buyerguard-guard-'));
  const box = host?.shadowRoot?.querySelector('[role="alert"]')?.getBoundingClientRect();
  if (!host || !box || box.width === 0) return false;
  return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === host;
}
