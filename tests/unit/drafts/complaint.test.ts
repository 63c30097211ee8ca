import { describe, expect, it } from 'vitest';
import { translate } from '../../../lib/i18n';
import { LOCALES } from '../../../lib/i18n/locales';
import { allTables } from '../../../lib/i18n/translate';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_FORM_NAMES,
  COMPLAINT_PROBLEMS,
  SEARCH_TRICKS,
  buildComplaint,
  chooseComplaintCategory,
  complaintFromGuard,
  complaintLink,
  type ComplaintAnswers,
  type ContactFound,
} from '../../../lib/drafts';
import { NOW } from './combinations';
import { englishProblems, glossProblems } from './quality';

describe('complaint category from the answers', () => {
  it.each([
    [{ problem: 'contact-outside' }, 'offline-trading'],
    [{ problem: 'fake-brand' }, 'counterfeit'],
    [{ problem: 'fake-brand', rightsHolder: false }, 'counterfeit'],
    [{ problem: 'fake-brand', rightsHolder: true }, 'ip-infringement'],
    [{ problem: 'prohibited-item' }, 'restricted'],
    [{ problem: 'misleading-search' }, 'search-cheating'],
    [{ problem: 'false-description' }, 'false-information'],
    [{ problem: 'my-rights' }, 'ip-infringement'],
  ] as const)('%o → %s', (answers, category) => {
    expect(chooseComplaintCategory(answers)).toBe(category);
  });

  it('names every category as the English form does', () => {
    expect(COMPLAINT_FORM_NAMES).toEqual({
      counterfeit: 'Counterfeit Products',
      restricted: 'Restricted or Prohibited Products',
      'search-cheating': 'Search Exposure Cheating',
      'offline-trading': 'Influencing toward Off-line Trading',
      'false-information': 'Publishing False Information',
      'ip-infringement': 'Intellectual Property Infringement',
    });
  });
});

describe('product or store link', () => {
  it.each([
    ['https://www.aliexpress.com/item/1005006123456789.html?spm=a2g0o&pdp_ext_f=x#reviews', { kind: 'product', url: 'https://www.aliexpress.com/item/1005006123456789.html' }],
    ['https://pl.aliexpress.com/item/1005006123456789.html', { kind: 'product', url: 'https://pl.aliexpress.com/item/1005006123456789.html' }],
    ['https://www.aliexpress.com/store/1102345678?spm=x', { kind: 'store', url: 'https://www.aliexpress.com/store/1102345678' }],
    ['https://aliexpress.ru/store/912345/pages/all-items.html', { kind: 'store', url: 'https://aliexpress.ru/store/912345' }],
    ['https://example.com/shop/item?id=5#top', { kind: 'page', url: 'https://example.com/shop/item?id=5' }],
    // A look-alike host is not AliExpress: kept as a plain page, not turned into a product link.
    ['https://aliexpress.com.evil.example/item/1005006123456789.html', { kind: 'page', url: 'https://aliexpress.com.evil.example/item/1005006123456789.html' }],
  ])('%s', (raw, expected) => {
    expect(complaintLink(raw)).toEqual(expected);
  });

  it('refuses what is not a web link', () => {
    expect(complaintLink('javascript:alert(1)')).toBeUndefined();
    expect(complaintLink('not a url')).toBeUndefined();
    expect(complaintLink(undefined)).toBeUndefined();
  });
});

describe('complaint description, every combination of answers', () => {
  const contactSets: (readonly ContactFound[] | undefined)[] = [
    undefined,
    [{ kind: 'phone', value: '+7 912 345 67 89' }],
    [
      { kind: 'whatsapp', value: '+86 138 0013 8000' },
      { kind: 'email', value: 'best.shop@example.com' },
      { kind: 'telegram', value: '@bestshop' },
      { kind: 'something-new', value: 'id 42' },
    ],
  ];
  for (const problem of COMPLAINT_PROBLEMS) {
    it(problem, () => {
      const problems: string[] = [];
      for (const rightsHolder of [undefined, true, false]) {
        for (const searchTrick of [undefined, ...SEARCH_TRICKS]) {
          for (const contacts of contactSets) {
            for (const evidence of [undefined, { photos: 1 }, { photos: 2, screenshots: 1, chat: true }]) {
              for (const facts of [{}, { orderNumber: '8123456789012345', itemTitle: 'Wireless earbuds', storeName: 'Sunny Gadgets Store' }, { storeName: 'Sunny Gadgets Store' }]) {
                const answers: ComplaintAnswers = { problem, ...facts, ...(rightsHolder === undefined ? {} : { rightsHolder }), ...(searchTrick ? { searchTrick } : {}), ...(contacts ? { contacts } : {}), ...(evidence ? { evidence } : {}) };
                const complaint = buildComplaint(answers, { now: NOW });
                for (const sentence of complaint.description.sentences) problems.push(...englishProblems(sentence.english), ...glossProblems(sentence));
                if (complaint.description.sentences.length < 2) problems.push(`too short: ${complaint.description.text}`);
              }
            }
          }
        }
      }
      expect(problems.slice(0, 20)).toEqual([]);
    });
  }
});

describe('complaint opened by the scam guard', () => {
  const prefill = {
    category: 'offline-trading' as const,
    contacts: [
      { kind: 'whatsapp', value: '+86 138 0013 8000' },
      { kind: 'email', value: 'best.shop@example.com' },
    ],
    pageUrl: 'https://www.aliexpress.com/item/1005006123456789.html',
  };

  it('is an off-line trading complaint that names the contacts in every language', () => {
    const complaint = complaintFromGuard(prefill, { now: NOW });
    expect(complaint.category).toBe('offline-trading');
    expect(complaint.description.text).toContain('The seller gives these contacts: WhatsApp +86 138 0013 8000 and e-mail best.shop@example.com.');
    const contacts = complaint.description.sentences.find((s) => s.id === 'complaint.contacts')!;
    for (const locale of LOCALES) {
      expect(contacts.gloss[locale]).toContain('+86 138 0013 8000');
      expect(contacts.gloss[locale]).toContain('best.shop@example.com');
    }
    expect(contacts.gloss.uk).toBe('Продавець указує такі контакти: WhatsApp +86 138 0013 8000 і ел. пошта best.shop@example.com.');
  });

  it('mentions each contact once even when the guard found it twice', () => {
    const complaint = complaintFromGuard({ ...prefill, contacts: [...prefill.contacts, prefill.contacts[0]!] }, { now: NOW });
    expect(complaint.description.text.match(/\+86 138 0013 8000/g)).toHaveLength(1);
  });

  it('gives the steps to submit and what happens next, in every language', () => {
    const complaint = complaintFromGuard(prefill, { now: NOW, itemTitle: 'Wireless earbuds' });
    expect(complaint.steps.map((step) => step.key)).toEqual([
      'drafts.complaint.step.open',
      'drafts.complaint.step.link',
      'drafts.complaint.step.category',
      'drafts.complaint.step.description',
      'drafts.complaint.step.screenshot',
      'drafts.complaint.step.submit',
    ]);
    expect(complaint.afterSubmit.map((step) => step.key)).toEqual(['drafts.complaint.after.review', 'drafts.complaint.after.status', 'drafts.complaint.after.noResubmit']);
    expect(complaint.formUrl).toMatch(/^https:\/\/[a-z.]*aliexpress\.com\//);
    for (const locale of LOCALES) {
      const lines = [...complaint.steps, ...complaint.afterSubmit].map((step) => translate(locale, step.key, step.params));
      for (const line of lines) expect(line).not.toMatch(/^drafts\.|\{/);
      expect(lines[1]).toContain('https://www.aliexpress.com/item/1005006123456789.html');
      expect(lines[2]).toContain('Influencing toward Off-line Trading');
      expect(lines[6]).toContain('3–5');
    }
  });
});

describe('complaint strings exist in every language', () => {
  const keys = [
    ...COMPLAINT_CATEGORIES.map((c) => `drafts.complaint.category.${c}`),
    ...COMPLAINT_PROBLEMS.map((p) => `drafts.complaint.problem.${p}`),
    ...SEARCH_TRICKS.map((t) => `drafts.complaint.searchTrick.${t}`),
    'drafts.complaint.step.linkMissing',
    'drafts.complaint.step.evidence',
    'drafts.complaint.fromGuard',
  ];
  it.each(LOCALES)('%s', (locale) => {
    expect(keys.filter((key) => allTables()[locale][key] === undefined)).toEqual([]);
  });
});
