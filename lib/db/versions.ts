import type Dexie from 'dexie';
import type { Transaction } from 'dexie';

/**
 * Every schema the database has had, oldest first. Never edit a released
 * entry: add a new one with its upgrade, and a test in tests/unit/db that
 * opens a database written by the previous version. Upgrades are frozen: they
 * never call live engine or UI code, whose output may change later; what they
 * need is copied below as it was when the version shipped.
 *
 * Only queried fields are indexed; text columns (notes, message text) never are.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}> = [
  {
    // 0.1 preview: orders only.
    version: 1,
    stores: { orders: 'id, orderNumber, updatedAt' },
  },
  {
    version: 2,
    stores: {
      orders: 'id, [marketplace+orderNumber], updatedAt, status',
      messages: 'id, orderId, [orderId+fingerprint]',
      evidence: 'id, orderId',
      deadlines: 'id, orderId, dueAt, [actionable+dueAt]',
      reminders: 'id',
      settings: 'id',
    },
    // v1 rows predate hand-edit tracking and deadline overrides. Missing
    // fields get their empty defaults; nothing else is touched.
    upgrade: async (tx) => {
      await tx
        .table('orders')
        .toCollection()
        .modify((order: Record<string, unknown>) => {
          order.editedFields ??= [];
          order.deadlineOverrides ??= {};
          order.notes ??= '';
          order.items ??= [];
          order.source ??= 'manual';
          order.store ??= { name: '' };
          order.status ??= 'unknown';
          order.marketplace ??= 'aliexpress';
        });
    },
  },
  {
    // Each order's place in the urgency order, so the first screen of a long list is an index read.
    version: 3,
    stores: { orders: 'id, [marketplace+orderNumber], updatedAt, status, urgencyKey, urgencyUntil' },
    upgrade: async (tx) => {
      const now = Date.now();
      const byOrder = new Map<string, V3Deadline[]>();
      for (const d of (await tx.table('deadlines').toArray()) as V3Deadline[]) byOrder.set(d.orderId, [...(byOrder.get(d.orderId) ?? []), d]);
      await tx
        .table('orders')
        .toCollection()
        .modify((order: V3Order) => {
          Object.assign(order, urgencyAsOfV3(order, byOrder.get(order.id) ?? [], now));
        });
    },
  },
  {
    // Reminder ids carry the deadline's local due date instead of its instant, so a
    // page countdown that drifts by hours is still the same reminder. Reminders already
    // shown keep being "shown" under their new id.
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      const table = tx.table('reminders');
      const rows = (await table.toArray()) as { id: string; deliveredAt: number }[];
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      for (const row of rows) {
        const id = reminderIdAsOfV4(row.id, zone);
        if (id === row.id) continue;
        await table.delete(row.id);
        await table.put({ ...row, id });
      }
    },
  },
  {
    // Staging for backup imports (lib/backup/staging.ts, gone since version 6): an import writes its records here in
    // many short transactions, then moves them into the live tables in one. Keyed by id only:
    // nothing queries them. Nothing to migrate: they start empty.
    version: 5,
    stores: { stagedOrders: 'id', stagedDeadlines: 'id', stagedMessages: 'id', stagedEvidence: 'id' },
  },
  {
    // The staging tables go again: an import now writes each record once, in one transaction
    // (lib/backup/README.md). Whatever a crashed version-5 import left there goes with them.
    version: 6,
    stores: { stagedOrders: null, stagedDeadlines: null, stagedMessages: null, stagedEvidence: null },
  },
  {
    // Each order record carries its own deadlines (`deadlines`, plus `actionableDue` multi-entry
    // indexed for "due soon"); the deadlines table, one record per deadline, goes. IndexedDB's
    // cost is per request, and three deadline records per order made a large import three
    // times as long (lib/backup/README.md). The deadlines move as stored, untouched, so the
    // reminders already shown or snoozed (keyed by order, kind and due day) still match them.
    version: 7,
    stores: { orders: 'id, [marketplace+orderNumber], updatedAt, status, urgencyKey, urgencyUntil, *actionableDue', deadlines: null },
    upgrade: async (tx) => {
      const byOrder = new Map<string, V6Deadline[]>();
      for (const d of (await tx.table('deadlines').toArray()) as V6Deadline[]) byOrder.set(d.orderId, [...(byOrder.get(d.orderId) ?? []), d]);
      await tx
        .table('orders')
        .toCollection()
        .modify((order: { id: string; deadlines?: V6Deadline[]; actionableDue?: [number, string][] }) => {
          const own = byOrder.get(order.id) ?? [];
          order.deadlines = own;
          order.actionableDue = own.filter((d) => d.actionable === 1).map((d) => [d.dueAt, d.kind]);
        });
    },
  },
  {
    // The undo journal of a backup import (lib/backup/journal.ts): an import writes in batches,
    // each its own transaction, and records here what each batch replaced, so a cancel, a
    // failure or a crash mid-import can be undone. Keyed by sequence number only: a header (0)
    // and one row per batch. Nothing to migrate: it starts empty, and is empty between imports.
    // Messages get an `addedAt` index: between batches the import counts the messages added
    // since it began (an index range) instead of all of them (a count walks the whole table).
    version: 8,
    stores: { importJournal: 'seq', messages: 'id, orderId, [orderId+fingerprint], addedAt' },
  },
  {
    // Fewer index entries per order record: each entry is part of every write's cost, and a
    // backup import is one write per order (lib/backup/README.md). `status` goes: nothing
    // queries it. Records written from now on leave out what no query can find: the
    // `urgencyUntil` of a place that never goes stale (only places already past are looked
    // up) and, in `actionableDue`, deadlines already passed ("due soon" is a range from now).
    // Nothing to migrate: a record written before keeps those entries, which no query matches.
    version: 9,
    stores: { orders: 'id, [marketplace+orderNumber], updatedAt, urgencyKey, urgencyUntil, *actionableDue' },
  },
];

/* ---- Frozen copies: what released upgrades computed, as they computed it. ---- */

interface V3Deadline {
  orderId: string;
  dueAt: number;
  actionable: 0 | 1;
}
interface V6Deadline extends V3Deadline {
  kind: string;
}
interface V3Order {
  id: string;
  status: string;
  updatedAt: number;
  urgencyKey?: number;
  urgencyUntil?: number;
}

/** The order-list urgency place as version 3 defined it (lib/app/order-list.ts and lib/db/urgency.ts of 2026-12). */
function urgencyAsOfV3(order: V3Order, deadlines: readonly V3Deadline[], now: number): { urgencyKey: number; urgencyUntil: number } {
  const SPAN = 5e12;
  const done = order.status === 'completed' || order.status === 'cancelled';
  let until = 8.64e15;
  if (done) return { urgencyKey: 3 * SPAN + (SPAN - order.updatedAt), urgencyUntil: until };
  let upcoming: V3Deadline | undefined;
  let lastPassed: V3Deadline | undefined;
  let actionPassed = false;
  let actionAhead = false;
  for (const d of deadlines) {
    if (d.dueAt >= now) {
      if (!upcoming || d.dueAt < upcoming.dueAt) upcoming = d;
      if (d.actionable) actionAhead = true;
      if (d.dueAt < until) until = d.dueAt;
    } else {
      if (!lastPassed || d.dueAt > lastPassed.dueAt) lastPassed = d;
      if (d.actionable) actionPassed = true;
    }
  }
  const next = upcoming ?? lastPassed;
  let key = 2 * SPAN + (SPAN - order.updatedAt);
  if (actionPassed && !actionAhead && next) key = SPAN - next.dueAt;
  else if (next && next.dueAt >= now) key = SPAN + next.dueAt;
  return { urgencyKey: key, urgencyUntil: until };
}

/** reminder:<order>:<kind>:<offset>:<dueAt ms> → reminder:<order>:<kind>:<offset>:<YYYY-MM-DD in `zone`>; other ids unchanged. */
function reminderIdAsOfV4(id: string, zone: string): string {
  const match = /^(reminder:[^:]+:[a-z-]+:\d+:)(\d+)$/.exec(id);
  if (!match) return id;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(Number(match[2]));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${match[1]}${part('year')}-${part('month')}-${part('day')}`;
}

export function applySchemaVersions(db: Dexie, upTo = Number.POSITIVE_INFINITY): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version > upTo) break;
    const v = db.version(version).stores(stores);
    if (upgrade) v.upgrade(upgrade);
  }
}
