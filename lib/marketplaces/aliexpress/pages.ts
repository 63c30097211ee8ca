import type { MarketplacePages } from '../types';
import { insertIntoMessageBox } from '../shared/message-box';
import { readAliExpressPage } from './readers';

/** The content-script half of AliExpress (declared by `readsPages` in ./index.ts). */
export const pages: MarketplacePages = {
  readPage: readAliExpressPage,
  insertMessage: (document, text) => insertIntoMessageBox(document, text),
};
