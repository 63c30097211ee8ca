/**
 * Labels for the blind batch in tests/fixtures/readers-context-blind/, written with the
 * pages on 2026-12-03, before the readers saw them and before any change. The batch is
 * about one question: does a page that merely mentions an order number after a label
 * (a help article's example, a forum post, a blog quote, an FAQ, a notice) get read as
 * an order, and does a real order view at a URL the readers do not know still get read?
 * Every page sits at a URL the marketplace's URL rules do not classify, so the readers
 * must judge by content. `orders`: the order numbers the page really shows as its own
 * orders (none for pages that only quote one).
 */
export interface ContextLabelledPage {
  file: string;
  url: string;
  /** What the page is, in words (for the failure message). */
  genre: string;
  orders: string[];
}

export const CONTEXT_BLIND_PAGES: readonly ContextLabelledPage[] = [
  { file: 'help-en-find-order-number.html', url: 'https://www.aliexpress.com/p/help-center/article.html?id=1201', genre: 'help article (en)', orders: [] },
  { file: 'forum-pl-parcel-missing.html', url: 'https://www.aliexpress.com/p/community/thread.html?id=88', genre: 'forum thread (pl)', orders: [] },
  { file: 'blog-en-quoted-number.html', url: 'https://sale.aliexpress.com/blog/tracking-tips.html', genre: 'blog post quoting a number on its own (en)', orders: [] },
  { file: 'faq-ru-example.html', url: 'https://aliexpress.ru/help/faq.html', genre: 'FAQ (ru)', orders: [] },
  { file: 'notice-es-prose.html', url: 'https://www.aliexpress.com/p/notice/index.html', genre: 'notice (es)', orders: [] },
  { file: 'forum-en-two-quotes.html', url: 'https://www.aliexpress.com/p/community/thread.html?id=91', genre: 'forum thread quoting two numbers as their own lines (en)', orders: [] },
  { file: 'detail-de-new-path.html', url: 'https://www.aliexpress.com/p/order-center/view.html', genre: 'order detail, new path (de)', orders: ['8186001122334455'] },
  { file: 'detail-it-hash-route.html', url: 'https://www.aliexpress.com/p/account/index.html#/order', genre: 'order detail, hash route (it)', orders: ['8184455667788990'] },
  { file: 'list-en-account-path.html', url: 'https://www.aliexpress.com/p/account/orders.html', genre: 'order list, new path (en)', orders: ['8182000000000101', '8182000000000102'] },
  { file: 'temu-help-en.html', url: 'https://www.temu.com/help-center/find-order-number.html', genre: 'Temu help article (en)', orders: [] },
  { file: 'temu-blog-fr.html', url: 'https://www.temu.com/fr/blog/suivre-commande.html', genre: 'Temu blog post (fr)', orders: [] },
  { file: 'temu-detail-nl-new-path.html', url: 'https://www.temu.com/nl/account/order-view.html', genre: 'Temu order detail, new path (nl)', orders: ['PO-150-20011122233344455'] },
];
