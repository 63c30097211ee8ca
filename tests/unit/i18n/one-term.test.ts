import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Romanian speaks to the user with “dumneavoastră” everywhere (issue 11: one
 * form of address per language). These words and clitics only exist in the
 * familiar “tu” form; the imperative is not checked, as its singular looks
 * like the third person (“Așteaptă plata” is a status, not an order).
 */

const ROOT = join(__dirname, '../../..');
const TU_FORM = /(?<![\p{L}-])(tu|tău|ta|tale|tăi|tine|ție|îți|poți|vrei|știi|dorești|ai)(?![\p{L}])|(?<=\p{L})-(ți|te)(?![\p{L}])|(?<![\p{L}])ți-/iu;

function romanianMessages(): [string, string][] {
  const dir = join(ROOT, 'lib/i18n/locales/ro');
  const files = readdirSync(dir).map((file) => join(dir, file));
  files.push(join(ROOT, 'public/_locales/ro/messages.json'));
  return files.flatMap((file) =>
    Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>).map(([key, entry]): [string, string] => [`${file.slice(ROOT.length + 1)} ${key}`, entry.message]),
  );
}

describe('Romanian form of address', () => {
  it('the marker list catches the familiar form and lets the polite one pass', () => {
    for (const tu of ['Comenzile tale', 'Nu ai încă nicio comandă.', 'Când să-ți amintim:', 'Asigură-te că ai atașat dovezile.', 'pe calculatorul tău.', 'Poți deschide o dispută']) expect(TU_FORM.test(tu), tu).toBe(true);
    for (const polite of ['Comenzile dumneavoastră', 'Nu aveți încă nicio comandă.', 'Când să vă amintim:', 'Asigurați-vă că ați atașat dovezile.', 'Așteaptă plata', 'Ați întrebat vecinii?']) expect(TU_FORM.test(polite), polite).toBe(false);
  });

  it('every Romanian message (UI, drafts’ glosses, manifest) uses “dumneavoastră”', () => {
    const familiar = romanianMessages().filter(([, message]) => TU_FORM.test(message));
    expect(familiar.map(([where, message]) => `${where}: ${message}`)).toEqual([]);
  });
});

describe('one name for the complaint menu path', () => {
  /** Every message that walks the buyer to the complaint form: Help → Disputes & Reports → Submit a Complaint. */
  const PATH_KEYS = ['drafts.complaint.step.open', 'guard.report.steps'] as const;
  /** The path's steps after Help (its first step is worded into the sentence around it). */
  const segments = (message: string) => message.split('→').slice(1, 3).map((part) => part.replace(/[«»„“”"]/g, '').replace(/[.:]$/, '').trim());

  it('names Help, Disputes & Reports and Submit a Complaint the same way in every message of a language', async () => {
    const { allTables } = await import('../../../lib/i18n/translate');
    const tables = allTables();
    for (const [locale, table] of Object.entries(tables)) {
      const paths = PATH_KEYS.map((key) => segments(table[key]!).join(' → '));
      expect(new Set(paths).size, `${locale}: ${paths.join(' | ')}`).toBe(1);
    }
  });
});
