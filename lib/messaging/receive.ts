import type { z } from 'zod';
import { senderContext, type Sender, type SenderContext } from './sender';

export type { Sender };

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

/**
 * Like `validatedListener`, and each message type names the contexts that may
 * send it (`senders`): a message from any other context is ignored as if it
 * were unknown, so a content script learns nothing by trying.
 */
export function policedListener<S extends z.ZodType<{ type: string }>>(
  runtime: { id: string; origin: string },
  schema: S,
  senders: Readonly<Record<z.infer<S>['type'], readonly SenderContext[]>>,
  handle: (message: z.infer<S>, sender: Sender, context: SenderContext) => Promise<unknown> | unknown,
): (message: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (message, sender) => {
    const context = senderContext(sender, runtime.id, runtime.origin);
    if (!context) return undefined;
    const parsed = schema.safeParse(message);
    if (!parsed.success) return undefined;
    const type: z.infer<S>['type'] = parsed.data.type;
    if (!senders[type].includes(context)) return undefined;
    return Promise.resolve(handle(parsed.data, sender, context));
  };
}
