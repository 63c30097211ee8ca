import type { CaptureActionProps } from './capture-action';
import { useI18n } from './I18nContext';
import { navigate } from './hooks/useRoute';

/** On a product page: a question to the seller before buying, filled with the listing's name and link. */
export function AskBeforeBuyingAction({ capture }: CaptureActionProps) {
  const { t } = useI18n();
  if (capture.kind !== 'product' || !capture.product) return null;
  return (
    <div class="capture-row">
      <button type="button" class="button" onClick={() => navigate('/question')}>
        {t('drafts.beforeBuying.open')}
      </button>
    </div>
  );
}
