import { z } from 'zod';

/**
 * Every message that crosses an extension context boundary, by receiver.
 * Receivers parse with these schemas and ignore anything else.
 */

const routeSchema = z.string().max(4096).regex(/^\/[\w\-/?=&%.+~:@!$'()*,;]*$/);

export const complaintPrefillSchema = z.object({
  category: z.literal('offline-trading'),
  contacts: z
    .array(z.object({ kind: z.enum(['phone', 'email', 'messenger']), value: z.string().min(1).max(512) }))
    .max(50),
  pageUrl: z.string().url().max(2048),
});
export type ComplaintPrefill = z.infer<typeof complaintPrefillSchema>;

/** What the app asks the marketplace page it sits beside. */
const pageRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page/capture') }),
  z.object({ type: z.literal('page/insert-message'), text: z.string().min(1).max(20_000) }),
]);
export type PageRequest = z.infer<typeof pageRequestSchema>;

/** Messages the background service worker answers. */
export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab/whoami') }),
  // From the in-page sidebar, which has no `tabs` API in Firefox: forwarded to the sender's own tab only.
  z.object({ type: z.literal('tab/relay'), request: pageRequestSchema }),
  z.object({ type: z.literal('app/open-tab'), route: routeSchema }),
  z.object({ type: z.literal('ui/state') }),
  z.object({ type: z.literal('ui/set-sidebar-open'), open: z.boolean() }),
  z.object({ type: z.literal('badge/refresh') }),
  z.object({ type: z.literal('reminders/rebuild') }),
  z.object({ type: z.literal('guard/report'), warnings: z.number().int().min(0).max(100_000) }),
  z.object({ type: z.literal('guard/lists') }),
  z.object({
    type: z.literal('guard/trust'),
    contact: z.string().min(1).max(512).optional(),
    site: z.string().min(1).max(253).optional(),
  }),
  z.object({ type: z.literal('complaint/open'), prefill: complaintPrefillSchema }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;

/** Messages the marketplace content script answers (from extension pages or the background). */
export const contentRequestSchema = z.discriminatedUnion('type', [
  ...pageRequestSchema.options,
  z.object({ type: z.literal('sidebar/toggle') }),
  z.object({ type: z.literal('sidebar/open'), route: routeSchema.optional() }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

/** Broadcasts extension pages listen to. */
export const pageEventSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('page/changed') })]);
export type PageEvent = z.infer<typeof pageEventSchema>;

export const uiStateSchema = z.object({ sidebarOpen: z.boolean(), dueSoon: z.number().int().min(0), locale: z.string() });
export type UiState = z.infer<typeof uiStateSchema>;
