/** A store page (`/store/<id>…`): which store, for a complaint about the seller. */
import type { CapturedStore } from '../../../schema/capture';
import { storeIdFromUrl } from '../urls';
import { canonicalUrl, dataString, linkedStore, metaContent, withoutSiteSuffix } from './listing';
import { emptyCapture, type PageReader } from './reader';

export const storeReader: PageReader = {
  id: 'store',
  kind: 'store',
  pageTypes: ['store'],
  detect(document, url) {
    const canonical = canonicalUrl(document, url);
    return canonical !== undefined && storeIdFromUrl(canonical) !== undefined;
  },
  read(document, url) {
    const capture = emptyCapture('store', url);
    const canonical = canonicalUrl(document, url);
    const storeId = storeIdFromUrl(url) ?? (canonical && storeIdFromUrl(canonical)) ?? undefined;
    const linked = linkedStore(document, url);
    const name =
      dataString(document, ['storeName', 'shopName']) ??
      (linked?.storeId === storeId ? linked?.name : undefined) ??
      (metaContent(document, 'og:title') ? withoutSiteSuffix(metaContent(document, 'og:title') ?? '') : undefined);
    if (!name) {
      capture.missing = ['store-name'];
      return capture;
    }
    const store: CapturedStore = { name };
    if (storeId) {
      store.storeId = storeId;
      store.url = `${url.origin}/store/${storeId}`;
    }
    capture.store = store;
    return capture;
  },
};
