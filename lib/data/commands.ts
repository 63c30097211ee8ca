import { z } from 'zod';
import type { BuyerguardDb } from '../db/database';
import { createOrder, deleteOrder, setDeadlineOverride, updateOrder } from '../db/orders';
import { updateSettings } from '../db/settings';
import { trackCapturedOrders } from '../db/capture';
import { capturedOrderSchema } from '../schema/capture';
import { exportBackup, importBackupText, IMPORT_MODES, serializeBackup, type ImportMode } from '../backup';
import { idSchema } from '../schema/primitives';
import { settingsSchema } from '../schema/settings';

/**
 * Every write the UI makes, by name, with its argument schema: the
 * background validates what the in-page sidebar sends before running it.
 * Input validation proper (field errors) stays in the repositories.
 */
const formInput = z.record(z.string(), z.unknown());

export const COMMANDS = {
  createOrder: {
    args: z.object({ input: formInput }),
    run: (db: BuyerguardDb, { input }: { input: Record<string, unknown> }) => createOrder(db, input),
  },
  updateOrder: {
    args: z.object({ orderId: idSchema, input: formInput }),
    run: (db: BuyerguardDb, { orderId, input }: { orderId: string; input: Record<string, unknown> }) => updateOrder(db, orderId, input),
  },
  deleteOrder: {
    args: z.object({ orderId: idSchema }),
    run: async (db: BuyerguardDb, { orderId }: { orderId: string }) => {
      await deleteOrder(db, orderId);
      return true;
    },
  },
  setDeadlineOverride: {
    args: z.object({ orderId: idSchema, kind: z.string().min(1).max(64), dueAt: z.number().int().nullable() }),
    run: async (db: BuyerguardDb, a: { orderId: string; kind: string; dueAt: number | null }) => {
      await setDeadlineOverride(db, a.orderId, a.kind, a.dueAt);
      return true;
    },
  },
  updateSettings: {
    args: z.object({ patch: settingsSchema.omit({ id: true }).partial() }),
    run: (db: BuyerguardDb, { patch }: { patch: Parameters<typeof updateSettings>[1] }) => updateSettings(db, patch),
  },
  trackCapturedOrders: {
    args: z.object({ orders: z.array(capturedOrderSchema).max(500) }),
    run: (db: BuyerguardDb, { orders }: { orders: z.infer<typeof capturedOrderSchema>[] }) => trackCapturedOrders(db, orders),
  },
  /** The backup file's text (evidence blobs as base64: a string is what crosses a port). */
  exportBackup: {
    args: z.object({}),
    run: async (db: BuyerguardDb) => {
      const backup = await exportBackup(db);
      return { text: serializeBackup(backup), exportedAt: backup.exportedAt };
    },
  },
  importBackup: {
    args: z.object({ text: z.string(), mode: z.enum(IMPORT_MODES) }),
    run: (db: BuyerguardDb, { text, mode }: { text: string; mode: ImportMode }) => importBackupText(db, text, mode),
  },
} as const;

export type CommandName = keyof typeof COMMANDS;
export type CommandArgs<N extends CommandName> = z.infer<(typeof COMMANDS)[N]['args']>;
export type CommandResult<N extends CommandName> = Awaited<ReturnType<(typeof COMMANDS)[N]['run']>>;

export function runCommand<N extends CommandName>(db: BuyerguardDb, name: N, args: CommandArgs<N>): Promise<CommandResult<N>> {
  const command = COMMANDS[name] as unknown as { run: (db: BuyerguardDb, args: unknown) => Promise<CommandResult<N>> };
  return command.run(db, args);
}
