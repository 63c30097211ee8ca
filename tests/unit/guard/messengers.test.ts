import { describe, expect, it } from 'vitest';
import { canonicalMessenger, findHandles, findMessengerUrls } from '../../../lib/guard/messengers';

describe('messenger links → canonical values', () => {
  it.each([
    ['https://wa.me/8613922147730', 'https://wa.me/8613922147730', '+8613922147730'],
    ['http://www.wa.me/8613922147730?text=hi', 'https://wa.me/8613922147730', '+8613922147730'],
    ['https://api.whatsapp.com/send?phone=40722581346&text=Salut', 'https://wa.me/40722581346', '+40722581346'],
    ['https://api.whatsapp.com/send/?phone=%2B40722581346', 'https://wa.me/40722581346', '+40722581346'],
    ['whatsapp://send?phone=+447700900123', 'https://wa.me/447700900123', '+447700900123'],
    ['https://chat.whatsapp.com/AbCdEfGhIjKlMn', 'https://chat.whatsapp.com/AbCdEfGhIjKlMn', null],
    ['https://t.me/Ali_Pidtrymka_UA', 'https://t.me/ali_pidtrymka_ua', null],
    ['https://telegram.me/optom_chasy_direct/', 'https://t.me/optom_chasy_direct', null],
    ['tg://resolve?domain=AliHelp_bot', 'https://t.me/alihelp_bot', null],
    ['https://t.me/+AbCdEf123456', 'https://t.me/+AbCdEf123456', null],
    ['https://t.me/joinchat/AbCdEf123456', 'https://t.me/+AbCdEf123456', null],
    ['viber://chat?number=%2B380674182693', 'viber://chat?number=%2B380674182693', '+380674182693'],
    ['viber://add?number=380674182693', 'viber://chat?number=%2B380674182693', '+380674182693'],
  ])('%s', (url, value, phone) => {
    expect(canonicalMessenger(url)).toEqual({ value, phone });
  });

  it.each([
    'https://t.me/share/url?url=https%3A%2F%2Fexample.org',
    'https://api.whatsapp.com/send?text=Look%20at%20this',
    'https://wa.me/?text=hello',
    'https://example.org/wa.me/123',
    'viber://forward?text=hi',
    'https://t.me/ab',
    'mailto:x@example.org',
  ])('%s is not a contact', (url) => {
    expect(canonicalMessenger(url)).toBeNull();
  });

  it('finds messenger URLs written as text, without trailing punctuation', () => {
    const found = findMessengerUrls('Add me: wa.me/8618825946173, or t.me/optom_chasy_direct.');
    expect(found.map((m) => m.value)).toEqual(['https://wa.me/8618825946173', 'https://t.me/optom_chasy_direct']);
  });

  it('finds @handles but not e-mail addresses', () => {
    expect(findHandles('Bot: @ali_pidtrymka_ua. Mail: a@example.org').map((h) => h.value)).toEqual([
      'https://t.me/ali_pidtrymka_ua',
    ]);
  });
});
