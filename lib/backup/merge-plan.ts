import type { BuyerguardDb } from '../db/database';
import { derivedFields } from '../db/deadline-sync';
import { newId } from '../db/ids';
import type { Evidence } from '../schema/evidence';
import type { Order } from '../schema/order';
import type { SellerMessage } from '../schema/seller-message';
import type { BackupFile, ImportMode, ImportSummary } from './format';
import { DEFAULT_BATCH, throwIfCancelled, yieldToPage, type ImportOptions } from './progress';

/**
 * Everything an import will write, worked out before the first write
 * transaction starts: the database stays readable while 100,000 records
 * are matched and their deadlines computed, and the write itself is bulk
 * requests only.
 */
export interface ImportPlan {
  mode: ImportMode;
  /** Each with its deadlines and urgency place (lib/db/order-record.ts): one request per order. */
  orders: Order[];
  messages: SellerMessage[];
  evidence: Evidence[];
  summary: ImportSummary;
  /** What the plan was made against; each write batch checks it is still so. */
  basis: DatabaseMark;
  /** The tables' totals once the plan is written, checked by the commit: a save with a clock set far back is caught there. */
  totalsAfter: TableTotals;
  /** Local orders a merge overwrites: id → the `updatedAt` the plan saw, checked again by the batch that overwrites it. */
  replacing: Map<string, number>;
}

/**
 * A cheap fingerprint of the tables an import reads and writes: any save
 * from another page in between changes it. Every save stamps the record
 * with the time (an order's `updatedAt`, a message's `addedAt`), so the
 * records stamped since the import began, counted by index range, and the
 * newest order change, catch new and edited records. Whole-table counts are
 * avoided: Chromium walks the table to count it, and a 100,000-order import
 * checks the mark twice per batch. Evidence tables stay small: counted.
 */
export interface DatabaseMark {
  /** Records stamped at or after this instant are counted. */
  since: number;
  recentOrders: number;
  recentMessages: number;
  evidence: number;
  lastUpdate: unknown;
}

/** How far before the plan the counted range starts: a clock set back by up to this during an import still counts a save. */
const MARK_MARGIN_MS = 60 * 60 * 1000;

export function markSince(now = Date.now()): number {
  return now - MARK_MARGIN_MS;
}

export async function databaseMark(db: BuyerguardDb, since: number): Promise<DatabaseMark> {
  // Requested together: each batch reads the mark twice, and one round trip after another added up.
  const [latest, recentOrders, recentMessages, evidence] = await Promise.all([
    db.orders.orderBy('updatedAt').last(),
    db.orders.where('updatedAt').aboveOrEqual(since).count(),
    db.messages.where('addedAt').aboveOrEqual(since).count(),
    db.evidence.count(),
  ]);
  return { since, recentOrders, recentMessages, evidence, lastUpdate: latest ? [latest.updatedAt, latest.id] : null };
}

/** Records per table. Counted twice per import only (when planning, when committing): in Chromium a count walks the table. */
export interface TableTotals {
  orders: number;
  messages: number;
  evidence: number;
}

export async function tableTotals(db: BuyerguardDb): Promise<TableTotals> {
  return { orders: await db.orders.count(), messages: await db.messages.count(), evidence: await db.evidence.count() };
}

export function sameMark(a: DatabaseMark, b: DatabaseMark): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function emptySummary(mode: ImportMode): ImportSummary {
  return {
    mode,
    orders: { added: 0, updated: 0, unchanged: 0 },
    messages: { added: 0, skipped: 0 },
    evidence: { added: 0, skipped: 0 },
    settings: 'kept',
  };
}

const numberKey = (order: Pick<Order, 'marketplace' | 'orderNumber'>) => `${order.marketplace}\u0000${order.orderNumber}`;

/** What matching needs of a local order. */
type LocalOrder = Pick<Order, 'id' | 'marketplace' | 'orderNumber' | 'updatedAt'>;

/**
 * The local orders' ids, numbers and `updatedAt`, read from the indexes
 * rather than the records: a record carries its deadlines and items, and
 * reading 5,000 whole ones cost more than matching them. An order missing
 * from an index (none should) is read whole.
 */
async function localOrders(db: BuyerguardDb): Promise<LocalOrder[]> {
  const [ids, numbers, numberIds, stamps, stampIds] = await Promise.all([
    db.orders.toCollection().primaryKeys(),
    db.orders.orderBy('[marketplace+orderNumber]').keys() as unknown as Promise<[Order['marketplace'], string][]>,
    db.orders.orderBy('[marketplace+orderNumber]').primaryKeys(),
    db.orders.orderBy('updatedAt').keys() as unknown as Promise<number[]>,
    db.orders.orderBy('updatedAt').primaryKeys(),
  ]);
  const numberOf = new Map(numberIds.map((id, i) => [id, numbers[i]!]));
  const updatedAtOf = new Map(stampIds.map((id, i) => [id, stamps[i]!]));
  const whole = ids.filter((id) => !numberOf.has(id) || !updatedAtOf.has(id));
  const read = whole.length > 0 ? ((await db.orders.bulkGet(whole)) as Order[]) : [];
  const fromIndexes = ids
    .filter((id) => numberOf.has(id) && updatedAtOf.has(id))
    .map((id) => ({ id, marketplace: numberOf.get(id)![0], orderNumber: numberOf.get(id)![1], updatedAt: updatedAtOf.get(id)! }));
  return [...fromIndexes, ...read.map(({ id, marketplace, orderNumber, updatedAt }) => ({ id, marketplace, orderNumber, updatedAt }))];
}

/** What the merge compares against, read in one read-only transaction (other reads go on meanwhile). */
async function readLocal(db: BuyerguardDb, since = markSince()) {
  return db.transaction('r', [db.orders, db.messages, db.evidence], async () => ({
    orders: await localOrders(db),
    messageKeys: (await db.messages.orderBy('[orderId+fingerprint]').keys()) as unknown as [string, string][],
    messageIds: (await db.messages.toCollection().primaryKeys()) as string[],
    evidence: (await db.evidence.toArray()).map(({ id, orderId, name, size }) => ({ id, orderId, name, size })),
    basis: await databaseMark(db, since),
    totals: await tableTotals(db),
  }));
}

/** The local data a merge is planned against, and the mark it was read at. */
export type LocalSnapshot = Awaited<ReturnType<typeof readLocal>>;
type Local = LocalSnapshot;

/**
 * Reads what a merge compares against, ahead of the plan: the import starts
 * it while the file is still being read and checked in the worker, so the
 * two overlap. A save landing after it is caught by the first batch's mark
 * check, as a save after the plan would be.
 */
export function readLocalSnapshot(db: BuyerguardDb): Promise<LocalSnapshot> {
  return readLocal(db);
}

/**
 * Orders matched as the per-record import always matched them: same
 * marketplace and number, else the same record under a number the user has
 * since edited; each local order answers for one backed-up order at most;
 * the later `updatedAt` wins. Returns backed-up id → id here.
 */
async function planOrders(backup: BackupFile, local: Local, plan: ImportPlan, options: ImportOptions): Promise<Map<string, string>> {
  const byNumber = new Map<string, LocalOrder>(local.orders.map((o) => [numberKey(o), o]));
  const byId = new Map<string, LocalOrder>(local.orders.map((o) => [o.id, o]));
  const localIds = new Map<string, string>();
  const claimed = new Set<string>();
  const size = options.batchSize ?? DEFAULT_BATCH;
  for (let start = 0; start < backup.orders.length; start += size) {
    throwIfCancelled(options.signal);
    for (const incoming of backup.orders.slice(start, start + size)) {
      const sameNumber = byNumber.get(numberKey(incoming));
      const candidate = sameNumber ?? byId.get(incoming.id);
      const twin = candidate && !claimed.has(candidate.id) ? candidate : undefined;
      let id: string;
      if (!twin) {
        id = byId.has(incoming.id) ? newId() : incoming.id;
        plan.summary.orders.added += 1;
      } else if (incoming.updatedAt > twin.updatedAt) {
        id = twin.id;
        plan.replacing.set(twin.id, twin.updatedAt);
        byNumber.delete(numberKey(twin));
        plan.summary.orders.updated += 1;
      } else {
        localIds.set(incoming.id, twin.id);
        claimed.add(twin.id);
        plan.summary.orders.unchanged += 1;
        continue;
      }
      // The file's own record unless its id changes: 100,000 copies held beside the originals made the page's garbage collection pause.
      const order = id === incoming.id ? incoming : { ...incoming, id };
      plan.orders.push(order);
      byId.set(id, order);
      byNumber.set(numberKey(order), order);
      localIds.set(incoming.id, id);
      claimed.add(id);
    }
    await yieldToPage();
  }
  return localIds;
}

/** Messages deduplicated by fingerprint per order; evidence by id, or by name and size on the same order. */
function planAttachments(backup: BackupFile, evidence: readonly Evidence[], local: Local, localIds: ReadonlyMap<string, string>, plan: ImportPlan): void {
  const fingerprints = new Set(local.messageKeys.map(([orderId, fingerprint]) => `${orderId}\u0000${fingerprint}`));
  const messageIds = new Set(local.messageIds);
  for (const message of backup.messages) {
    const orderId = localIds.get(message.orderId) ?? message.orderId;
    const key = `${orderId}\u0000${message.fingerprint}`;
    if (fingerprints.has(key)) {
      plan.summary.messages.skipped += 1;
      continue;
    }
    const id = messageIds.has(message.id) ? newId() : message.id;
    plan.messages.push({ ...message, id, orderId });
    fingerprints.add(key);
    messageIds.add(id);
    plan.summary.messages.added += 1;
  }
  const evidenceIds = new Set(local.evidence.map((e) => e.id));
  const files = new Set(local.evidence.map((e) => `${e.orderId}\u0000${e.name}\u0000${e.size}`));
  for (const item of evidence) {
    const orderId = localIds.get(item.orderId) ?? item.orderId;
    const file = `${orderId}\u0000${item.name}\u0000${item.size}`;
    if (evidenceIds.has(item.id) || files.has(file)) {
      plan.summary.evidence.skipped += 1;
      continue;
    }
    plan.evidence.push({ ...item, orderId });
    evidenceIds.add(item.id);
    files.add(file);
    plan.summary.evidence.added += 1;
  }
}

/**
 * The file's orders given their derived fields while the file is still being read
 * (ImportOptions.onOrders): the page computes them between slices, while the worker checks
 * the next ones, instead of after the whole file. `now` is the instant they were computed at.
 */
export interface PreparedOrders {
  now: number;
  records: WeakSet<Order>;
}

/** Gives each order its derived fields at `prepared.now`, in place (see attachDeadlines), and notes it as done. */
export function prepareOrders(prepared: PreparedOrders, orders: readonly Order[]): void {
  for (const order of orders) {
    Object.assign(order, derivedFields(order, prepared.now));
    prepared.records.add(order);
  }
}

/**
 * Each written order with its deadlines and its place in the urgency order (its record's
 * derived fields), computed in slices; those prepared while reading are kept, unless the plan
 * gave the order another id (a copy, not in `prepared`: its deadlines carry the id).
 */
async function attachDeadlines(plan: ImportPlan, now: number, options: ImportOptions, prepared?: PreparedOrders): Promise<void> {
  const size = options.batchSize ?? DEFAULT_BATCH;
  for (let start = 0; start < plan.orders.length; start += size) {
    throwIfCancelled(options.signal);
    for (let i = start; i < Math.min(plan.orders.length, start + size); i += 1) {
      // In place (a spread per order cost as much as its deadlines): the plan's orders are the
      // file's records, which the import owns; a plan made again computes every derived field afresh.
      const order = plan.orders[i]!;
      if (!prepared?.records.has(order)) Object.assign(order, derivedFields(order, now));
    }
    options.onProgress?.({ phase: 'preparing', done: Math.min(plan.orders.length, start + size), total: plan.orders.length });
    await yieldToPage();
  }
}

function emptyPlan(mode: ImportMode): ImportPlan {
  return {
    mode,
    orders: [],
    messages: [],
    evidence: [],
    summary: emptySummary(mode),
    basis: { since: 0, recentOrders: 0, recentMessages: 0, evidence: 0, lastUpdate: null },
    totalsAfter: { orders: 0, messages: 0, evidence: 0 },
    replacing: new Map(),
  };
}

/** A replace writes the backup as it is, into tables it first empties. */
async function planReplace(db: BuyerguardDb, backup: BackupFile, evidence: readonly Evidence[], plan: ImportPlan): Promise<void> {
  plan.basis = await db.transaction('r', [db.orders, db.messages, db.evidence], () => databaseMark(db, markSince()));
  plan.orders = [...backup.orders];
  plan.messages = [...backup.messages];
  plan.evidence = [...evidence];
  plan.summary.orders.added = backup.orders.length;
  plan.summary.messages.added = backup.messages.length;
  plan.summary.evidence.added = evidence.length;
  plan.totalsAfter = { orders: plan.orders.length, messages: plan.messages.length, evidence: plan.evidence.length };
}

/** A merge matches the backup against what is here (planOrders, planAttachments). */
async function planMerge(db: BuyerguardDb, backup: BackupFile, evidence: readonly Evidence[], plan: ImportPlan, options: ImportOptions, snapshot?: LocalSnapshot): Promise<void> {
  const local = snapshot ?? (await readLocal(db));
  plan.basis = local.basis;
  const localIds = await planOrders(backup, local, plan, options);
  planAttachments(backup, evidence, local, localIds, plan);
  plan.totalsAfter = {
    orders: local.totals.orders + plan.orders.length - plan.replacing.size,
    messages: local.totals.messages + plan.messages.length,
    evidence: local.totals.evidence + plan.evidence.length,
  };
}

/**
 * The plan of an import; a merge uses `local` when given (readLocalSnapshot), else reads it.
 * Orders in `prepared` already carry their derived fields, computed at `prepared.now`.
 */
export async function planImport(
  db: BuyerguardDb,
  backup: BackupFile,
  evidence: readonly Evidence[],
  mode: ImportMode,
  options: ImportOptions = {},
  local?: LocalSnapshot,
  prepared?: PreparedOrders,
): Promise<ImportPlan> {
  const plan = emptyPlan(mode);
  if (mode === 'replace') await planReplace(db, backup, evidence, plan);
  else await planMerge(db, backup, evidence, plan, options, local);
  await attachDeadlines(plan, prepared?.now ?? Date.now(), options, prepared);
  return plan;
}
