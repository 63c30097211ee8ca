/**
 * Loads an AliExpress fixture page into a Document, in happy-dom (the test environment)
 * or in jsdom, so every reader is checked against two independent DOM implementations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export type Engine = 'happy-dom' | 'jsdom';
export const ENGINES: readonly Engine[] = ['happy-dom', 'jsdom'];

// Vitest runs from the project root; import.meta.url is not a file URL under happy-dom.
const FIXTURES = join(process.cwd(), 'tests/fixtures/aliexpress/');

export function fixtureHtml(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

export function parseHtml(html: string, engine: Engine = 'happy-dom'): Document {
  if (engine === 'jsdom') return new JSDOM(html).window.document;
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(name: string, engine: Engine = 'happy-dom'): Document {
  return parseHtml(fixtureHtml(name), engine);
}

/** A local wall-clock instant, the way the page means its dates. */
export function local(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  return new Date(year, month - 1, day, hours, minutes).getTime();
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
