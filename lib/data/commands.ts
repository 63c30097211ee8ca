import { z } from 'zod';
import type { BuyerguardDb } from '../db/database';
import { createOrder, deleteOrder, setDeadlineOverride, updateOrder } from '../db/orders';
import { updateSettings } from '../db/settings';
import { trackCapturedOrders } from '../db/capture';
import { capturedOrderSchema, MAX_ORDERS_PER_TRACK } from '../schema/capture';
import { exportBackup, importBackupText, IMPORT_MODES, serializeBackup, type ImportMode } from '../backup';
import { idSchema } from '../schema/primitives';
import { settingsSchema } from '../schema/settings';
import { capturedMessageSchema } from '../schema/capture';
import { deleteMessage, logMessages, newMessageSchema, saveConversation } from '../db/messages';
import { addEvidence, deleteEvidence, evidenceDetailsSchema, evidencePatchSchema, updateEvidence } from '../db/evidence';
import { evidenceCommandFile, MAX_PORT_FILE_BASE64, readEvidenceFile } from '../evidence/port';
import { collectEvidencePack } from '../evidence';
import { LOCALES } from '../i18n/locales';

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
    args: z.object({ orders: z.array(capturedOrderSchema).max(MAX_ORDERS_PER_TRACK) }),
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
  saveConversation: {
    args: z.object({ orders: z.array(capturedOrderSchema).max(1), messages: z.array(capturedMessageSchema).max(5000), orderId: idSchema.optional() }),
    run: (db: BuyerguardDb, a: Parameters<typeof saveConversation>[1]) => saveConversation(db, a),
  },
  logMessages: {
    args: z.object({ orderId: idSchema, messages: z.array(newMessageSchema).min(1).max(100), origin: z.enum(['pasted', 'typed', 'draft']) }),
    run: (db: BuyerguardDb, a: { orderId: string; messages: z.infer<typeof newMessageSchema>[]; origin: 'pasted' | 'typed' | 'draft' }) => logMessages(db, a.orderId, a.messages, a.origin),
  },
  deleteMessage: {
    args: z.object({ messageId: idSchema }),
    run: async (db: BuyerguardDb, { messageId }: { messageId: string }) => {
      await deleteMessage(db, messageId);
      return true;
    },
  },
  /** Files arrive as Blobs from top-level pages, as base64 from the in-page sidebar (a port carries JSON only). */
  addEvidence: {
    args: z.object({
      orderId: idSchema,
      files: z
        .array(z.object({ details: evidenceDetailsSchema, content: z.union([z.object({ blob: z.instanceof(Blob) }), z.object({ base64: z.string().max(MAX_PORT_FILE_BASE64) })]) }))
        .min(1)
        .max(50),
    }),
    run: (db: BuyerguardDb, a: { orderId: string; files: Parameters<typeof evidenceCommandFile>[0][] }) => addEvidence(db, a.orderId, a.files.map(evidenceCommandFile)),
  },
  updateEvidence: {
    args: z.object({ evidenceId: idSchema, patch: evidencePatchSchema }),
    run: (db: BuyerguardDb, a: { evidenceId: string; patch: z.infer<typeof evidencePatchSchema> }) => updateEvidence(db, a.evidenceId, a.patch),
  },
  deleteEvidence: {
    args: z.object({ evidenceId: idSchema }),
    run: async (db: BuyerguardDb, { evidenceId }: { evidenceId: string }) => {
      await deleteEvidence(db, evidenceId);
      return true;
    },
  },
  /** One file's content: a Blob for top-level pages, base64 (small files only) for the in-page sidebar. */
  evidenceFile: {
    args: z.object({ evidenceId: idSchema, as: z.enum(['blob', 'base64']) }),
    run: (db: BuyerguardDb, a: { evidenceId: string; as: 'blob' | 'base64' }) => readEvidenceFile(db, a.evidenceId, a.as),
  },
  /** The evidence pack as a Blob: top-level pages only (the in-page sidebar offers "Open in a tab"). */
  evidencePack: {
    args: z.object({ orderId: idSchema, locale: z.enum(LOCALES).optional() }),
    run: async (db: BuyerguardDb, a: { orderId: string; locale?: (typeof LOCALES)[number] }) => {
      const pack = await collectEvidencePack(db, a.orderId, a.locale ? { locale: a.locale } : {});
      return pack ? { fileName: pack.fileName, blob: new Blob([pack.zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }) } : null;
    },
  },
} as const;

export type CommandName = keyof typeof COMMANDS;
export type CommandArgs<N extends CommandName> = z.infer<(typeof COMMANDS)[N]['args']>;
export type CommandResult<N extends CommandName> = Awaited<ReturnType<(typeof COMMANDS)[N]['run']>>;

export function runCommand<N extends CommandName>(db: BuyerguardDb, name: N, args: CommandArgs<N>): Promise<CommandResult<N>> {
  const command = COMMANDS[name] as unknown as { run: (db: BuyerguardDb, args: unknown) => Promise<CommandResult<N>> };
  return command.run(db, args);
}
