import type { BrowserContext, Worker } from '@playwright/test';

/*
 * Reloads the unpacked extension the way its "Reload" button in
 * chrome://extensions does (chrome.developerPrivate, which only that page
 * may call), as Chromium does on an update: the old service worker and
 * extension pages go, content scripts in open tabs are cut off, and
 * runtime.onInstalled runs in the new worker with reason "update".
 *
 * Developer mode is switched on first: with it off, Chromium disables an
 * unpacked extension when it reloads (disable reason
 * "unsupportedDeveloperExtension") instead of bringing it back; that, not
 * the reload itself, is why `runtime.reload()` used to leave the test
 * browser without the extension.
 */

interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void;
  reload(id: string, options: { failQuietly: boolean }, done: () => void): void;
}
type ExtensionsPageGlobal = typeof globalThis & { chrome: { developerPrivate: DeveloperPrivate; runtime: { lastError?: { message?: string } } } };

/** Reloads extension `id` and returns its new service worker, once it runs. */
export async function reloadExtension(context: BrowserContext, id: string): Promise<Worker> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions');
    // The new worker is a new target (the old one's goes with the old extension): listen before reloading.
    const isOurs = (worker: Worker) => worker.url().startsWith(`chrome-extension://${id}/`);
    const newWorker = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
    const error = await page.evaluate(
      (extensionId) =>
        new Promise<string | null>((resolve) => {
          const { developerPrivate, runtime } = (globalThis as ExtensionsPageGlobal).chrome;
          developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () => {
            if (runtime.lastError) return resolve(runtime.lastError.message ?? 'developer mode');
            developerPrivate.reload(extensionId, { failQuietly: true }, () => resolve(runtime.lastError?.message ?? null));
          });
        }),
      id,
    );
    if (error) {
      newWorker.catch(() => undefined);
      throw new Error(`chrome://extensions could not reload ${id}: ${error}`);
    }
    return await newWorker;
  } finally {
    await page.close();
  }
}
