import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../lib/schema/settings';
import type { DataClient } from '../lib/data/client';

/** panel: the browser's side panel; embedded: the in-page sidebar iframe; options: the options page. */
export type AppMode = 'panel' | 'embedded' | 'options';

export interface AppState {
  mode: AppMode;
  /** The marketplace tab this app reads captures from and inserts drafts into. */
  tabId: number | undefined;
  settings: Settings;
  /** Reads and writes: direct in top-level pages, through the background in the in-page sidebar. */
  data: DataClient;
}

const unavailable: DataClient = {
  subscribe: () => () => undefined,
  run: () => Promise.reject(new Error('no data client')),
};

export const AppContext = createContext<AppState>({ mode: 'panel', tabId: undefined, settings: DEFAULT_SETTINGS, data: unavailable });

/**
 * Deleting and settings stay out of the in-page sidebar: the page around it can
 * cover the frame and time the user's clicks. The background refuses those
 * commands from it anyway (lib/data/access.ts); the frame does not offer them.
 */
export function offersDestructiveActions(mode: AppMode): boolean {
  return mode !== 'embedded';
}

/** The in-page sidebar's routes: the order views. Anything else (settings) shows the order list. */
export const EMBEDDED_SECTIONS: ReadonlySet<string> = new Set(['orders', 'new', 'order', 'edit', 'complaint', 'question']);

export function useApp(): AppState {
  return useContext(AppContext);
}
