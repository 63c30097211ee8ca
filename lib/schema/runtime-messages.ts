import { z } from 'zod';
import type { SenderContext } from '../messaging/sender';
import { GUARD_MAX_CONTACTS } from './guard-limits';

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

/** A contact value as the guard normalises it (a phone in E.164, an e-mail, a messenger URL). */
const guardContactSchema = z.string().min(1).max(512);
/** What the app asks the marketplace page it sits beside. */
const pageRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page/capture') }),
  z.object({ type: z.literal('page/insert-message'), text: z.string().min(1).max(20_000) }),
  // Before a write in a browser without IntersectionObserver v2: is the in-page sidebar in plain sight? (answer: a boolean)
  z.object({ type: z.literal('page/plain-sight') }),
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
  // The guard's content script: it reports and asks about its own tab only (lib/background/guard.ts).
  z.object({ type: z.literal('guard/check'), contacts: z.array(guardContactSchema).max(GUARD_MAX_CONTACTS), strings: z.boolean() }),
  z.object({
    type: z.literal('guard/report'),
    contacts: z.array(guardContactSchema).max(GUARD_MAX_CONTACTS),
    /** How many of them are alarms (notices do not light the badge). */
    alarms: z.number().int().min(0).max(GUARD_MAX_CONTACTS),
    /** The page keeps the warning from showing (removed or covered it): the toolbar must say so. */
    hidden: z.boolean(),
  }),
  // Exactly one: a contact the tab's warning shows, or the sender's own site (its host comes from the sender).
  z
    .object({ type: z.literal('guard/trust'), contact: guardContactSchema.optional(), site: z.literal(true).optional() })
    .refine((m) => (m.contact === undefined) !== (m.site === undefined)),
  z.object({ type: z.literal('complaint/open'), prefill: complaintPrefillSchema }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;

/**
 * Which contexts may send each background message (see lib/messaging/sender.ts).
 * Content scripts get only what the guard and the edge tab need; nothing a
 * content script may send writes records, deletes data or reads orders.
 */
export const BACKGROUND_REQUEST_SENDERS: Readonly<Record<BackgroundRequest['type'], readonly SenderContext[]>> = {
  // The in-page sidebar asks which tab it sits in (it reads that tab's page).
  'tab/whoami': ['embedded'],
  // Firefox's in-page sidebar has no tabs API: the background forwards to the sender's own tab, once it is our frame.
  'tab/relay': ['embedded'],
  // "Open in a tab": a visible new tab of the app, never a change made in the page's sight.
  'app/open-tab': ['embedded', 'extension'],
  // The edge tab: its open/closed state and the due-soon count on it.
  'ui/state': ['content'],
  'ui/set-sidebar-open': ['content'],
  // Pings after a write; the background reads everything from the database itself.
  'badge/refresh': ['extension', 'embedded'],
  'reminders/rebuild': ['extension'],
  // The guard on any page: its warning count, the lists it filters by, "trust" and "report".
  'guard/report': ['content'],
  'guard/check': ['content'],
  // A site only for the page the script runs on (checked in the background).
  'guard/trust': ['content'],
  'complaint/open': ['content'],
};

/** Messages the marketplace content script answers (from extension pages or the background). */
export const contentRequestSchema = z.discriminatedUnion('type', [
  ...pageRequestSchema.options,
  z.object({ type: z.literal('sidebar/toggle') }),
  z.object({ type: z.literal('sidebar/open'), route: routeSchema.optional() }),
  // The background asks which frames the sidebar script made (see lib/background/embedding.ts).
  z.object({ type: z.literal('sidebar/frames') }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

/** The answer to `sidebar/frames`: the frame ids of the sidebar iframes, or null where the browser cannot tell (Chromium). */
export const sidebarFramesSchema = z.object({ frameIds: z.array(z.number().int().min(0)).max(10).nullable() });
export type SidebarFrames = z.infer<typeof sidebarFramesSchema>;

/** Broadcasts extension pages listen to. */
export const pageEventSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('page/changed') })]);
export type PageEvent = z.infer<typeof pageEventSchema>;

export const uiStateSchema = z.object({ sidebarOpen: z.boolean(), dueSoon: z.number().int().min(0), locale: z.string() });
export type UiState = z.infer<typeof uiStateSchema>;
