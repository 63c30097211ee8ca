import { describe, expect, it } from 'vitest';
import { guardMessages } from '../../../lib/i18n/catalogs/guard';
import { guarduiMessages } from '../../../lib/i18n/catalogs/guardui';
import { LOCALES } from '../../../lib/i18n/locales';
import { guardTranslator, parseGuardStrings } from '../../../lib/guard-ui/i18n';
import { parseTrustAnswer } from '../../../lib/guard-ui/trust';
import { guardStrings } from '../../../lib/guard-ui/strings';

describe('the strings the background sends', () => {
  it('hold every guard and guardui key in every language, plus the settings section titles', () => {
    const keys = [...Object.keys(guardMessages.en), ...Object.keys(guarduiMessages.en), 'app.settings.trustedContacts', 'app.settings.trustedSites'];
    for (const locale of LOCALES) {
      const { messages } = guardStrings(locale);
      expect(Object.keys(messages).sort(), locale).toEqual([...keys].sort());
    }
  });

  it('translate with the language’s plural forms and placeholders', () => {
    const pl = guardTranslator(guardStrings('pl'));
    expect(pl('guard.banner.summary', { count: 3, marketplace: 'AliExpress' })).toBe(
      'Ta strona podaje 3 kontakty jako obsługę klienta AliExpress. Żaden z nich nie jest oficjalnym kanałem AliExpress.',
    );
    expect(pl('guard.banner.summary', { count: 5, marketplace: 'AliExpress' })).toContain('5 kontaktów');
    const ru = guardTranslator(guardStrings('ru'));
    expect(ru('guardui.trusted.site', { site: 'shop.example', list: ru('app.settings.trustedSites') })).toBe(
      'На shop.example больше не будет предупреждений. Отменить это можно в настройках Buyerguard, раздел «Сайты, на которых вы отключили предупреждения».',
    );
  });

  it('are checked by hand: a well-formed answer passes, anything odd is refused', () => {
    const asked = ['+18885550123', 'help@shop.example'];
    const answer = { guardEnabled: true, siteTrusted: false, trustedContacts: ['+18885550123'], strings: guardStrings('uk') };
    expect(parseTrustAnswer(answer, asked)?.strings?.locale).toBe('uk');
    expect([...parseTrustAnswer(answer, asked)!.trusted]).toEqual(['+18885550123']);
    expect(parseTrustAnswer({ ...answer, strings: undefined }, asked)?.strings).toBeNull();
    expect(parseTrustAnswer({ ...answer, strings: { locale: 'xx' } }, asked)).toBeNull();
    expect(parseTrustAnswer({ ...answer, trustedContacts: [42] }, asked)).toBeNull();
    // Never more than was asked: an answer carrying other contacts is refused.
    expect(parseTrustAnswer({ ...answer, trustedContacts: ['+440000000000'] }, asked)).toBeNull();
    expect(parseTrustAnswer({ ...answer, siteTrusted: 'shop.example' }, asked)).toBeNull();
    expect(parseTrustAnswer({ ...answer, guardEnabled: 'yes' }, asked)).toBeNull();
    expect(parseTrustAnswer(null, asked)).toBeNull();
    expect(parseGuardStrings({ locale: 'de', messages: {} })).toBeNull();
    expect(parseGuardStrings({ locale: 'en', messages: { 'other.key': 'x' } })).toBeNull();
    expect(parseGuardStrings({ locale: 'en', messages: { 'guard.x': { other: 'not a message string' } } })).toBeNull();
    expect(parseGuardStrings({ locale: 'en', messages: { 'guard.x': 'x'.repeat(2001) } })).toBeNull();
    expect(parseGuardStrings({ locale: 'en', messages: { 'guard.x': '{count, plural, one {ok} other {ok}}' } })).not.toBeNull();
  });
});
