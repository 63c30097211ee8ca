import { describe, expect, it } from 'vitest';
import { reasonMessageKey, reasonMessageParams, type Finding } from '../../../lib/guard';
import { LOCALES, translate } from '../../../lib/i18n';
import { scanFragment } from './helpers';

/**
 * The reason shown under a messenger contact names the messenger found on the
 * page, in every UI language: a Zalo link must not be explained as "no support
 * on WhatsApp, Telegram or Viber".
 */

const MESSENGERS: Array<[string, string]> = [
  ['WhatsApp', '<a href="https://wa.me/447479555123">chat</a>'],
  ['Telegram', '<a href="https://t.me/ali_help_desk">chat</a>'],
  ['Viber', '<a href="viber://chat?number=%2B447479555123">chat</a>'],
  ['LINE', '<a href="https://line.me/R/ti/p/@ali-help">chat</a>'],
  ['WeChat', '<a href="weixin://dl/chat?ali_help_88">chat</a>'],
  ['Zalo', '<a href="https://zalo.me/0912345678">chat</a>'],
  ['Signal', '<a href="https://signal.me/#p/+447479555123">chat</a>'],
  ['Skype', '<a href="skype:ali.help.desk?chat">chat</a>'],
];

function messengerFinding(link: string): Finding {
  const findings = scanFragment(`<h1>AliExpress customer support</h1><p>Chat with AliExpress support: ${link}</p>`);
  const found = findings.find((f) => f.kind === 'messenger');
  expect(found, link).toBeDefined();
  return found!;
}

describe('messenger reason names the messenger found', () => {
  it.each(MESSENGERS)('%s', (name, link) => {
    const finding = messengerFinding(link);
    expect(finding.reason).toBe('fake-support-messenger');
    expect(reasonMessageParams(finding)).toEqual({ messenger: name });
    for (const locale of LOCALES) {
      const text = translate(locale, reasonMessageKey(finding), { marketplace: 'AliExpress', ...reasonMessageParams(finding) });
      expect(text, locale).toContain(name);
      expect(text, locale).toContain('AliExpress');
      // Only the one messenger: no list of the three old names unless it is one of them.
      for (const other of MESSENGERS.map(([n]) => n).filter((n) => n !== name)) expect(text, `${locale} ${other}`).not.toContain(other);
      expect(text, locale).not.toMatch(/[{}]/);
    }
  });
});
