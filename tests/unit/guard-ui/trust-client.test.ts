import { describe, expect, it } from 'vitest';
import { createTrustClient } from '../../../lib/guard-ui/trust';
import type { BackgroundRequest } from '../../../lib/schema/runtime-messages';

/** Lets every message already sent reach the fake background and be answered. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A background that, like the real one, trusts only a contact the tab last reported as shown,
 * and handles messages concurrently: it reads the settings (a database read) before it looks
 * at what the tab shows, so a report sent right after a trust request is stored first.
 */
function fakeBackground() {
  let shown: string[] = [];
  const received: string[] = [];
  const send = async (message: BackgroundRequest): Promise<unknown> => {
    received.push(message.type);
    if (message.type === 'guard/report') shown = [...message.contacts];
    if (message.type === 'guard/trust') {
      await delivered();
      return message.contact !== undefined && shown.includes(message.contact);
    }
    return undefined;
  };
  return { send, received, forget: () => (shown = []) };
}

describe('trusting a contact from the warning', () => {
  it('is accepted when the background knows the tab shows it', async () => {
    const background = fakeBackground();
    const client = createTrustClient(background.send);
    client.report(['+18665550139'], 1, false);
    await expect(client.trustContact('+18665550139')).resolves.toBe(true);
    expect(background.received).toEqual(['guard/report', 'guard/trust']);
  });

  it('reports again and asks again when a late navigation event wiped what the tab shows', async () => {
    const background = fakeBackground();
    const client = createTrustClient(background.send);
    client.report(['+18665550139', '+18665550140'], 2, false);
    await delivered();
    background.forget();
    await expect(client.trustContact('+18665550139')).resolves.toBe(true);
    expect(background.received).toEqual(['guard/report', 'guard/trust', 'guard/report', 'guard/trust']);
  });

  it('holds the report that follows the click until the background has answered the trust request', async () => {
    const background = fakeBackground();
    const client = createTrustClient(background.send);
    client.report(['+18665550139', '+18665550140'], 2, false);
    // What the banner does on "Trust this contact": ask, then report the contacts still warned about.
    const trusted = client.trustContact('+18665550139');
    client.report(['+18665550140'], 1, false);
    await expect(trusted).resolves.toBe(true);
    await delivered();
    expect(background.received).toEqual(['guard/report', 'guard/trust', 'guard/report']);
  });

  it('does not report a contact the tab never showed, and gets no for it', async () => {
    const background = fakeBackground();
    const client = createTrustClient(background.send);
    client.report(['+18665550139'], 1, false);
    await expect(client.trustContact('+18665550199')).resolves.toBe(false);
    expect(background.received).toEqual(['guard/report', 'guard/trust']);
    // Still quiet on this page at once: the user asked for it.
    expect(client.trustedHere.has('+18665550199')).toBe(true);
  });
});
