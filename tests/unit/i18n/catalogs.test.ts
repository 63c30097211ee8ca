import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CATALOGS } from '../../../lib/i18n/catalogs';
import { sentencesMessages } from '../../../lib/i18n/catalogs/sentences';
import { LOCALES, resolveLocale, type Locale } from '../../../lib/i18n/locales';
import { placeholdersOf, pluralSelectors } from '../../../lib/i18n/message-format';
import { translate } from '../../../lib/i18n/translate';
import { counterpartWording } from '../../../lib/drafts/counterpart';
import { MARKETPLACE_IDS } from '../../../lib/marketplaces/registry';

const ROOT = join(__dirname, '../../..');
const LOCALES_DIR = join(ROOT, 'lib/i18n/locales');

type Entry = { message: string; description?: string };
// The UI's catalogs and the drafts' sentences, which lib/drafts loads on its own.
const catalogs = [...ALL_CATALOGS, sentencesMessages] as unknown as readonly Record<Locale, Record<string, Entry>>[];
const english = Object.assign({}, ...catalogs.map((catalog) => catalog.en)) as Record<string, Entry>;
const keys = Object.keys(english);
const areaOf = (key: string) => key.split('.')[0]!;

/** The plural categories a language has (CLDR, as Intl reports it). */
const categoriesOf = (locale: Locale) => new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);

/** Georgian nouns do not change after a numeral, so a plain text may answer an English plural. */
const NOUNS_KEEP_FORM_AFTER_NUMBERS: readonly Locale[] = ['ka'];

describe('locale files', () => {
  it('every language has one JSON file per area, and every file is registered in lib/i18n/catalogs', () => {
    const areas = [...new Set(keys.map(areaOf))].sort();
    for (const locale of LOCALES) {
      const files = readdirSync(join(LOCALES_DIR, locale)).sort();
      expect(files, locale).toEqual(areas.map((area) => `${area}.json`));
    }
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LOCALES].sort());
  });

  it('no two areas define the same key, and keys carry their area prefix', () => {
    const seen = new Set<string>();
    for (const catalog of catalogs) {
      const prefixes = new Set(Object.keys(catalog.en).map(areaOf));
      expect(prefixes.size, `a catalog mixes prefixes ${[...prefixes]}`).toBe(1);
      for (const key of Object.keys(catalog.en)) {
        expect(seen.has(key), `duplicate key ${key}`).toBe(false);
        seen.add(key);
      }
    }
  });

  it('the JSON on disk is what the catalogs load (message, description and nothing else)', () => {
    for (const locale of LOCALES) {
      for (const file of readdirSync(join(LOCALES_DIR, locale))) {
        const data = JSON.parse(readFileSync(join(LOCALES_DIR, locale, file), 'utf8')) as Record<string, Record<string, unknown>>;
        for (const [key, entry] of Object.entries(data)) {
          expect(Object.keys(entry).filter((field) => field !== 'message' && field !== 'description'), `${locale} ${key}`).toEqual([]);
          expect(typeof entry.message, `${locale} ${key}`).toBe('string');
        }
      }
    }
  });
});

describe('English descriptions', () => {
  it('every English key tells translators where it shows, and names each placeholder', () => {
    const problems: string[] = [];
    for (const key of keys) {
      const { message, description } = english[key]!;
      if (!description || description.trim().length < 20) problems.push(`${key}: no description`);
      for (const name of placeholdersOf(message)) if (!description?.includes(`{${name}}`)) problems.push(`${key}: {${name}} not explained`);
    }
    expect(problems).toEqual([]);
  });
});

for (const locale of LOCALES) {
  describe(`${locale} messages`, () => {
    const table: Record<string, Entry> = Object.assign({}, ...catalogs.map((catalog) => catalog[locale]));

    it('hold exactly the English keys', () => {
      expect(keys.filter((key) => table[key] === undefined), 'missing').toEqual([]);
      expect(Object.keys(table).filter((key) => english[key] === undefined), 'not in English').toEqual([]);
    });

    it('are non-empty and use the English placeholders, no more, no fewer', () => {
      const problems: string[] = [];
      for (const key of keys) {
        const message = table[key]?.message ?? '';
        if (message.trim() === '') problems.push(`${key}: empty`);
        const want = placeholdersOf(english[key]!.message).join();
        const got = placeholdersOf(message).join();
        if (got !== want) problems.push(`${key}: {${got}} instead of {${want}}`);
      }
      expect(problems).toEqual([]);
    });

    it('plural messages are well formed and have every form the language uses', () => {
      const problems: string[] = [];
      const categories = categoriesOf(locale);
      for (const key of keys) {
        const message = table[key]?.message ?? '';
        for (const [argument, branches] of pluralSelectors(message)) {
          if (branches.includes('(malformed)')) problems.push(`${key}: malformed plural`);
          // `other` stands in for a form the language has; uk/ru/pl keep one/few/many apart on purpose.
          const required = ['uk', 'ru', 'pl'].includes(locale) ? ['one', 'few', 'many'] : [];
          for (const form of [...required, 'other']) if (!branches.includes(form)) problems.push(`${key}: ${argument} lacks ${form}`);
          for (const form of branches) if (!form.startsWith('=') && !categories.has(form)) problems.push(`${key}: ${form} is not a ${locale} form`);
        }
        const plainWherePlural = pluralSelectors(english[key]!.message).size > 0 && pluralSelectors(message).size === 0;
        if (plainWherePlural && !NOUNS_KEEP_FORM_AFTER_NUMBERS.includes(locale)) problems.push(`${key}: not plural`);
      }
      expect(problems).toEqual([]);
    });
  });
}

describe('every key is used', () => {
  /*
   * Keys built at run time from a prefix and a value (`app.status.${status}`).
   * Each prefix must still appear in a template literal in the source, so
   * this list cannot outlive the code that builds the keys.
   */
  const DYNAMIC_PREFIXES = [
    'app.filter.', // OrdersView: one filter button per filter id
    'app.missing.', // CaptureBar: one line per missing field code from the readers
    'app.status.', // order status enum (OrderCard, OrderDetail, OrderForm, evidence pack)
    'app.timeline.message.', // message author enum
    'compose.draft.insertFailed.', // insert failure reason from the content script
    'compose.messages.origin.', // message origin enum
    'drafts.complaint.category.', // complaint category ids
    'drafts.complaint.problem.', // complaint problem ids
    'drafts.complaint.searchTrick.', // search trick ids
    'drafts.dispute.evidence.', // evidence kind ids of the dispute form
    'drafts.dispute.reason.', // dispute reason ids
    'drafts.dispute.solution.', // dispute solution ids
    'drafts.mismatch.', // lib/drafts/situation.ts choice ids
    'drafts.cancelReason.',
    'drafts.cancelWhy.',
    'drafts.customsIssue.',
    'drafts.disputeStage.',
    'drafts.paymentState.',
    'drafts.refundAfter.',
    'drafts.complaint.seenWhere.', // complaint wizard: where the buyer saw it
    'drafts.returnAsk.',
    'drafts.sellerRequest.',
    'drafts.situation.',
    'drafts.tone.',
    'drafts.want.',
    'drafts.wrongThing.',
    'evidence.doc.author.', // evidence pack: message author enum
    'evidence.kind.', // evidence kind enum
  ];

  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'locales' ? [] : sources(path);
      return /\.(ts|tsx)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
    });
  }
  const code = ['components', 'lib', 'entrypoints'].flatMap((dir) => sources(join(ROOT, dir))).join('\n');

  it('each dynamic prefix is still built somewhere', () => {
    expect(DYNAMIC_PREFIXES.filter((prefix) => !code.includes('`' + prefix + '${'))).toEqual([]);
  });

  /*
   * A seller-naming text's wording for another counterpart, `<key>.<wording>` (lib/drafts/counterpart.ts),
   * is read by components/I18nContext.tsx's CounterpartWording in place of `<key>`: used when `<key>` is a key.
   */
  const COUNTERPART_WORDINGS = MARKETPLACE_IDS.map(counterpartWording).filter((wording) => wording !== undefined);
  const isCounterpartWording = (key: string) => COUNTERPART_WORDINGS.some((wording) => key.endsWith(`.${wording}`) && keys.includes(key.slice(0, -wording.length - 1)));

  it('the counterpart wordings are still read', () => {
    expect(code).toContain('`${key}.${wording}`');
  });

  it('each key appears in components/, lib/ or entrypoints/ (or is built from a listed prefix)', () => {
    const unused = keys.filter(
      (key) =>
        !DYNAMIC_PREFIXES.some((prefix) => key.startsWith(prefix)) && !isCounterpartWording(key) && !["'", '"', '`'].some((quote) => code.includes(quote + key + quote)),
    );
    expect(unused).toEqual([]);
  });
});

describe('translate', () => {
  it('chooses plural forms by the language’s rules', () => {
    expect(translate('en', 'app.orders.count', { count: 1 })).toBe('1 order');
    expect(translate('en', 'app.orders.count', { count: 2 })).toBe('2 orders');
    expect(translate('ru', 'sidebar.dueSoon', { count: 1 })).toBe('1 срок истекает в течение 3 дней');
    expect(translate('ru', 'sidebar.dueSoon', { count: 3 })).toBe('3 срока истекают в течение 3 дней');
    expect(translate('ru', 'sidebar.dueSoon', { count: 5 })).toBe('5 сроков истекают в течение 3 дней');
    expect(translate('pl', 'sidebar.dueSoon', { count: 22 })).toBe('22 terminy mijają w ciągu 3 dni');
  });

  it('resolves the browser language', () => {
    expect(resolveLocale(['pl-PL', 'en'])).toBe('pl');
    expect(resolveLocale(['de-DE', 'uk'])).toBe('uk');
    expect(resolveLocale(['de-DE'])).toBe('en');
    expect(resolveLocale([])).toBe('en');
  });
});
