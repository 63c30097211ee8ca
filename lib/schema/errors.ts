import type { z } from 'zod';
import type { MessageKey } from '../i18n/translate';

/** Field path ("store.name", "total.amount") → the translated error to show beside it. */
export type FieldErrors = Record<string, MessageKey>;

const KNOWN: Record<string, MessageKey> = {
  required: 'common.error.required',
  tooLong: 'common.error.tooLong',
  negative: 'common.error.negative',
  currency: 'common.error.currency',
  url: 'common.error.url',
  date: 'common.error.date',
  notANumber: 'common.error.notANumber',
};

/** Maps zod issues to i18n keys; the first issue per field wins. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    if (path in out) continue;
    const known = KNOWN[issue.message];
    if (known) out[path] = known;
    else if (issue.code === 'invalid_type' && issue.expected === 'number') out[path] = 'common.error.notANumber';
    else if (issue.code === 'too_small' && issue.origin === 'string') out[path] = 'common.error.required';
    else if (issue.code === 'too_big' && issue.origin === 'string') out[path] = 'common.error.tooLong';
    else out[path] = 'common.error.invalid';
  }
  return out;
}
