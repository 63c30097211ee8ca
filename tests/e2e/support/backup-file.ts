import { expect, type BrowserContext, type Page } from '@playwright/test';

const DAY = 86_400_000;

export interface BackupOrder {
  number: string;
  /** A user-set "you can open a dispute from" instant: a milestone with one reminder, at that instant. */
  disputeOpensAt: number;
}

/** Shipped orders as a backup file holds them (lib/backup/format.ts), saved a day ago. */
export function backupWith(orders: readonly BackupOrder[]): Buffer {
  const created = Date.now() - DAY;
  return Buffer.from(
    JSON.stringify({
      format: 'buyerguard-backup',
      version: 1,
      exportedAt: Date.now(),
      orders: orders.map(({ number, disputeOpensAt }) => ({
        id: `restart-${number}`,
        marketplace: 'aliexpress',
        orderNumber: number,
        store: { name: 'Restart Store' },
        items: [{ title: 'Desk lamp', quantity: 1 }],
        status: 'shipped',
        deadlineOverrides: { 'dispute-opens': disputeOpensAt },
        editedFields: [],
        source: 'manual',
        notes: '',
        createdAt: created,
        updatedAt: created,
      })),
      messages: [],
      evidence: [],
    }),
  );
}

/** Picks the file in the settings page's import form and starts the import (merge). */
export async function startImport(options: Page, file: Buffer): Promise<void> {
  const form = options.locator('form.backup-import');
  await form.getByLabel('Backup file').setInputFiles({ name: 'orders.json', mimeType: 'application/json', buffer: file });
  await form.getByRole('button', { name: 'Import backup' }).click();
}

/** Opens the settings page and imports the file through its form, as the buyer does. */
export async function importBackup(context: BrowserContext, extensionId: string, file: Buffer): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await startImport(options, file);
  await expect(options.getByText('Backup imported.')).toBeVisible();
  return options;
}
