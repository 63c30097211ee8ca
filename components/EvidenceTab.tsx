import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { DataClient } from '../lib/data/client';
import { sendToBackground } from '../lib/messaging/send';
import type { Order } from '../lib/schema/order';
import { MAX_EVIDENCE_BYTES } from '../lib/schema/evidence';
import { evidenceKindOf, storageState, type AddEvidenceResult, type EvidenceKind, type EvidenceMeta } from '../lib/db/evidence';
import { fileToBase64, MAX_PORT_FILE_BYTES } from '../lib/evidence/port';
import { opensInline } from '../lib/evidence/inline';
import { safeFileName } from '../lib/evidence/pack';
import { dateInputToInstant, instantToDateInput } from '../lib/app/form-values';
import { formatDate, formatFileSize } from '../lib/i18n';
import { useI18n } from './I18nContext';
import { offersDestructiveActions, useApp } from './AppContext';
import { useData } from './hooks/useData';
import { Field } from './Field';
import { EvidenceThumb, useEvidenceUrl } from './EvidenceThumb';
import { InlineConfirm } from './InlineConfirm';

const KINDS: readonly EvidenceKind[] = ['photo', 'video', 'screenshot', 'document'];

/**
 * The order page opened as a tab of its own, where files are read and written
 * without the port. The background opens it: Firefox gives the in-page
 * sidebar no `tabs` API.
 */
export function openOrderInTab(orderId: string, tab: string): void {
  void sendToBackground({ type: 'app/open-tab', route: `/order/${encodeURIComponent(orderId)}?tab=${tab}` });
}

/** Photos, videos and screenshots kept for the order, and the evidence pack. */
export function EvidenceTab({ order }: { order: Order }) {
  const { t, locale } = useI18n();
  const evidence = useData('orderEvidence', { orderId: order.id });
  const [status, setStatus] = useState('');
  if (!evidence) return <p class="muted" role="status">{t('app.loading')}</p>;
  const storage = evidence.storage ?? undefined;
  const state = storageState(storage);
  const used = storage ? { used: formatFileSize(storage.usage, locale), quota: formatFileSize(storage.quota, locale) } : undefined;

  return (
    <section aria-labelledby="evidence-heading" class="evidence">
      <h3 id="evidence-heading">{t('evidence.title')}</h3>
      <p class="muted">{t('evidence.intro')}</p>
      {used && (state === 'ok' ? <p class="muted">{t('evidence.storage.use', used)}</p> : <p class="warning">{t('evidence.storage.near', used)}</p>)}
      <AddEvidenceForm orderId={order.id} onStatus={setStatus} />
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
      {evidence.items.length === 0 ? (
        <p class="muted">{t('evidence.empty')}</p>
      ) : (
        <ul class="evidence-list" aria-label={t('evidence.list.label')}>
          {evidence.items.map((item) => (
            <EvidenceRow key={item.id} item={item} onStatus={setStatus} />
          ))}
        </ul>
      )}
      <EvidencePackSection order={order} />
    </section>
  );
}

function errorText(t: ReturnType<typeof useI18n>['t'], result: Extract<AddEvidenceResult, { ok: false }>, locale: Parameters<typeof formatFileSize>[1]): string {
  const name = result.name ?? '';
  switch (result.reason) {
    case 'quota':
      return result.room?.free === undefined
        ? t('evidence.error.quota')
        : t('safety.evidence.quotaNeeded', { needed: formatFileSize(result.room.needed, locale), free: formatFileSize(result.room.free, locale) });
    case 'too-large':
      return t('evidence.error.tooLarge', { name, max: formatFileSize(MAX_EVIDENCE_BYTES, locale) });
    case 'empty':
      return t('evidence.error.empty', { name });
    case 'no-order':
      return t('evidence.error.noOrder');
    case 'invalid':
      return t('evidence.error.invalid', { name });
  }
}

/** Sends the chosen files: top-level pages write all in one transaction; the sidebar sends one per message, each all or nothing. */
async function storeEvidenceFiles(
  data: DataClient,
  orderId: string,
  files: readonly File[],
  chosen: { kind: EvidenceKind; note: string; takenAt: number | undefined },
  embedded: boolean,
): Promise<{ added: number; refused?: Extract<AddEvidenceResult, { ok: false }> }> {
  const details = (file: File) => ({
    // With several files each keeps its own guessed kind; one file takes the kind chosen.
    kind: files.length === 1 ? chosen.kind : evidenceKindOf(file.name, file.type),
    name: file.name || 'file',
    mimeType: file.type.slice(0, 127),
    note: chosen.note,
    ...(chosen.takenAt !== undefined ? { takenAt: chosen.takenAt } : {}),
  });
  const batches = embedded ? files.map((file) => [file]) : [files];
  let added = 0;
  for (const batch of batches) {
    const prepared = [];
    for (const file of batch) prepared.push({ details: details(file), content: embedded ? { base64: await fileToBase64(file) } : { blob: file as Blob } });
    const result = await data.run('addEvidence', { orderId, files: prepared });
    if (!result.ok) return { added, refused: result };
    added += result.added.length;
  }
  return { added };
}

function EvidenceFilePicker({ input, max, onPick }: { input: RefObject<HTMLInputElement | null>; max: number; onPick: (files: FileList | null) => void }) {
  const { t, locale } = useI18n();
  return (
    <div class="field">
      <label for="evidence-files">{t('evidence.add.files')}</label>
      <input ref={input} id="evidence-files" type="file" multiple accept="image/*,video/*,application/pdf" aria-describedby="evidence-files-hint" onChange={(event) => onPick(event.currentTarget.files)} />
      <small id="evidence-files-hint" class="muted">
        {t('evidence.add.hint', { max: formatFileSize(max, locale) })}
      </small>
    </div>
  );
}

/** The sidebar's port carries files up to a limit: bigger ones are added from the order's own tab. */
function TooLargeHere({ text, orderId }: { text: string; orderId: string }) {
  const { t } = useI18n();
  return (
    <p class="warning" role="alert">
      {text}{' '}
      <button type="button" class="button small" onClick={() => openOrderInTab(orderId, 'evidence')}>
        {t('evidence.openInTab')}
      </button>
    </p>
  );
}

function AddEvidenceForm({ orderId, onStatus }: { orderId: string; onStatus: (text: string) => void }) {
  const { t, locale } = useI18n();
  const { data, mode } = useApp();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [kind, setKind] = useState<EvidenceKind>('photo');
  const [note, setNote] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [tooLargeHere, setTooLargeHere] = useState<string | undefined>(undefined);
  const embedded = mode === 'embedded';
  const max = embedded ? MAX_PORT_FILE_BYTES : MAX_EVIDENCE_BYTES;

  const pick = (list: FileList | null) => {
    const picked = list ? Array.from(list) : [];
    setFiles(picked);
    setTooLargeHere(undefined);
    const first = picked[0];
    if (first) {
      setKind(evidenceKindOf(first.name, first.type));
      setDate(instantToDateInput(first.lastModified));
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (files.length === 0) return onStatus(t('common.error.required'));
    const takenAt = dateInputToInstant(date);
    if (takenAt === 'invalid') return onStatus(t('common.error.date'));
    const oversized = embedded ? files.find((file) => file.size > MAX_PORT_FILE_BYTES) : undefined;
    if (oversized) {
      setTooLargeHere(t('evidence.error.tooLargeHere', { name: oversized.name, max: formatFileSize(MAX_PORT_FILE_BYTES, locale) }));
      return;
    }
    setBusy(true);
    onStatus(t('evidence.add.adding'));
    try {
      const { added, refused } = await storeEvidenceFiles(data, orderId, files, { kind, note, takenAt }, embedded);
      if (refused) return onStatus((added > 0 ? `${t('evidence.added', { count: added })} ` : '') + errorText(t, refused, locale));
      onStatus(t('evidence.added', { count: added }));
      setFiles([]);
      setNote('');
      if (input.current) input.current.value = '';
    } catch {
      onStatus(t('evidence.error.read'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="order-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('evidence.add.legend')}</legend>
        <EvidenceFilePicker input={input} max={max} onPick={pick} />
        {tooLargeHere && <TooLargeHere text={tooLargeHere} orderId={orderId} />}
        {files.length <= 1 && (
          <Field label={t('evidence.add.kind')} name="kind" value={kind} options={KINDS.map((value) => [value, t(`evidence.kind.${value}`)])} onChange={(value) => setKind(value as EvidenceKind)} />
        )}
        <Field label={t('evidence.add.takenAt')} name="takenAt" type="date" value={date} onChange={setDate} />
        <Field label={t('evidence.add.note')} name="note" multiline hint={t('evidence.add.noteHint')} value={note} onChange={setNote} />
        <div class="form-actions">
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? t('evidence.add.adding') : t('evidence.add.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function EvidenceRow({ item, onStatus }: { item: EvidenceMeta; onStatus: (text: string) => void }) {
  const { t, locale } = useI18n();
  const { data, mode } = useApp();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(item.note);
  const [confirming, setConfirming] = useState(false);
  const [opening, setOpening] = useState(false);
  const url = useEvidenceUrl(item, opening);

  const saveNote = async (event: Event) => {
    event.preventDefault();
    await data.run('updateEvidence', { evidenceId: item.id, patch: { note } });
    setEditing(false);
  };
  const remove = async () => {
    await data.run('deleteEvidence', { evidenceId: item.id });
    onStatus(t('evidence.deleted', { name: item.name }));
  };

  return (
    <li class="evidence-item">
      <EvidenceThumb item={item} />
      <div class="evidence-body">
        <strong class="evidence-name">{item.name}</strong>
        <div class="muted">
          {t(`evidence.kind.${item.kind}`)} · {formatFileSize(item.size, locale)} · {item.takenAt !== undefined ? formatDate(item.takenAt, locale) : t('evidence.noDate')}
        </div>
        {editing ? (
          <form class="inline-form" onSubmit={(event) => void saveNote(event)}>
            <Field label={t('evidence.add.note')} name="note" multiline value={note} onChange={setNote} />
            <button type="submit" class="button small primary">
              {t('common.save')}
            </button>
            <button type="button" class="button small" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </form>
        ) : (
          item.note && <p class="notes">{item.note}</p>
        )}
        <div class="form-actions">
          {url ? (
            // HTML, SVG and other active types are saved, never shown in our origin (lib/evidence/inline.ts).
            <a class="button small" href={url} {...(opensInline(item.mimeType) ? { target: '_blank', rel: 'noopener' } : { download: safeFileName(item.name) })}>
              {t('evidence.open')}
            </a>
          ) : (
            <button type="button" class="button small" onClick={() => setOpening(true)}>
              {t('evidence.open')}
            </button>
          )}
          {!editing && (
            <button type="button" class="button small" onClick={() => setEditing(true)}>
              {t('evidence.note.edit')}
            </button>
          )}
          {offersDestructiveActions(mode) && (
            <InlineConfirm
              open={confirming}
              small
              question={t('evidence.delete.confirm', { name: item.name })}
              confirmLabel={t('common.delete')}
              onConfirm={() => void remove()}
              onCancel={() => setConfirming(false)}
            >
              <button type="button" class="button small" aria-label={t('evidence.delete', { name: item.name })} onClick={() => setConfirming(true)}>
                {t('common.delete')}
              </button>
            </InlineConfirm>
          )}
        </div>
      </div>
    </li>
  );
}

/** Saves a Blob as a file from an extension page. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by now; the URL may go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function EvidencePackSection({ order }: { order: Order }) {
  const { t } = useI18n();
  const { data, mode } = useApp();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setStatus(t('evidence.pack.preparing'));
    const pack = await data.run('evidencePack', { orderId: order.id, locale: 'en' }).catch(() => null);
    setBusy(false);
    if (!pack) return setStatus(t('common.error.unexpected'));
    saveBlob(pack.blob, pack.fileName);
    setStatus(t('evidence.pack.ready', { file: pack.fileName }));
  };
  return (
    <section aria-labelledby="pack-heading" class="evidence-pack">
      <h4 id="pack-heading">{t('evidence.pack.title')}</h4>
      <p class="muted">{t('evidence.pack.explain')}</p>
      {mode === 'embedded' ? (
        <>
          <p class="muted">{t('evidence.openInTab.hint')}</p>
          <button type="button" class="button" onClick={() => openOrderInTab(order.id, 'evidence')}>
            {t('evidence.openInTab')}
          </button>
        </>
      ) : (
        <button type="button" class="button primary" disabled={busy} onClick={() => void download()}>
          {t('evidence.pack.download')}
        </button>
      )}
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
    </section>
  );
}
