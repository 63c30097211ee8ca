/**
 * How to ask each marketplace for a refund or a return is data in its folder
 * (lib/marketplaces/<id>/claim.ts). Temu's steps follow its own menus (sources in
 * lib/marketplaces/temu/README.md); AliExpress keeps its dispute form's explanation.
 */
import { describe, expect, it } from 'vitest';
import { claimProcedureFor, MARKETPLACES } from '../../../lib/marketplaces/registry';
import { LOCALES } from '../../../lib/i18n/locales';
import { allTables } from '../../../lib/i18n/translate';

const tables = allTables();
/** Menu and button names in quotes, in every quoting style the catalogs use: “…”, „…”, „…“, «…». */
const quoted = (text: string) => [...text.matchAll(/[«„“]([^«»„“”]+)[»“”]/g)].map((match) => match[1]!);

describe('claim procedures', () => {
  it('the default marketplace has one, so every order has a way to ask', () => {
    expect(MARKETPLACES[0].claim).toBeDefined();
    for (const m of MARKETPLACES) expect(claimProcedureFor(m.id).intro, m.id).toBeTruthy();
    expect(claimProcedureFor('other')).toBe(MARKETPLACES[0].claim);
  });

  it('AliExpress is unchanged: the dispute form’s explanation, no steps', () => {
    expect(claimProcedureFor('aliexpress')).toEqual({ intro: 'compose.dispute.intro', steps: [] });
  });

  it('Temu: Your orders → the order → Return/Refund → items → reason → refund method, then support’s chat if refused', () => {
    const temu = claimProcedureFor('temu');
    expect(temu.intro).not.toBe(claimProcedureFor('aliexpress').intro);
    const english = temu.steps.map((key) => tables.en[key]!);
    const names = english.flatMap(quoted);
    // Temu's menu and button names, in the order its pages show them.
    expect(names.indexOf('Your orders')).toBe(0);
    const order = ['Your orders', 'Return/Refund', 'Next', 'Submit', 'Support'].map((name) => names.indexOf(name));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)), names.join(' | ')).toBe(true);
    expect(english.join(' ')).toMatch(/14 days/);
    expect(english.join(' ')).not.toMatch(/\bdispute|\bseller/i);
  });

  it.each(LOCALES)('%s: Temu’s steps and its draft hint name the same menus the same way', (locale) => {
    const steps = claimProcedureFor('temu').steps.map((key) => tables[locale][key]!);
    const hint = quoted(tables[locale]['drafts.sendTo.temu.support']!);
    const [yourOrders, support] = [hint[0]!, hint[hint.length - 1]!];
    expect(quoted(steps[0]!)).toContain(yourOrders);
    expect(quoted(steps[steps.length - 1]!)).toContain(support);
    // "Return/Refund" is named once to press and once more where it is missing: the same words.
    const returnRefund = quoted(steps[1]!)[0]!;
    expect(quoted(steps[steps.length - 1]!)).toContain(returnRefund);
    expect(quoted(tables[locale]['compose.claim.temu.intro']!)).toEqual([]);
  });
});
