import { sendToBackground } from '../messaging/send';

/**
 * Wakes the service worker after a write so the badge and reminder alarms
 * follow the database at once. A sleeping or missing worker is not an error:
 * it rebuilds from the database when it starts.
 */
export function pingBackground(): void {
  sendToBackground({ type: 'badge/refresh' }).catch(() => undefined);
}
