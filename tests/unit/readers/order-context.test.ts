import { describe, expect, it } from 'vitest';
import { labelledOrderNumbers } from '../../../lib/marketplaces/shared/readers/labels';
import { orderNumbersInContext } from '../../../lib/marketplaces/shared/readers/order-context';
import { parseHtml } from './fixture';

/* The rule behind content detection: a number counts where the page shows it as its own order, not where it only mentions one. */

const numbers = (body: string) => orderNumbersInContext(parseHtml(`<body>${body}</body>`).body, labelledOrderNumbers);

describe('orderNumbersInContext', () => {
  it('counts a number that stands as a field, with its label split from it and a "Copy" button', () => {
    expect(numbers('<div class="row"><span>Order ID:</span> <span>8181000000000001</span><button>Copy</button></div><div>Total: US $4.99</div>')).toEqual(['8181000000000001']);
  });

  it('leaves out a number written inside a sentence', () => {
    expect(numbers('<p>If your order (for example Order ID: 8181000000000002) is late, protection is extended without you doing anything at all.</p>')).toEqual([]);
  });

  it('leaves out a number in quoting or example markup, however short', () => {
    expect(numbers('<blockquote><p>Order ID: 8181000000000003</p></blockquote>')).toEqual([]);
    expect(numbers('<figure><img alt=""><figcaption>Order ID: 8181000000000004</figcaption></figure>')).toEqual([]);
  });

  it('leaves out a number heading a post whose body is sentences, but keeps one on a card with a title and a price', () => {
    const post = '<div class="post"><div>Order ID: 8181000000000005</div><div>I paid for a blue case and got a pink one, and the seller keeps telling me to wait.</div></div>';
    const card = '<div class="card"><div>Order ID: 8181000000000006</div><div>Silicone phone case, blue, for a 6.1 inch phone with camera cover</div><div>US $2.99</div></div>';
    expect(numbers(post + card)).toEqual(['8181000000000006']);
  });
});
