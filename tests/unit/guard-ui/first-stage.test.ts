import { describe, expect, it } from 'vitest';
import { loadEngine, provideEngine, type StartGuard } from '../../../lib/guard-ui/engine';
import { whenRelevant } from '../../../lib/guard-ui/first-stage';
import { manualScheduler, page, tick } from './helpers';

function watch(doc: Document, url = doc.URL) {
  const scheduler = manualScheduler();
  let calls = 0;
  const stage = whenRelevant({ doc, url: () => url, scheduler }, () => (calls += 1));
  return { stage, scheduler, calls: () => calls };
}

/** Adds a paragraph as a page script would, and lets the observer's batch run. */
async function addParagraph(doc: Document, scheduler: ReturnType<typeof manualScheduler>, text: string) {
  const p = doc.createElement('p');
  p.textContent = text;
  doc.body.append(p);
  await tick();
  scheduler.runAll();
  await tick();
}

describe('the first stage: does this page name a marketplace?', () => {
  it('brings in the engine on a page whose text names one, once', async () => {
    const doc = page('<p>Ordered on AliExpress, arrived late.</p>', { url: 'https://blog.example/post' });
    const { calls } = watch(doc);
    await tick();
    expect(calls()).toBe(1);
  });

  it('does so at once for a marketplace host, or a title or address that names one, without reading the text', async () => {
    const plain = '<p>Nothing about shops here.</p>';
    expect(watch(page(plain, { url: 'https://www.temu.com/x' })).calls()).toBe(1);
    expect(watch(page(plain, { url: 'https://notes.example/', title: 'My eBay purchases' })).calls()).toBe(1);
    expect(watch(page(plain, { url: 'https://notes.example/amazon-returns' })).calls()).toBe(1);
  });

  it('reads other scripts when the page is written in them', async () => {
    const doc = page('<p>Заказал на Алиэкспресс, жду посылку.</p>', { url: 'https://forum.example/t/1', lang: 'ru' });
    const { calls } = watch(doc);
    await tick();
    expect(calls()).toBe(1);
  });

  it('stays quiet on a page that names none, and adds nothing to it', async () => {
    const doc = page('<h1>Garden centre</h1><p>Call us: +1 888 555 0123.</p>', { url: 'https://garden.example/' });
    const before = doc.documentElement.outerHTML;
    const { calls, scheduler } = watch(doc);
    await tick();
    scheduler.runAll();
    await tick();
    expect(calls()).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('brings in the engine when content added later names a marketplace, and not for other additions', async () => {
    const doc = page('<p>Garden centre</p>', { url: 'https://garden.example/' });
    const { calls, scheduler } = watch(doc);
    await tick();
    await addParagraph(doc, scheduler, 'Opening hours: 9 to 5.');
    expect(calls()).toBe(0);
    await addParagraph(doc, scheduler, 'Call Temu support now');
    expect(calls()).toBe(1);
  });

  it('stops watching when stopped (context invalidated)', async () => {
    const doc = page('<p>Garden centre</p>', { url: 'https://garden.example/' });
    const { calls, scheduler, stage } = watch(doc);
    await tick();
    stage.stop();
    await addParagraph(doc, scheduler, 'Call Temu support now');
    expect(calls()).toBe(0);
  });
});

describe('the engine hand-over', () => {
  it('returns the startGuard the engine script provided once it is loaded', async () => {
    const start = (() => ({ warnings: 0, settled: async () => undefined, stop: () => undefined })) as StartGuard;
    let loads = 0;
    const got = await loadEngine(async () => {
      loads += 1;
      provideEngine(start);
    });
    expect(loads).toBe(1);
    expect(got).toBe(start);
  });

  it('returns null when the script cannot be loaded (extension reloading)', async () => {
    expect(
      await loadEngine(async () => {
        throw new Error('Failed to fetch dynamically imported module');
      }),
    ).toBeNull();
  });
});
