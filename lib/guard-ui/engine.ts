import type { GuardController, GuardEnvironment } from './controller';

/*
 * The hand-over between the guard's two scripts. The first stage
 * (entrypoints/guard.content.ts, on every page) imports the engine script
 * (entrypoints/guard-engine.ts) only once the page names a marketplace; the
 * engine puts its `startGuard` here. Both run in the extension's isolated
 * world (Chromium) or content-script sandbox (Firefox), which share one
 * global object and which the page's own scripts cannot see.
 */

export type StartGuard = (env: GuardEnvironment) => GuardController;

/** Where the engine script leaves `startGuard` (a property of the content scripts' own global). */
const ENGINE_KEY = '__buyerguardStartGuard';

type EngineGlobal = typeof globalThis & { [ENGINE_KEY]?: StartGuard };

/** Called by the engine script when it is evaluated. */
export function provideEngine(start: StartGuard): void {
  (globalThis as EngineGlobal)[ENGINE_KEY] = start;
}

/**
 * The content scripts' own `chrome` namespace (Chromium; Firefox offers it
 * too, beside `browser`). Only `runtime.getURL` is used here, so only that is
 * declared: the project does not carry Chrome's full typings.
 */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * Imports the engine script from the extension's package. Written as
 * `import(chrome.runtime.getURL('/guard-engine.js'))` on purpose: that exact
 * form (the global `chrome`/`browser`, not a renamed binding from
 * `wxt/browser`, which the minifier shortens to one letter) is what
 * `web-ext lint` recognises as an import of the extension's own file; any
 * other argument is "Unsafe call to import". In Chromium the URL is the
 * session's dynamic one (`use_dynamic_url` in wxt.config.ts).
 */
export function importEngineScript(): Promise<unknown> {
  return import(/* @vite-ignore */ chrome.runtime.getURL('/guard-engine.js'));
}

/**
 * Runs `load` (by default, importing the engine script) and returns the
 * `startGuard` the engine left; null when it could not be loaded (extension
 * reloading). A second import does not evaluate it again (the module map keeps it).
 */
export async function loadEngine(load: () => Promise<unknown> = importEngineScript): Promise<StartGuard | null> {
  try {
    await load();
  } catch {
    return null;
  }
  const start = (globalThis as EngineGlobal)[ENGINE_KEY];
  return typeof start === 'function' ? start : null;
}
