import { z } from 'zod';

/** An instant: milliseconds since the epoch, within years 2000–2100. */
export const instantSchema = z.number().int().min(946_684_800_000).max(4_102_444_800_000);

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'currency');

export const moneySchema = z.object({
  amount: z.number().finite().nonnegative('negative').max(1e9),
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;

/** Only web links: a `javascript:` or `data:` URL must never be stored as a link. */
export const webUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'url');

export const idSchema = z.string().min(1).max(128);
