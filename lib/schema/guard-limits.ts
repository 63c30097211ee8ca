/**
 * Limits of the guard's messages, in a module without zod: the all-pages
 * content script imports it, and zod must not ride along into every page.
 */
export const GUARD_MAX_CONTACTS = 200;
