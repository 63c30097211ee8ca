import { complaintPrefillSchema, type ComplaintPrefill } from '../lib/schema/runtime-messages';
import type { ContactFound } from '../lib/drafts';

/** What the wizard starts from: the guard's findings, or a product or store page the user reports. */
export interface WizardStart {
  fromGuard?: ComplaintPrefill;
  url?: string;
  itemTitle?: string;
  storeName?: string;
  /** A prefill was given but could not be read. */
  damaged: boolean;
}

/** Reverses the background's complaintRoute: base64 of UTF-8 JSON, validated again here. */
export function decodePrefill(raw: string): ComplaintPrefill | undefined {
  try {
    const bytes = Uint8Array.from(atob(raw), (char) => char.charCodeAt(0));
    const parsed = complaintPrefillSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function wizardStart(params: URLSearchParams): WizardStart {
  const raw = params.get('prefill');
  const fromGuard = raw ? decodePrefill(raw) : undefined;
  const text = (name: string) => params.get(name)?.trim().slice(0, 500) || undefined;
  const url = fromGuard?.pageUrl ?? text('url');
  const itemTitle = text('item');
  const storeName = text('store');
  return {
    ...(fromGuard ? { fromGuard } : {}),
    ...(url ? { url } : {}),
    ...(itemTitle ? { itemTitle } : {}),
    ...(storeName ? { storeName } : {}),
    damaged: raw !== null && !fromGuard,
  };
}

/** The guard says "messenger"; the complaint names the app when the contact shows which one it is. */
export function contactFound(contact: ComplaintPrefill['contacts'][number]): ContactFound {
  if (contact.kind !== 'messenger') return { kind: contact.kind, value: contact.value };
  const value = contact.value.toLowerCase();
  const kind = /whats ?app|wa\.me/.test(value) ? 'whatsapp' : /telegram|t\.me\//.test(value) ? 'telegram' : /viber/.test(value) ? 'viber' : /wechat|weixin/.test(value) ? 'wechat' : 'other';
  return { kind, value: contact.value };
}

/** The wizard's route for a listing or store the user reports from its page. */
export function reportRoute(target: { url: string; itemTitle?: string | undefined; storeName?: string | undefined }): string {
  const params = new URLSearchParams({ url: target.url });
  if (target.itemTitle) params.set('item', target.itemTitle);
  if (target.storeName) params.set('store', target.storeName);
  return `/complaint?${params.toString()}`;
}
