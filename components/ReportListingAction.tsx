import type { CaptureActionProps } from './capture-action';
import { useI18n } from './I18nContext';
import { navigate } from './hooks/useRoute';
import { reportRoute } from './complaint-prefill';

/** On a product or store page: opens the complaint wizard with the page's link filled in. */
export function ReportListingAction({ capture }: CaptureActionProps) {
  const { t } = useI18n();
  const product = capture.kind === 'product' ? capture.product : undefined;
  const store = capture.kind === 'store' ? capture.store : undefined;
  const url = product?.url ?? store?.url;
  if (!url) return null;
  const route = reportRoute({ url, itemTitle: product?.title, storeName: product?.store?.name ?? store?.name });
  return (
    <div class="capture-row">
      <button type="button" class="button" onClick={() => navigate(route)}>
        {product ? t('compose.capture.reportProduct') : t('compose.capture.reportStore')}
      </button>
    </div>
  );
}
