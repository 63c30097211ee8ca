/** Conversions between form inputs (strings) and stored values. */

/** "2026-03-12" → that day's local noon (noon never falls in a DST gap). */
export function dateInputToInstant(value: string): number | undefined | 'invalid' {
  if (!value) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'invalid';
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d, 12);
  return date.getMonth() === m - 1 ? date.getTime() : 'invalid';
}

export function instantToDateInput(instant: number | undefined): string {
  if (instant === undefined) return '';
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Accepts "12.99", "12,99" and "1 234,50"; anything else is left for the schema to refuse. */
export function parseAmount(value: string): number | string | undefined {
  const trimmed = value.trim().replace(/[\s\u00a0]/g, '');
  if (!trimmed) return undefined;
  const normalised = /^\d+,\d{1,2}$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  const number = Number(normalised);
  return Number.isFinite(number) ? number : value;
}
