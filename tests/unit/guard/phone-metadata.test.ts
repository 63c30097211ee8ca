import { parsePhoneNumberFromString as parseCore } from 'libphonenumber-js/core';
import min from 'libphonenumber-js/metadata.min.json';
import { parsePhoneNumberFromString as parseMin, type CountryCode } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { PHONE_METADATA } from '../../../lib/guard/phone-metadata';
import { slimMetadata } from '../../../lib/guard/phone-metadata-slim';
import { TRUNK_ZERO_WRITTEN } from '../../../lib/guard/trunk-zero';

describe('slimmed phone metadata', () => {
  it('is current: npm install regenerates it from the installed libphonenumber-js', () => {
    expect(PHONE_METADATA).toEqual(JSON.parse(JSON.stringify(slimMetadata(min, TRUNK_ZERO_WRITTEN))));
  });

  it('drops formats only, and keeps them where the guard formats', () => {
    const countries = PHONE_METADATA.countries as Record<string, unknown[]>;
    expect(countries.PL?.[4]).toBeNull();
    expect(countries.SA?.[4]).not.toBeNull();
    expect(Object.keys(countries).sort()).toEqual(Object.keys(min.countries).sort());
  });

  it('parses and validates exactly like the full min metadata', () => {
    // National numbers from many countries, with and without trunk prefixes, plus non-numbers.
    const samples: Array<[string, string | undefined]> = [
      ['+48 22 307 18 54', undefined], ['22 307 18 54', 'PL'], ['8 800 301-47-62', 'RU'], ['0 800 214 365', 'UA'],
      ['210 934 8271', 'GR'], ['599 48 17 26', 'GE'], ['01 23 45 67 89', 'FR'], ['030 12345678', 'DE'],
      ['912 345 678', 'ES'], ['(11) 98765-4321', 'BR'], ['0212 555 12 34', 'TR'], ['800 124 5678', 'SA'],
      ['1800-123-4567', 'IN'], ['8 727 244 5566', 'KZ'], ['234 567 890', 'CZ'], ['03-123-4567', 'IL'],
      ['021 123 4567', 'RO'], ['(888) 555-0147', 'US'], ['020 7946 0321', 'GB'], ['+86 135 2871 4460', undefined],
      ['555 1234', 'IE'], ['12345', 'PL'], ['8190 4412 7788 0012', 'US'], ['+999 123 456', undefined],
    ];
    for (const [text, region] of samples) {
      const full = parseMin(text, region as CountryCode | undefined);
      const slim = parseCore(text, { defaultCountry: region as CountryCode | undefined }, PHONE_METADATA);
      expect([slim?.number, slim?.isValid()], text).toEqual([full?.number, full?.isValid()]);
    }
  });
});
