import type { Frame, Page } from '@playwright/test';

/** An extension page as either driver sees it (Playwright's Page in Chromium, puppeteer-core's in Firefox). */
interface EvaluatingPage {
  evaluate(pageFunction: () => Promise<string>): Promise<string>;
}

/**
 * Every record in the extension's database, as JSON, read with the plain
 * IndexedDB API from an extension page (so nothing in the extension's own
 * code stands between the test and the data). Evidence files show as `{}`.
 */
export function databaseSnapshot(extensionPage: EvaluatingPage): Promise<string> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('buyerguard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      stores[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return JSON.stringify(stores);
  });
}

/** Writes the settings record straight into the database (merged over what is there). */
export function seedSettings(extensionPage: Page, patch: Record<string, unknown>): Promise<void> {
  return extensionPage.evaluate(async (patch) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('buyerguard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('settings', 'readwrite').objectStore('settings');
    await new Promise<void>((resolve, reject) => {
      const get = store.get('settings');
      get.onsuccess = () => {
        const put = store.put({ id: 'settings', ...(get.result as object | undefined), ...patch });
        put.onsuccess = () => resolve();
        put.onerror = () => reject(put.error);
      };
    });
    db.close();
  }, patch);
}

/**
 * Runs `expression` (an async function's source, called with `arg`) inside
 * this extension's content-script world of the page's top frame, through the
 * DevTools protocol: what a content script could do, done by a test.
 */
export async function inContentScript<T>(page: Page, extensionId: string, fn: string, arg: unknown): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { frameId?: string; type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: (typeof worlds)[number] }) => worlds.push(event.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const world = worlds.find(
    (w) => w.auxData?.type === 'isolated' && w.auxData.frameId === frameTree.frame.id && w.origin === `chrome-extension://${extensionId}`,
  );
  if (!world) throw new Error(`no content-script world of ${extensionId} in ${page.url()}`);
  const result = (await cdp.send('Runtime.evaluate', {
    expression: `(${fn})(${JSON.stringify(arg)})`,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string } };
  await cdp.detach();
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
  return result.result.value;
}

/**
 * Sends each message with runtime.sendMessage and, on the data port, each
 * request; collects what came back. Source text: it runs in the browser.
 */
export const SEND_ALL = `async ({ messages, portRequests, portName }) => {
  const api = globalThis.chrome;
  const withTimeout = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve('(no answer)'), 3000))]);
  const answers = [];
  for (const message of messages) {
    const answer = await withTimeout(api.runtime.sendMessage(message).then((value) => value === undefined ? '(undefined)' : value, (error) => '(error) ' + String(error && error.message || error)));
    answers.push({ message: JSON.stringify(message).slice(0, 120), answer });
  }
  const port = api.runtime.connect({ name: portName });
  const portAnswers = [];
  let disconnected = false;
  port.onMessage.addListener((m) => portAnswers.push(m));
  port.onDisconnect.addListener(() => { disconnected = true; });
  for (const request of portRequests) {
    try { port.postMessage(request); } catch (error) { portAnswers.push({ thrown: String(error) }); break; }
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return { answers, portAnswers, disconnected };
}`;

/** The same as SEND_ALL, in a frame's own (main) world: for extension pages framed by a page. */
export function sendAllFromFrame(frame: Frame, arg: unknown): Promise<{ answers: { message: string; answer: unknown }[]; portAnswers: unknown[]; disconnected: boolean }> {
  return frame.evaluate(`(${SEND_ALL})(${JSON.stringify(arg)})`);
}
