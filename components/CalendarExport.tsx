import { useState } from 'preact/hooks';
import type { StoredDeadline } from '../lib/schema/deadline';
import type { Order } from '../lib/schema/order';
import { deadlinesCalendar } from './calendar-file';
import { downloadText } from './download';
import { useI18n } from './I18nContext';

/** Saves the upcoming deadlines of these orders (or of one order) as an .ics file for any calendar app. */
export function CalendarExport({ orders, deadlines, scope }: { orders: readonly Order[]; deadlines: readonly StoredDeadline[]; scope: 'all' | 'order' }) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState('');
  const save = () => {
    const file = deadlinesCalendar(orders, deadlines, locale, Date.now(), { scope });
    if (file.count === 0) {
      setStatus(t('orders.calendar.none'));
      return;
    }
    downloadText(file.text, file.fileName, 'text/calendar;charset=utf-8');
    setStatus(t('orders.calendar.saved', { count: file.count, file: file.fileName }));
  };
  return (
    <div class="calendar-export">
      <button type="button" class="button small" onClick={save}>
        {t(scope === 'all' ? 'orders.calendar.exportAll' : 'orders.calendar.exportOrder')}
      </button>
      <span role="status" aria-live="polite" class="muted">
        {status}
      </span>
    </div>
  );
}
