import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../lib/schema/settings';

/** panel: the browser's side panel; embedded: the in-page sidebar iframe; options: the options page. */
export type AppMode = 'panel' | 'embedded' | 'options';

export interface AppState {
  mode: AppMode;
  /** The marketplace tab this app reads captures from and inserts drafts into. */
  tabId: number | undefined;
  settings: Settings;
}

export const AppContext = createContext<AppState>({ mode: 'panel', tabId: undefined, settings: DEFAULT_SETTINGS });

export function useApp(): AppState {
  return useContext(AppContext);
}
