/**
 * Inputs built to trip regular expressions and loops into super-linear time
 * (long digit runs, repeated separators, half-made addresses and links).
 * The unit test checks the guard's answers on them; bench/fuzz.ts times them.
 */
export const PATHOLOGICAL_TEXTS: readonly string[] = [
  '1'.repeat(100_000),
  '1 '.repeat(50_000),
  '+('.repeat(30_000),
  '1-'.repeat(50_000) + 'x',
  `${'a'.repeat(60_000)}@`,
  `a@${'b.'.repeat(40_000)}`,
  '[at]'.repeat(20_000),
  `https://t.me/${'a'.repeat(80_000)}`,
  'wa.me/'.repeat(15_000),
  'xpres'.repeat(20_000),
  '@'.repeat(100_000),
  '\u200b1'.repeat(50_000),
  'AliExpress support '.repeat(5_000) + '1'.repeat(50_000),
  // Spelt-out addresses, possessives and suffixes.
  ' at '.repeat(25_000),
  'a at b dot '.repeat(10_000),
  ' @ x . '.repeat(15_000),
  `${'a'.repeat(60_000)} at b dot c`,
  `unser${'a'.repeat(100_000)} AliExpress hotline +49 800 5551234`,
  `${'ı'.repeat(50_000)}mız AliExpress 0212 555 12 34`,
  'Tel. '.repeat(20_000) + 'AliExpress +1 844 555 0176',
  // Long runs of spaces around an "@" or a bracketed "at" (a leading \s* in a regex retries at every space).
  `a @${' '.repeat(100_000)}x`,
  `a${' '.repeat(100_000)}[at] shop.example`,
];
