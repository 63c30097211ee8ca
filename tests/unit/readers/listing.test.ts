import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../lib/marketplaces/aliexpress/readers';
import { pageCaptureSchema } from '../../../lib/schema/capture';
import { ENGINES, loadFixture, parseHtml } from './fixture';

const now = Date.UTC(2026, 2, 10, 12);

describe.each(ENGINES)('listing pages in %s', (engine) => {
  it('identifies the product and its store, whatever the SKU parameter says', () => {
    const url = 'https://www.aliexpress.com/item/1005005123456789.html?spm=a2g0o.productlist&sku_id=12000033333333333';
    const capture = readAliExpressPage(loadFixture('product-whatsapp.html', engine), new URL(url), now);
    expect(pageCaptureSchema.parse(capture)).toEqual(capture);
    expect(capture).toEqual({
      kind: 'product',
      url,
      orders: [],
      messages: [],
      product: {
        productId: '1005005123456789',
        url: 'https://www.aliexpress.com/item/1005005123456789.html',
        title: 'Smart Watch Men 1.96 inch AMOLED',
        store: { name: 'TechWorld Official Store', url: 'https://www.aliexpress.com/store/1102345678', storeId: '1102345678' },
      },
      missing: [],
    });
  });

  it('identifies the store from its embedded data', () => {
    const url = 'https://www.aliexpress.com/store/1102345678/pages/all-items.html';
    const capture = readAliExpressPage(loadFixture('store-en.html', engine), new URL(url), now);
    expect(capture).toEqual({
      kind: 'store',
      url,
      orders: [],
      messages: [],
      store: { name: 'TechWorld Official Store', storeId: '1102345678', url: 'https://www.aliexpress.com/store/1102345678' },
      missing: [],
    });
  });
});

describe('listing pages with parts missing', () => {
  it('reports a product page without title or store', () => {
    const url = 'https://www.aliexpress.com/item/1005005123456789.html';
    const capture = readAliExpressPage(parseHtml('<p>Loading…</p>'), new URL(url), now);
    expect(capture.product).toEqual({ productId: '1005005123456789', url });
    expect(capture.missing).toEqual(['product-title', 'store-name']);
  });

  it('recognises a product page on a new path by its canonical link', () => {
    const capture = readAliExpressPage(loadFixture('product-whatsapp.html'), new URL('https://www.aliexpress.com/p/pdp/new.html'), now);
    expect(capture.kind).toBe('product');
    expect(capture.product?.productId).toBe('1005005123456789');
  });

  it('reports a store page without a name', () => {
    const capture = readAliExpressPage(parseHtml('<div></div>'), new URL('https://www.aliexpress.com/store/1102345678'), now);
    expect(capture).toMatchObject({ kind: 'store', missing: ['store-name'] });
    expect(capture.store).toBeUndefined();
  });
});
