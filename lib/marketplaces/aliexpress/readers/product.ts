/**
 * A product listing (`/item/<id>.html`): which product, its title and its store, for a
 * complaint about the listing. The guard reads the description for off-platform contacts
 * on its own; this reader only identifies the listing.
 */
import type { CapturedProduct, MissingCode } from '../../../schema/capture';
import { productIdFromUrl, productUrl } from '../urls';
import { canonicalUrl, dataString, linkedStore, metaContent, withoutSiteSuffix } from './listing';
import { emptyCapture, type PageReader } from './reader';
import { flatText, selectFirst } from '../../shared/readers/text';

export const productReader: PageReader = {
  id: 'product',
  kind: 'product',
  pageTypes: ['product'],
  detect(document, url) {
    const canonical = canonicalUrl(document, url);
    return (canonical !== undefined && productIdFromUrl(canonical) !== undefined) || metaContent(document, 'og:type') === 'product';
  },
  read(document, url) {
    const capture = emptyCapture('product', url);
    const canonical = canonicalUrl(document, url);
    const productId = productIdFromUrl(url) ?? (canonical && productIdFromUrl(canonical)) ?? undefined;
    const missing: MissingCode[] = [];
    if (!productId) {
      capture.missing = ['product-id'];
      return capture;
    }
    const heading = selectFirst(document, 'h1');
    const rawTitle = metaContent(document, 'og:title') ?? (heading ? flatText(heading) : undefined) ?? dataString(document, ['subject', 'productTitle']);
    const title = rawTitle ? withoutSiteSuffix(rawTitle) : '';
    const product: CapturedProduct = { productId, url: productUrl(productId, url) };
    if (title) product.title = title;
    else missing.push('product-title');
    const store = linkedStore(document, url);
    const storeName = store?.name ?? dataString(document, ['storeName', 'shopName']);
    if (store) product.store = store;
    else if (storeName) product.store = { name: storeName };
    else missing.push('store-name');
    capture.product = product;
    capture.missing = missing;
    return capture;
  },
};
