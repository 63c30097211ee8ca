import type { Order } from '../lib/schema/order';
import type { StoredDeadline } from '../lib/schema/deadline';
import type { SellerMessage } from '../lib/schema/seller-message';
import { formatDateTime } from '../lib/i18n';
import { useI18n } from './I18nContext';
import { deadlineLabel, textContext } from './deadline-text';
import { PageText } from './PageText';

interface Event {
  at: number;
  key: string;
  text: string;
  kind: 'fact' | 'message' | 'deadline';
  future: boolean;
}

export function Timeline({ order, deadlines, messages, now }: { order: Order; deadlines: StoredDeadline[]; messages: SellerMessage[]; now: number }) {
  const { t, locale } = useI18n();
  const events: Event[] = [];
  const fact = (at: number | undefined, key: string, text: string) => {
    if (at !== undefined) events.push({ at, key, text, kind: 'fact', future: at > now });
  };
  fact(order.orderedAt, 'ordered', t('app.timeline.ordered'));
  fact(order.shippedAt, 'shipped', t('app.timeline.shipped'));
  fact(order.disputeOpenedAt, 'dispute', t('app.timeline.disputeOpened'));
  fact(order.complaintSubmittedAt, 'complaint', t('app.timeline.complaintSubmitted'));
  for (const m of messages) {
    events.push({
      at: m.sentAt ?? m.addedAt,
      key: m.id,
      text: `${t(`app.timeline.message.${m.author}`)}: ${m.text.length > 140 ? `${m.text.slice(0, 140)}…` : m.text}`,
      kind: 'message',
      future: false,
    });
  }
  for (const d of deadlines) events.push({ at: d.dueAt, key: d.id, text: deadlineLabel(d, textContext(locale, order.marketplace)), kind: 'deadline', future: d.dueAt > now });
  events.sort((a, b) => a.at - b.at);

  return (
    <section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('app.timeline.title')}</h3>
      {events.length === 0 ? (
        <p class="muted">{t('app.timeline.empty')}</p>
      ) : (
        <ol class="timeline">
          {events.map((e) => (
            <li key={e.key} class={`timeline-${e.kind}${e.future ? ' future' : ''}`}>
              <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at, locale)}</time>
              <span>
                <PageText text={e.text} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
