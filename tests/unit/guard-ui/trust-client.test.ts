import { describe, expect, it } from 'vitest';
import { createTrustClient } from '../../../lib/guard-ui/trust';
import type { BackgroundRequest } from '../../../lib/schema/runtime-messages';

/** A background that, like the real one, trusts only a contact the tab last reported as shown. */
function fakeBackground() {
  let shown: string[] = [];
  const received: string[] = [];
  const send = async (message: BackgroundRequest): Promise<unknown> => {
    received.push(message.type);
    if (message.type === 'guard/report') shown = [...message.contacts];
    if (message.type === 'guard/trust') return message.contact !== undefined && shown.includes(message.contact);
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
    background.forget();
    await expect(client.trustContact('+18665550139')).resolves.toBe(true);
    expect(background.received).toEqual(['guard/report', 'guard/trust', 'guard/report', 'guard/trust']);
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
