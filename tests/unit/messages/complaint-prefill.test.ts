import { describe, expect, it } from 'vitest';
import { complaintRoute } from '../../../lib/background/complaint';
import { contactFound, decodePrefill, reportRoute, wizardStart } from '../../../components/complaint-prefill';
import type { ComplaintPrefill } from '../../../lib/schema/runtime-messages';

const paramsOf = (route: string) => new URLSearchParams(route.split('?')[1] ?? '');

describe('the complaint wizard’s start', () => {
  it('reads back exactly what the guard’s warning sent through the background', () => {
    const prefill: ComplaintPrefill = {
      category: 'offline-trading',
      contacts: [
        { kind: 'messenger', value: 'wa.me/8613800138000' },
        { kind: 'email', value: 'продавец@пример.рф' },
      ],
      pageUrl: 'https://www.aliexpress.com/item/1005005123456789.html?spm=x',
    };
    const start = wizardStart(paramsOf(complaintRoute(prefill)));
    expect(start).toEqual({ fromGuard: prefill, url: prefill.pageUrl, damaged: false });
  });

  it('says when a prefill cannot be read or does not validate', () => {
    expect(wizardStart(new URLSearchParams('prefill=%%%')).damaged).toBe(true);
    const wrong = Buffer.from(JSON.stringify({ category: 'counterfeit', contacts: [], pageUrl: 'https://x.example/' })).toString('base64');
    expect(decodePrefill(wrong)).toBeUndefined();
    expect(wizardStart(new URLSearchParams({ prefill: wrong }))).toEqual({ damaged: true });
    expect(wizardStart(new URLSearchParams())).toEqual({ damaged: false });
  });

  it('starts from a listing reported from its page', () => {
    const route = reportRoute({ url: 'https://www.aliexpress.com/item/1005005123456789.html', itemTitle: 'Smart Watch & Band', storeName: 'TechWorld' });
    expect(route.startsWith('/complaint?')).toBe(true);
    expect(wizardStart(paramsOf(route))).toEqual({ url: 'https://www.aliexpress.com/item/1005005123456789.html', itemTitle: 'Smart Watch & Band', storeName: 'TechWorld', damaged: false });
  });

  it('names the messenger app when the contact shows it', () => {
    expect(contactFound({ kind: 'messenger', value: 'https://wa.me/8613800138000' })).toEqual({ kind: 'whatsapp', value: 'https://wa.me/8613800138000' });
    expect(contactFound({ kind: 'messenger', value: 't.me/cheap_watches' })).toEqual({ kind: 'telegram', value: 't.me/cheap_watches' });
    expect(contactFound({ kind: 'messenger', value: 'WeChat: shop888' })).toEqual({ kind: 'wechat', value: 'WeChat: shop888' });
    expect(contactFound({ kind: 'messenger', value: 'shop888' })).toEqual({ kind: 'other', value: 'shop888' });
    expect(contactFound({ kind: 'phone', value: '+86 138 0013 8000' })).toEqual({ kind: 'phone', value: '+86 138 0013 8000' });
  });
});
