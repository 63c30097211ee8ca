import type { Browser } from 'wxt/browser';
import type { z } from 'zod';

type Sender = Browser.runtime.MessageSender;

/**
 * Wraps a runtime.onMessage handler: only messages from this extension that
 * parse with `schema` reach `handle`; anything else is ignored (undefined is
 * returned so other listeners may answer).
 */
export function validatedListener<S extends z.ZodType>(
  runtimeId: string,
  schema: S,
  handle: (message: z.infer<S>, sender: Sender) => Promise<unknown> | unknown,
): (message: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (message, sender) => {
    if (sender.id !== runtimeId) return undefined;
    const parsed = schema.safeParse(message);
    if (!parsed.success) return undefined;
    return Promise.resolve(handle(parsed.data, sender));
  };
}
