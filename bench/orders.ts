/**
 * Orders benchmarks (issue 4), in Debian's Chromium with the built extension
 * and its real IndexedDB, 10,000 orders with their deadlines:
 * - orders.render_10k_ms: from the app page's navigation start to the first
 *   order rows in the DOM (performance.now() when a MutationObserver first
 *   sees one), on a warm page, median of runs. Target ≤ 150.
 * - orders.due_query_ratio: deadlines due in the next 3 days through the
 *   orders' multi-entry `actionableDue` index ÷ a full read of the orders
 *   table with their deadlines filtered the same way, same database, median
 *   of runs. Target ≤ 0.2.
 * The database is seeded with raw IndexedDB puts from the extension page;
 * records are built in Node by the same code the app stores them with.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { OrderRecord } from '../lib/db/order-record';
import { EXTENSION_DIR, extensionIdOf, launchWithExtension, newProfileDir } from '../tests/e2e/support/extension';
import type { BenchmarkSuite } from './suite';
import { syntheticOrders } from './synthetic-orders';
import { median } from './timing';

export { syntheticOrders };

const ORDERS = 10_000;
const DAY = 86_400_000;
const RENDER_RUNS = 9;
const QUERY_RUNS = 9;

/** The orders as stored, each carrying its deadlines (schema 7). */
async function seed(page: Page, orders: OrderRecord[]): Promise<void> {
  const CHUNK = 5_000;
  const put = async (store: 'orders', rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await page.evaluate(
        async ({ store, rows }) => {
          const db = await new Promise<IDBDatabase>((ok, fail) => {
            const request = indexedDB.open('buyerguard');
            request.onsuccess = () => ok(request.result);
            request.onerror = () => fail(request.error);
          });
          const tx = db.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
          db.close();
        },
        { store, rows: rows.slice(i, i + CHUNK) },
      );
    }
  };
  await put('orders', orders);
}

/** Records, in every extension page, when the first order row enters the DOM. */
async function watchFirstRows(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.order-card')) return;
      (globalThis as unknown as { firstRowsAt: number }).firstRowsAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

async function renderTimes(page: Page, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await page.goto(url);
    await page.waitForFunction(() => typeof (globalThis as unknown as { firstRowsAt?: number }).firstRowsAt === 'number', undefined, { timeout: 30_000 });
    times.push(await page.evaluate(() => (globalThis as unknown as { firstRowsAt: number }).firstRowsAt));
    // Let the page finish reading the full list, so the next run starts on an idle database.
    await page.getByText(/^[\d,.\s\u00a0]+ orders$/).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
  }
  return times;
}

/** Median ms of the indexed range read and of the full read + filter, alternated so both see the same conditions. */
async function dueQueryTimes(page: Page, now: number, runs: number): Promise<{ indexed: number; full: number; found: number }> {
  return page.evaluate(
    async ({ now, runs, day }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('buyerguard');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const read = <T,>(request: IDBRequest<T>) => new Promise<T>((ok, fail) => ((request.onsuccess = () => ok(request.result)), (request.onerror = () => fail(request.error))));
      const until = now + 3 * day;
      type Row = { deadlines: { actionable: number; dueAt: number }[] };
      // One entry per deadline in range (an order with two comes twice), as the badge counts them.
      const viaIndex = () => read(db.transaction('orders').objectStore('orders').index('actionableDue').getAll(IDBKeyRange.bound([now, ''], [until, '\uffff'])));
      const viaScan = async () =>
        ((await read(db.transaction('orders').objectStore('orders').getAll())) as Row[]).flatMap((o) => o.deadlines).filter((d) => d.actionable === 1 && d.dueAt >= now && d.dueAt <= until);
      const indexed: number[] = [];
      const full: number[] = [];
      let found = -1;
      for (let i = 0; i < runs; i += 1) {
        let t = performance.now();
        const a = await viaIndex();
        indexed.push(performance.now() - t);
        t = performance.now();
        const b = await viaScan();
        full.push(performance.now() - t);
        if (a.length !== b.length) throw new Error(`index found ${a.length}, scan ${b.length}`);
        found = a.length;
      }
      db.close();
      const mid = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
      return { indexed: mid(indexed), full: mid(full), found };
    },
    { now, runs, day: DAY },
  );
}

async function run(): Promise<Record<string, number>> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const profile = newProfileDir();
  const context = await launchWithExtension(profile, 9);
  try {
    // tsx keeps function names with a `__name` helper that page.evaluate'd code would miss.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const id = await extensionIdOf(context);
    const url = `chrome-extension://${id}/sidepanel.html`;
    const page = await context.newPage();
    await page.goto(url);
    // The app opens (and so creates) the database on load.
    await page.getByText('No orders yet.').waitFor();
    const now = Date.now();
    const { orders, deadlines } = syntheticOrders(ORDERS, now);
    await seed(page, orders);

    await watchFirstRows(context);
    // Warm-up: code cache, IndexedDB files in the OS cache.
    await renderTimes(page, url, 3);
    const render = await renderTimes(page, url, RENDER_RUNS);
    const due = await dueQueryTimes(page, now, QUERY_RUNS);
    process.stderr.write(
      `orders: ${orders.length} orders, ${deadlines.length} deadlines; first rows ${render.map((t) => t.toFixed(0)).join(', ')} ms; ` +
        `due in 3 days: ${due.found} found, index ${due.indexed.toFixed(2)} ms, full read ${due.full.toFixed(2)} ms\n`,
    );
    return { 'orders.render_10k_ms': median(render), 'orders.due_query_ratio': due.indexed / due.full };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export const ordersBenchmarks: BenchmarkSuite = { name: 'orders', run };
