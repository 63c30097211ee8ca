import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backupFileName, IMPORT_MODES, type BackupError, type ImportMode, type ImportResult } from '../lib/backup/format';
import type { ImportProgress } from '../lib/backup/progress';
import { formatFileSize, numberFormat, type Locale, type MessageKey } from '../lib/i18n';
import { useApp } from './AppContext';
import { downloadText } from './download';
import { useI18n } from './I18nContext';
import { InlineConfirm } from './InlineConfirm';

/** The translated words for each refusal (exported for the tests that check every locale has them). */
export const BACKUP_ERROR_KEYS: Record<BackupError, MessageKey> = {
  corrupted: 'orders.backup.error.corrupted',
  duplicated: 'orders.backup.error.duplicated',
  foreign: 'orders.backup.error.foreign',
  'newer-version': 'orders.backup.error.newerVersion',
  failed: 'orders.backup.error.failed',
  quota: 'evidence.error.quota',
  cancelled: 'safety.import.cancelled',
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

type ImportOutcome = ImportResult | { ok: false; error: 'no-file' };

/** The import's state: the running import's progress, its cancel, its outcome. */
function useBackupImport() {
  const { data } = useApp();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | undefined>(undefined);
  const [result, setResult] = useState<ImportOutcome | undefined>(undefined);
  const abort = useRef<AbortController | undefined>(undefined);

  const run = async (file: File | undefined, mode: ImportMode) => {
    if (!file) return setResult({ ok: false, error: 'no-file' });
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setResult(undefined);
    setProgress(undefined);
    try {
      const options = { signal: controller.signal, onProgress: setProgress };
      setResult(data.importBackup ? await data.importBackup(file, mode, options) : await data.run('importBackup', { text: await file.text(), mode }));
    } catch {
      setResult({ ok: false, error: 'failed' });
    } finally {
      abort.current = undefined;
      setBusy(false);
      setProgress(undefined);
    }
  };
  return { busy, progress, result, setResult, run, cancel: () => abort.current?.abort() };
}

function BackupImport() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [importMode, setImportMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const state = useBackupImport();
  const run = () => {
    setConfirming(false);
    void state.run(file, importMode);
  };
  const start = (event: Event) => {
    event.preventDefault();
    if (importMode === 'replace' && file) setConfirming(true);
    else run();
  };

  return (
    <form class="backup-import" onSubmit={start}>
      <label>
        {t('orders.backup.importLabel')}
        <input
          type="file"
          accept="application/json,.json"
          disabled={state.busy}
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0]);
            state.setResult(undefined);
          }}
        />
      </label>
      <ImportModeChoice value={importMode} onChange={setImportMode} disabled={state.busy} />
      {state.busy ? (
        <button type="button" class="button" onClick={state.cancel}>
          {t('safety.import.cancel')}
        </button>
      ) : (
        <InlineConfirm
          open={confirming}
          question={t('orders.backup.confirmReplace')}
          confirmLabel={t('orders.backup.confirmReplaceButton')}
          onConfirm={() => void run()}
          onCancel={() => setConfirming(false)}
        >
          <button type="submit" class="button">
            {t('orders.backup.import')}
          </button>
        </InlineConfirm>
      )}
      <div role="status" aria-live="polite">
        {state.busy && <ImportProgressLine progress={state.progress} />}
        {state.result && <ImportOutcomeText result={state.result} />}
      </div>
    </form>
  );
}

function ImportModeChoice({ value, onChange, disabled }: { value: ImportMode; onChange: (mode: ImportMode) => void; disabled: boolean }) {
  const { t } = useI18n();
  return (
    <div role="radiogroup" aria-label={t('orders.backup.modeLabel')}>
      {IMPORT_MODES.map((m) => (
        <label key={m} class="checkbox">
          <input type="radio" name="backup-mode" value={m} checked={value === m} disabled={disabled} onChange={() => onChange(m)} />
          {t(m === 'merge' ? 'orders.backup.mode.merge' : 'orders.backup.mode.replace')}
        </label>
      ))}
    </div>
  );
}


const PHASE_KEYS: Record<ImportProgress['phase'], MessageKey> = {
  checking: 'safety.import.checking',
  preparing: 'safety.import.preparing',
  writing: 'safety.import.writing',
};

/** A progress bar with its words: which step, how many of how many. */
function ImportProgressLine({ progress }: { progress: ImportProgress | undefined }) {
  const { t, locale } = useI18n();
  if (!progress) return <p class="muted">{t('orders.backup.importing')}</p>;
  const number = numberFormat(locale);
  return (
    <p class="muted">
      <progress max={progress.total} value={progress.done} aria-label={t('safety.import.progressLabel')} />{' '}
      {t(PHASE_KEYS[progress.phase], { done: number.format(progress.done), total: number.format(progress.total) })}
    </p>
  );
}

function ImportOutcomeText({ result }: { result: ImportOutcome }) {
  const { t, locale } = useI18n();
  if (!result.ok) return <p class="error">{importErrorText(t, result, locale)}</p>;
  return (
    <>
      <p>{t('orders.backup.done')}</p>
      <ul class="muted">
        <li>{t('orders.backup.summary.orders', { ...result.summary.orders })}</li>
        <li>{t('orders.backup.summary.messages', { ...result.summary.messages })}</li>
        <li>{t('orders.backup.summary.evidence', { ...result.summary.evidence })}</li>
      </ul>
    </>
  );
}

function importErrorText(t: ReturnType<typeof useI18n>['t'], result: Extract<ImportOutcome, { ok: false }>, locale: Locale): string {
  if (result.error === 'no-file') return t('orders.backup.noFile');
  if (result.error === 'quota' && 'needed' in result && result.needed !== undefined) {
    const needed = formatFileSize(result.needed, locale);
    return result.free === undefined ? t('safety.import.quotaUnknown', { needed }) : t('safety.import.quota', { needed, free: formatFileSize(result.free, locale) });
  }
  return t(BACKUP_ERROR_KEYS[result.error]);
}
