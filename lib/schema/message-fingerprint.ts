/**
 * A stable fingerprint per chat message, so capturing the same conversation twice does
 * not store a message twice.
 *
 * The site shows the same message's time differently as days pass ("10:15", then
 * "Yesterday 10:15", then "Mar 12" or "Mar 12, 2026" without the time), so the time goes
 * into the fingerprint only as the local calendar day. Two identical messages on the same
 * day ("ok", "ok") stay apart through their occurrence number within the capture.
 * Used by every marketplace's message reader and for messages the user pastes, so it
 * lives with the schemas, not in one marketplace's folder.
 */
import type { CapturedMessage } from './capture';

/** Whitespace of any kind (no-break, narrow, zero-width) as one space, as the page readers squash it. */
function squash(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f\u200b]+/g, ' ').trim();
}

/** cyrb53: a small, well-mixed 53-bit string hash (public domain, bryc/code). */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function localDay(instant: number | undefined): string {
  if (instant === undefined) return '';
  const date = new Date(instant);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/**
 * The fingerprint of a message: author, text (whitespace-normalised), local day of
 * `sentAt`, and `occurrence` (0 for the first identical message of that day, 1 for the
 * second…). Prefixed with a version so the recipe can change without clashing.
 */
export function messageFingerprint(
  message: Pick<CapturedMessage, 'author' | 'text' | 'sentAt'>,
  occurrence = 0,
): string {
  const key = [message.author, localDay(message.sentAt), occurrence, squash(message.text).normalize('NFC')].join('\u0000');
  return `m1-${hash53(key).toString(36)}-${hash53(key, 7).toString(36)}`;
}

/** Adds fingerprints to messages in page order, numbering identical ones. */
export function withFingerprints<T extends Pick<CapturedMessage, 'author' | 'text' | 'sentAt'>>(
  messages: readonly T[],
): Array<T & { fingerprint: string }> {
  const seen = new Map<string, number>();
  return messages.map((message) => {
    const base = messageFingerprint(message, 0);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { ...message, fingerprint: occurrence === 0 ? base : messageFingerprint(message, occurrence) };
  });
}
