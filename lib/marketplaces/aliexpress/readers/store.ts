/** A store page (`/store/<id>…`): which store, for a complaint about the seller. */
import type { CapturedStore } from '../../../schema/capture';
import { storeIdFromUrl } from '../urls';
import { canonicalUrl, dataString, linkedStore, metaContent, withoutSiteSuffix } from './listing';
import { emptyCapture, type PageReader } from './reader';
import { flatText, selectFirst } from '../../shared/readers/text';

/** The page's main heading, the store's name on a store page that carries no metadata. */
function headingName(document: Document): string | undefined {
  const heading = selectFirst(document, 'h1');
  const name = heading ? withoutSiteSuffix(flatText(heading)) : '';
  return name && name.length <= 120 ? name : undefined;
}

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
      dataString(document, ['storeName', 'shopName', 'storeTitle', 'shopTitle']) ??
      (linked?.storeId === storeId ? linked?.name : undefined) ??
      (metaContent(document, 'og:title') ? withoutSiteSuffix(metaContent(document, 'og:title') ?? '') : undefined) ??
      headingName(document);
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
