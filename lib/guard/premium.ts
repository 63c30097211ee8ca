/**
 * Premium-rate ranges (paid, expensive lines: the classic "hotline" trap), as
 * E.164 prefixes without "+". The content script carries libphonenumber-js
 * `min` metadata, which has no number types, so the ranges are listed here:
 * national numbering plans (France 089x, Germany 0900/0137, Poland 70x, UK
 * 09x/087x, Italy 89x, Spain 803/806/807/905, …).
 */
const PREMIUM_PREFIXES: readonly string[] = [
  '3389', '49900', '49137', '4870', '4490', '4491', '4498', '44871', '44872', '44873', '3989', '34803', '34806',
  '34807', '34905', '4390', '4393', '4190', '3290', '31900', '31906', '31909', '4090', '3090', '42090', '7809',
  '380900', '90900', '1900', '61190', '35176', '3690', '35990',
];

/** Whether an E.164 number is on a premium-rate range. */
export function isPremiumRate(e164: string): boolean {
  const digits = e164.replace(/^\+/, '');
  return PREMIUM_PREFIXES.some((p) => digits.startsWith(p));
}
