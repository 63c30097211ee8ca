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
 * Imports the engine script from the extension (`url`: runtime.getURL of it) and
 * returns its `startGuard`; null when it could not be loaded (extension reloading).
 * A second call does not evaluate it again (the module map keeps it).
 */
export async function loadEngine(url: string, load: (url: string) => Promise<unknown> = (u) => import(/* @vite-ignore */ u)): Promise<StartGuard | null> {
  try {
    await load(url);
  } catch {
    return null;
  }
  const start = (globalThis as EngineGlobal)[ENGINE_KEY];
  return typeof start === 'function' ? start : null;
}
