// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { OrderCard } from '../../../components/OrderCard';
import { escapeText } from '../../../lib/calendar';
import { escapeHtml } from '../../../lib/evidence/html';
import { safeFileName } from '../../../lib/evidence/pack';
import { BACKUP_FORMAT, BACKUP_VERSION, readBackup, serializeBackup, type BackupFile } from '../../../lib/backup';
import { orderSchema } from '../../../lib/schema/order';
import { HOSTILE_STRINGS } from '../../fixtures/hostile/data/strings';

// Every bidi formatting character, written out: embeddings, overrides, isolates, marks.
const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const hasControl = (text: string) => CONTROLS.some((c) => text.includes(c));

const order = orderSchema.parse({
  id: 'o1',
  marketplace: 'aliexpress',
  orderNumber: '8100\u202E0000',
  store: { name: HOSTILE_STRINGS.bidiOverride! },
  items: [{ title: `Lamp ${HOSTILE_STRINGS.bidiIsolates}`, quantity: 1 }],
  source: 'captured',
  createdAt: Date.UTC(2026, 0, 1),
  updatedAt: Date.UTC(2026, 0, 1),
});

describe('bidi controls from pages', () => {
  it('are dropped from calendar text, the evidence pack and file names, and nothing else is', () => {
    for (const c of CONTROLS) {
      expect(hasControl(escapeText(`Store ${c}gnp.exe`))).toBe(false);
      expect(hasControl(escapeHtml(`Store ${c}gnp.exe`))).toBe(false);
      expect(hasControl(safeFileName(`photo${c}gnp.exe`))).toBe(false);
    }
    expect(escapeText(HOSTILE_STRINGS.bidiOverride!)).toBe('Store gnp.exe');
    expect(escapeHtml('Store \u202Egnp.exe<b>')).toBe('Store gnp.exe&lt;b&gt;');
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });

  it('are written as escapes in a backup file, which still reads back exactly', () => {
    const backup: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: Date.UTC(2026, 0, 2), orders: [order], messages: [], evidence: [] };
    const text = serializeBackup(backup);
    expect(hasControl(text)).toBe(false);
    expect(text).toContain('\\u202e');
    const read = readBackup(text);
    expect(read.ok && read.backup.orders[0]).toEqual(order);
  });

  it('are isolated in the order list: every page-derived text sits in its own <bdi>', () => {
    const root = document.createElement('div');
    render(h(OrderCard, { row: { order, deadlines: [] } as never, now: Date.UTC(2026, 0, 2) }), root);
    const isolated = [...root.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual(expect.arrayContaining([order.orderNumber, order.store.name, order.items[0]!.title]));
  });
});
