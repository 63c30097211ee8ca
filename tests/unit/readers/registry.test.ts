import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALIEXPRESS_READERS, type PageReader } from '../../../lib/marketplaces/aliexpress/readers';
import type { AliExpressPageType } from '../../../lib/marketplaces/aliexpress/urls';

const READERS_DIR = join(process.cwd(), 'lib/marketplaces/aliexpress/readers');

function isReader(value: unknown): value is PageReader {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PageReader).read === 'function' &&
    typeof (value as PageReader).detect === 'function' &&
    Array.isArray((value as PageReader).pageTypes)
  );
}

describe('the reader registry', () => {
  it('lists every reader defined in the readers folder', async () => {
    const defined: PageReader[] = [];
    for (const file of readdirSync(READERS_DIR).filter((name) => name.endsWith('.ts'))) {
      const module = (await import(join(READERS_DIR, file))) as Record<string, unknown>;
      defined.push(...Object.values(module).filter(isReader));
    }
    const unique = [...new Set(defined)];
    expect(unique.length).toBeGreaterThanOrEqual(5);
    for (const reader of unique) expect(ALIEXPRESS_READERS, `${reader.id} is not registered`).toContain(reader);
  });

  it('has unique ids and one reader per page type', () => {
    expect(new Set(ALIEXPRESS_READERS.map((reader) => reader.id)).size).toBe(ALIEXPRESS_READERS.length);
    const types: AliExpressPageType[] = ['order-list', 'order-detail', 'tracking', 'messages', 'dispute', 'product', 'store'];
    for (const type of types) {
      expect(ALIEXPRESS_READERS.filter((reader) => reader.pageTypes.includes(type)), type).toHaveLength(1);
    }
  });
});
