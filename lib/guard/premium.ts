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
  // Nordic, Baltic and other plans (ranges as libphonenumber's full metadata types them): Norway 820/829,
  // Lithuania 90x/910, Latvia 90, Estonia 900, Denmark 90, Sweden 0900/0939/0944, Finland 0600/0700, Ireland 15xx,
  // Slovakia 0900, Croatia 060–069, Slovenia 090, Hungary 091, Japan 0990, Korea 060, Israel 1900/1919, Malaysia 1600,
  // Kenya 0900.
  '47820', '47829', '37090', '370910', '37190', '372900', '4590', '46900', '46939', '46944', '358600', '358700',
  '35315', '421900', '38560', '38561', '38564', '38565', '38569', '38690', '3691', '81990', '8260', '9721900',
  '9721919', '601600', '254900',
];

/** Whether an E.164 number is on a premium-rate range. */
export function isPremiumRate(e164: string): boolean {
  const digits = e164.replace(/^\+/, '');
  return PREMIUM_PREFIXES.some((p) => digits.startsWith(p));
}
