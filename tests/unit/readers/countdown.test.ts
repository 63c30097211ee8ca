import { describe, expect, it } from 'vitest';
import {
  findCountdown,
  isDeadlineText,
  parseCountdownText,
  parseDuration,
} from '../../../lib/marketplaces/shared/readers/countdown';
import { DAY, HOUR, local } from './fixture';

const MINUTE = 60_000;
const now = local(2026, 3, 10, 12, 0);

describe('relative countdowns in the site languages', () => {
  it.each([
    ['en', 'Buyer protection ends in 12 days 5 hours', 12 * DAY + 5 * HOUR],
    ['en, one of each', 'Delivery deadline: 1 day 1 hour', DAY + HOUR],
    ['en, short', 'Buyer protection: 3d 04h 10m', 3 * DAY + 4 * HOUR + 10 * MINUTE],
    ['en, with a timer', 'Delivery deadline… 2 days 17:05:30', 2 * DAY + 17 * HOUR + 5 * MINUTE + 30_000],
    ['ru', 'Защита покупателя закончится через 12 дн. 5 ч.', 12 * DAY + 5 * HOUR],
    ['ru, words', 'Срок доставки: осталось 2 дня 17 часов', 2 * DAY + 17 * HOUR],
    ['uk', 'Захист покупця закінчиться через 7 днів 2 години', 7 * DAY + 2 * HOUR],
    ['pl', 'Ochrona kupującego kończy się za 3 dni 4 godz.', 3 * DAY + 4 * HOUR],
    ['pl, one day', 'Termin dostawy: 1 dzień 6 godzin', DAY + 6 * HOUR],
    ['es', 'Protección al comprador: quedan 20 días 6 horas', 20 * DAY + 6 * HOUR],
    ['pt', 'Proteção ao comprador termina em 5 dias 3 horas', 5 * DAY + 3 * HOUR],
    ['fr', "Protection de l'acheteur : encore 9 jours 11 heures", 9 * DAY + 11 * HOUR],
    ['fr, short', 'Délai de livraison : 4 j 2 h', 4 * DAY + 2 * HOUR],
  ])('%s: %s', (_lang, text, duration) => {
    expect(isDeadlineText(text)).toBe(true);
    expect(parseCountdownText(text, now)).toEqual({ endsAt: now + duration, sourceText: text });
  });
});

describe('deadline dates', () => {
  it.each([
    ['en', 'Refund if no delivery before Mar 12, 2026', local(2026, 3, 12)],
    ['en, older pages', 'If your order does not arrive on Mar 24, 2026, you can apply for a refund', local(2026, 3, 24)],
    ['ru', 'Возврат средств, если заказ не будет доставлен до 12 мар. 2026 г.', local(2026, 3, 12)],
    ['pl', 'Zwrot pieniędzy, jeśli zamówienie nie dotrze do 12 mar 2026', local(2026, 3, 12)],
    ['es', 'Reembolso si no se entrega antes del 12 de mar. de 2026', local(2026, 3, 12)],
    ['pt', 'Reembolso se não for entregue até 12 de mar. de 2026', local(2026, 3, 12)],
    ['fr', 'Remboursement si non livré avant le 12 mars 2026', local(2026, 3, 12)],
    ['uk', 'Повернення коштів, якщо не буде доставлено до 12 березня 2026 р.', local(2026, 3, 12)],
    ['en, with a time', 'Refund if no delivery before 2026-03-12 10:15:00', local(2026, 3, 12, 10, 15)],
  ])('%s: %s', (_lang, text, endsAt) => {
    expect(isDeadlineText(text)).toBe(true);
    expect(parseCountdownText(text, now)?.endsAt).toBe(endsAt);
  });

  it('prefers the live countdown when the page shows both', () => {
    expect(parseCountdownText('Buyer protection ends in 2 days 3 hours (Mar 12, 2026)', now)?.endsAt).toBe(now + 2 * DAY + 3 * HOUR);
  });
});

describe('findCountdown', () => {
  it('takes the figure from the line after the phrase', () => {
    expect(findCountdown(['Order ID: 8181234567890123', 'Buyer protection', '12 days 5 hours', 'Track order'], now)).toEqual({
      endsAt: now + 12 * DAY + 5 * HOUR,
      sourceText: 'Buyer protection 12 days 5 hours',
    });
  });

  it('ignores durations without a deadline phrase', () => {
    expect(findCountdown(['Ships in 3 days', 'Estimated delivery 15 days'], now)).toBeUndefined();
  });

  it('ignores a deadline phrase without a figure', () => {
    expect(findCountdown(['Buyer protection', 'Full refund if you do not receive your order'], now)).toBeUndefined();
  });
});

describe('parseDuration', () => {
  it('is undefined without a duration', () => {
    expect(parseDuration('Mar 12')).toBeUndefined();
    expect(parseDuration('10:15')).toBeUndefined();
  });
});
