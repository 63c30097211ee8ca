import { useEffect, useState } from 'preact/hooks';
import { base64ToBytes } from '../lib/backup/base64';
import type { EvidenceMeta } from '../lib/db/evidence';
import { blobForUrl, opensInline } from '../lib/evidence/inline';
import { useApp } from './AppContext';
import { useI18n } from './I18nContext';

/** Images sent over the in-page sidebar's port for a preview; larger ones show no preview there. */
const EMBEDDED_PREVIEW_MAX_BYTES = 3 * 1024 * 1024;

/**
 * An object URL for one stored file, revoked when no longer shown: the Blob
 * itself in top-level pages, rebuilt from base64 in the in-page sidebar.
 */
export function useEvidenceUrl(item: EvidenceMeta, wanted: boolean): string | undefined {
  const { data, mode } = useApp();
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!wanted) return;
    let alive = true;
    let created: string | undefined;
    void data
      .run('evidenceFile', { evidenceId: item.id, as: mode === 'embedded' ? 'base64' : 'blob' })
      .then((file) => {
        if (!alive || !file.ok) return;
        const blob = file.blob ?? (file.base64 !== undefined ? new Blob([base64ToBytes(file.base64) as Uint8Array<ArrayBuffer>], { type: file.mimeType }) : undefined);
        if (!blob) return;
        created = URL.createObjectURL(blobForUrl(blob, item.mimeType));
        setUrl(created);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [data, mode, item.id, item.mimeType, wanted]);
  return url;
}

export function EvidenceThumb({ item }: { item: EvidenceMeta }) {
  const { t } = useI18n();
  const { mode } = useApp();
  const previewable = item.mimeType.startsWith('image/') && opensInline(item.mimeType) && (mode !== 'embedded' || item.size <= EMBEDDED_PREVIEW_MAX_BYTES);
  const url = useEvidenceUrl(item, previewable);
  if (!previewable || !url) {
    return (
      <span class="thumb thumb-placeholder" aria-hidden="true">
        {item.kind === 'video' ? '▶' : item.kind === 'document' ? '📄' : '🖼'}
      </span>
    );
  }
  return <img class="thumb" src={url} alt={t('evidence.preview', { name: item.name })} />;
}
