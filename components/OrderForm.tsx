import { useEffect, useRef, useState } from 'preact/hooks';
import { ORDER_STATUSES, type Order } from '../lib/schema/order';
import type { FieldErrors } from '../lib/schema/errors';
import { DEFAULT_MARKETPLACE, MARKETPLACE_IDS, marketplaceById } from '../lib/marketplaces/registry';
import { dateInputToInstant, instantToDateInput, parseAmount } from '../lib/app/form-values';
import { useI18n } from './I18nContext';
import { Field } from './Field';
import { useApp } from './AppContext';

const CURRENCIES = ['USD', 'EUR', 'PLN', 'UAH', 'GEL', 'RON', 'RUB', 'GBP', 'CZK', 'TRY', 'KZT', 'BRL'];

type Values = Record<string, string>;

function valuesFrom(order: Order | undefined): Values {
  const item = order?.items[0];
  return {
    marketplace: order?.marketplace ?? DEFAULT_MARKETPLACE,
    orderNumber: order?.orderNumber ?? '',
    storeName: order?.store.name ?? '',
    storeUrl: order?.store.url ?? '',
    itemTitle: item?.title ?? '',
    itemUrl: item?.url ?? '',
    quantity: String(item?.quantity ?? 1),
    amount: order?.total ? String(order.total.amount) : '',
    currency: order?.total?.currency ?? 'USD',
    orderedAt: instantToDateInput(order?.orderedAt),
    shippedAt: instantToDateInput(order?.shippedAt),
    deliveredAt: instantToDateInput(order?.deliveredAt),
    receiptConfirmedAt: instantToDateInput(order?.receiptConfirmedAt),
    status: order?.status ?? 'awaiting-shipment',
    trackingNumber: order?.trackingNumber ?? '',
    protectionDays: order?.protectionDays ? String(order.protectionDays) : '',
    notes: order?.notes ?? '',
  };
}

/** Form values → the shape the order schema validates; the schema has the last word. */
function toInput(v: Values, existing: Order | undefined): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const date = (name: 'orderedAt' | 'shippedAt' | 'deliveredAt' | 'receiptConfirmedAt') => {
    const instant = dateInputToInstant(v[name] ?? '');
    if (instant === 'invalid') errors[name] = 'common.error.date';
    return instant === 'invalid' ? undefined : instant;
  };
  const amount = parseAmount(v.amount ?? '');
  const quantity = Number(v.quantity || '1');
  const otherItems = existing?.items.slice(1) ?? [];
  const input: Record<string, unknown> = {
    marketplace: v.marketplace,
    orderNumber: v.orderNumber,
    store: { name: v.storeName ?? '', ...(v.storeUrl ? { url: v.storeUrl } : {}) },
    items: v.itemTitle
      ? [{ title: v.itemTitle, quantity, ...(v.itemUrl ? { url: v.itemUrl } : {}), ...(existing?.items[0]?.price ? { price: existing.items[0].price } : {}) }, ...otherItems]
      : otherItems,
    total: amount === undefined ? undefined : { amount, currency: v.currency },
    orderedAt: date('orderedAt'),
    shippedAt: date('shippedAt'),
    deliveredAt: date('deliveredAt'),
    receiptConfirmedAt: date('receiptConfirmedAt'),
    status: v.status,
    trackingNumber: v.trackingNumber,
    protectionDays: v.protectionDays ? Number(v.protectionDays) : undefined,
    disputeOpenedAt: existing?.disputeOpenedAt,
    complaintSubmittedAt: existing?.complaintSubmittedAt,
    notes: v.notes,
  };
  return { input, errors };
}

/** Schema paths → the form field that shows the error. */
const FIELD_OF_PATH: Record<string, string> = {
  'store.name': 'storeName',
  'store.url': 'storeUrl',
  'items.0.title': 'itemTitle',
  'items.0.url': 'itemUrl',
  'items.0.quantity': 'quantity',
  'total.amount': 'amount',
  'total.currency': 'currency',
  total: 'amount',
};

/** The order being edited, read once, and the form's values (empty for a new order). */
function useOrderValues(orderId: string | undefined) {
  const { data } = useApp();
  const [existing, setExisting] = useState<Order | undefined>(undefined);
  const [values, setValues] = useState<Values>(() => valuesFrom(undefined));
  useEffect(() => {
    if (!orderId) return;
    // Read once: the form must not change under the user's hands while they type.
    let first = true;
    const stop = data.subscribe('order', { orderId }, (order) => {
      if (!first) return;
      first = false;
      setExisting(order ?? undefined);
      setValues(valuesFrom(order ?? undefined));
    });
    return stop;
  }, [data, orderId]);
  return { existing, values, setValues };
}

export function OrderForm({ orderId, onDone }: { orderId?: string; onDone: (savedId?: string) => void }) {
  const { t } = useI18n();
  const { data } = useApp();
  const { existing, values, setValues } = useOrderValues(orderId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const { input, errors: formErrors } = toInput(values, existing);
    if (Object.keys(formErrors).length > 0) return showErrors(formErrors);
    setSaving(true);
    const result = await (orderId ? data.run('updateOrder', { orderId, input }) : data.run('createOrder', { input })).catch(() => undefined);
    setSaving(false);
    if (!result) return showErrors({ '': 'common.error.unexpected' });
    if (!result.ok) return showErrors(result.errors);
    onDone(result.order.id);
  };

  const showErrors = (found: FieldErrors) => {
    const mapped: FieldErrors = {};
    for (const [path, key] of Object.entries(found)) mapped[FIELD_OF_PATH[path] ?? path] = key;
    setErrors(mapped);
    // Move focus to the first invalid field so keyboard and screen-reader users land on it.
    queueMicrotask(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const field: FieldOf = (name) => ({
    name,
    value: values[name] ?? '',
    onChange: (value: string) => setValues((v) => ({ ...v, [name]: value })),
    error: errors[name] ? t(errors[name], { max: name === 'notes' ? 5000 : 64 }) : undefined,
  });

  return (
    <form ref={formRef} class="order-form" onSubmit={submit} noValidate aria-labelledby="order-form-heading">
      <h2 id="order-form-heading">{orderId ? t('app.form.editTitle') : t('app.form.addTitle')}</h2>
      {errors[''] && <p role="alert" class="error">{t(errors[''])}</p>}
      <OrderFields field={field} />
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={saving}>
          {t('common.save')}
        </button>
        <button type="button" class="button" onClick={() => onDone(orderId)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A field's name, value, change handler and error, ready to spread on a <Field>. */
type FieldOf = (name: string) => { name: string; value: string; onChange: (value: string) => void; error: string | undefined };

function OrderFields({ field }: { field: FieldOf }) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t('app.field.marketplace')} {...field('marketplace')} options={MARKETPLACE_IDS.map((id) => [id, marketplaceById(id)?.site.displayName ?? t('app.marketplace.other')])} />
      <Field label={t('app.field.orderNumber')} required {...field('orderNumber')} inputMode="numeric" autoComplete="off" />
      <Field label={t('app.field.storeName')} {...field('storeName')} />
      <Field label={t('app.field.storeUrl')} type="url" {...field('storeUrl')} />
      <Field label={t('app.field.itemTitle')} {...field('itemTitle')} />
      <Field label={t('app.field.itemUrl')} type="url" {...field('itemUrl')} />
      <div class="field-row">
        <Field label={t('app.field.quantity')} type="number" min="1" {...field('quantity')} />
        <Field label={t('app.field.amount')} inputMode="decimal" {...field('amount')} />
        <Field label={t('app.field.currency')} {...field('currency')} options={CURRENCIES.map((c) => [c, c])} />
      </div>
      <div class="field-row">
        <Field label={t('app.field.orderedAt')} type="date" {...field('orderedAt')} />
        <Field label={t('app.field.shippedAt')} type="date" {...field('shippedAt')} />
      </div>
      <div class="field-row">
        <Field label={t('app.field.deliveredAt')} type="date" {...field('deliveredAt')} />
        <Field label={t('app.field.receiptConfirmedAt')} type="date" {...field('receiptConfirmedAt')} />
      </div>
      <Field label={t('app.field.status')} {...field('status')} options={ORDER_STATUSES.map((s) => [s, t(`app.status.${s}`)])} />
      <Field label={t('app.field.trackingNumber')} {...field('trackingNumber')} autoComplete="off" />
      <Field label={t('app.field.protectionDays')} type="number" min="1" max="365" hint={t('app.field.protectionDaysHint')} {...field('protectionDays')} />
      <Field label={t('app.field.notes')} multiline {...field('notes')} />
    </>
  );
}
