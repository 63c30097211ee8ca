// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AppContext } from '../../../components/AppContext';
import { BackupSettings } from '../../../components/BackupSettings';
import type { ImportOptions } from '../../../lib/backup';
import type { DataClient } from '../../../lib/data/client';
import { DEFAULT_SETTINGS } from '../../../lib/schema/settings';

/** A data client whose import reports progress, then waits until it is cancelled. */
function slowImport(): { data: DataClient; seen: { text?: string; aborted?: boolean } } {
  const seen: { text?: string; aborted?: boolean } = {};
  const data: DataClient = {
    subscribe: () => () => undefined,
    run: () => Promise.reject(new Error('the import must not go through the command port')),
    importBackup: (file: Blob, _mode, options: ImportOptions) => {
      // The file itself goes to the import (read off the page's thread there), not its text.
      void file.text().then((text) => (seen.text = text));
      options.onProgress?.({ phase: 'checking', done: 1_500, total: 20_000 });
      return new Promise((resolve) =>
        options.signal?.addEventListener('abort', () => {
          seen.aborted = true;
          resolve({ ok: false, error: 'cancelled' });
        }),
      );
    },
  };
  return { data, seen };
}

describe('backup import in the options page', () => {
  it('shows a progress bar while importing and a Cancel that stops it, saying nothing changed', async () => {
    const { data, seen } = slowImport();
    const { container } = render(
      <AppContext.Provider value={{ mode: 'options', tabId: undefined, settings: DEFAULT_SETTINGS, data }}>
        <BackupSettings />
      </AppContext.Provider>,
    );
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File(['{"format":"buyerguard-backup"}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    fireEvent.click(screen.getByRole('button', { name: 'Import backup' }));

    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('value')).toBe('1500');
    expect(bar.getAttribute('max')).toBe('20000');
    expect(screen.getByText(/Checking the backup: 1,500 of 20,000 records/)).toBeTruthy();
    expect(seen.text).toBe('{"format":"buyerguard-backup"}');

    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    await waitFor(() => expect(screen.getByText('Import cancelled. Nothing was changed.')).toBeTruthy());
    expect(seen.aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Import backup' })).toBeTruthy();
  });
});
