import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backupFileName, IMPORT_MODES, type BackupError, type ImportMode, type ImportResult } from '../lib/backup/format';
import type { MessageKey } from '../lib/i18n';
import { useApp } from './AppContext';
import { downloadText } from './download';
import { useI18n } from './I18nContext';
import { InlineConfirm } from './InlineConfirm';

const ERROR_KEYS: Record<BackupError, MessageKey> = {
  corrupted: 'orders.backup.error.corrupted',
  foreign: 'orders.backup.error.foreign',
  'newer-version': 'orders.backup.error.newerVersion',
  failed: 'orders.backup.error.failed',
};

/**
 * Settings section: export everything to one file, import it merging or
 * replacing. Backups carry evidence files, too big to pass through the
 * in-page sidebar's message port, so there it only links to the options page.
 */
export function BackupSettings() {
  const { t } = useI18n();
  const { mode } = useApp();
  return (
    <fieldset class="backup">
      <legend>{t('orders.backup.title')}</legend>
      <p class="muted">{t('orders.backup.intro')}</p>
      {mode === 'embedded' ? (
        <>
          <p class="muted">{t('orders.backup.embeddedHint')}</p>
          <button type="button" class="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('orders.backup.openOptions')}
          </button>
        </>
      ) : (
        <>
          <BackupExport />
          <BackupImport />
        </>
      )}
    </fieldset>
  );
}

function BackupExport() {
  const { t } = useI18n();
  const { data } = useApp();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setStatus(t('orders.backup.exporting'));
    try {
      const { text, exportedAt } = await data.run('exportBackup', {});
      const file = backupFileName(exportedAt);
      downloadText(text, file, 'application/json');
      setStatus(t('orders.backup.exported', { file }));
    } catch {
      setStatus(t('common.error.unexpected'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="backup-export">
      <button type="button" class="button" disabled={busy} onClick={() => void save()}>
        {t('orders.backup.export')}
      </button>
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
    </div>
  );
}

function BackupImport() {
  const { t } = useI18n();
  const { data } = useApp();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [importMode, setImportMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | { ok: false; error: 'no-file' } | undefined>(undefined);

  const run = async () => {
    setConfirming(false);
    if (!file) return setResult({ ok: false, error: 'no-file' });
    setBusy(true);
    try {
      setResult(await data.run('importBackup', { text: await file.text(), mode: importMode }));
    } catch {
      setResult({ ok: false, error: 'failed' });
    } finally {
      setBusy(false);
    }
  };
  const start = (event: Event) => {
    event.preventDefault();
    if (importMode === 'replace' && file) setConfirming(true);
    else void run();
  };

  return (
    <form class="backup-import" onSubmit={start}>
      <label>
        {t('orders.backup.importLabel')}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0]);
            setResult(undefined);
          }}
        />
      </label>
      <div role="radiogroup" aria-label={t('orders.backup.modeLabel')}>
        {IMPORT_MODES.map((m) => (
          <label key={m} class="checkbox">
            <input type="radio" name="backup-mode" value={m} checked={importMode === m} onChange={() => setImportMode(m)} />
            {t(m === 'merge' ? 'orders.backup.mode.merge' : 'orders.backup.mode.replace')}
          </label>
        ))}
      </div>
      <InlineConfirm
        open={confirming}
        question={t('orders.backup.confirmReplace')}
        confirmLabel={t('orders.backup.confirmReplaceButton')}
        onConfirm={() => void run()}
        onCancel={() => setConfirming(false)}
      >
        <button type="submit" class="button" disabled={busy}>
          {t('orders.backup.import')}
        </button>
      </InlineConfirm>
      <div role="status" aria-live="polite">
        {busy && <p class="muted">{t('orders.backup.importing')}</p>}
        {result && !result.ok && (
          <p class="error">{result.error === 'no-file' ? t('orders.backup.noFile') : t(ERROR_KEYS[result.error])}</p>
        )}
        {result?.ok && (
          <>
            <p>{t('orders.backup.done')}</p>
            <ul class="muted">
              <li>{t('orders.backup.summary.orders', { ...result.summary.orders })}</li>
              <li>{t('orders.backup.summary.messages', { ...result.summary.messages })}</li>
              <li>{t('orders.backup.summary.evidence', { ...result.summary.evidence })}</li>
            </ul>
          </>
        )}
      </div>
    </form>
  );
}
