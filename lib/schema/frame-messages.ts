import { z } from 'zod';

/*
 * What the in-page sidebar's frame (extension origin) tells the content script
 * that made it, over window.postMessage: the only channel from a frame to the
 * page it sits in. The page shares that window and can post or dispatch
 * messages too, so the receiver checks the event (trusted, from our frame's
 * window, with the extension's origin) before it parses it with this schema.
 */

export const FRAME_MESSAGE_SOURCE = 'buyerguard-sidebar';

export const frameMessageSchema = z
  .object({
    source: z.literal(FRAME_MESSAGE_SOURCE),
    // Escape pressed in the app, with no dialog or confirmation of its own to close.
    type: z.literal('sidebar/escape'),
  })
  .strict();
export type FrameMessage = z.infer<typeof frameMessageSchema>;
