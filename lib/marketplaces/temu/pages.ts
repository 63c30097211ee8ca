import { insertIntoMessageBox } from '../shared/message-box';
import type { MarketplacePages } from '../types';
import { readTemuPage } from './readers';

/** The content-script half of Temu (declared by `readsPages` in ./index.ts). */
export const pages: MarketplacePages = {
  readPage: readTemuPage,
  insertMessage: (document, text) => insertIntoMessageBox(document, text),
};
