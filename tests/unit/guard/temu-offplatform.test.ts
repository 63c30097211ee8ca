import { describe, expect, it } from 'vitest';
import { scanFragment, summary } from './helpers';

/** The off-platform rule follows the registry: Temu's store pages and chats get it as AliExpress's do. */
describe("sellers and chats on Temu's own pages", () => {
  it('flags a store page pushing the deal to WhatsApp and e-mail, under a locale prefix', () => {
    const found = scanFragment(
      '<div><h2>Sklep HomeDeco</h2><p>Hurt: napisz na WhatsApp +48 512 345 678 lub homedeco.pl@gmail.com, płatność przelewem.</p></div>',
      { url: 'https://www.temu.com/pl/homedeco-m-634418212345678.html', lang: 'pl' },
    );
    expect(summary(found)).toEqual(['phone +48512345678 offplatform-seller', 'email homedeco.pl@gmail.com offplatform-seller']);
    expect(found[0]?.marketplace).toBe('temu');
  });

  it('flags a messenger link posted in a Temu chat', () => {
    const found = scanFragment('<p>Write us: <a href="https://t.me/temu_refund_fast">Telegram</a></p>', {
      url: 'https://www.temu.com/chat.html',
    });
    expect(summary(found)).toEqual(['messenger https://t.me/temu_refund_fast offplatform-seller']);
  });
});
