/**
 * Temu's own wording, in the languages it serves our users (en, pl, ro, de, fr, es, it,
 * el, pt, cs, hu, uk): the order time ("Order time", "Czas zamówienia", "Bestellzeit"), the estimated
 * delivery range, "no tracking update by <date>? ask for a refund" and "return by
 * <date>". The label builder, dates and prices are the shared readers'.
 */
import type { PageDate } from '../../../schema/capture';
import { findDate, lastDayIn, type NumericDateOrder } from '../../shared/readers/dates';
import { labels, labelledOrderDate, textAfter } from '../../shared/readers/labels';

const ORDER_TIME_LABEL = labels(
  'order time', 'czas zamówienia', 'data zamówienia', 'bestellzeit', 'heure de (?:la )?commande', 'hora del pedido',
  'ora (?:dell[\'’])?ordine', 'ora comenzii', 'timpul comenzii', 'ώρα παραγγελίας', 'χρόνος παραγγελίας',
);

/** The estimated delivery range ("Delivery: Nov 28-Dec 6", "Voraussichtliche Lieferung: 10.–15. Nov."). */
const DELIVERY_LABEL = labels(
  'delivery', 'estimated delivery', 'arrives(?: by)?', 'latest delivery(?: date)?', 'lieferung', 'zustellung',
  'voraussichtliche (?:lieferung|zustellung)', 'dostawa', 'przewidywana dostawa', 'szacowana dostawa', 'livrare',
  'livrare estimat[ăa]', 'data estimat[ăa] de livrare', 'livraison(?: estimée| prévue)?', 'entrega(?: estimada| prevista)?',
  'consegna(?: stimata| prevista)?', 'παράδοση', 'εκτιμώμενη παράδοση', 'ankunft(?: voraussichtlich)?', 'voraussichtliche ankunft',
  'arriving(?: by)?', 'předpokládané doručení', 'doručení', 'várható kézbesítés', 'kézbesítés', 'очікувана доставка',
  'доставка', 'entrega',
);

/** A sentence promising a refund when tracking has not moved. */
const NO_UPDATE = new RegExp(
  [
    'no (?:tracking |shipping )?updates?', 'not (?:been )?updated', 'no se actualiza', 'sin actualizaci[oó]n', 'brak aktualizacji',
    'keine (?:sendungs)?(?:aktualisierung|updates?)', 'nicht aktualisiert', 'pas de mise à jour', "n['’]est pas mis à jour",
    'nessun aggiornamento', 'non (?:viene )?aggiornat', 'nicio actualizare', 'nu (?:este|e) actualizat', 'καμία ενημέρωση',
    'δεν (?:έχει )?ενημερω', 'f[ăa]r[ăa] actualiz[ăa]ri', 'sem atualiza[çc]', 'bez aktualizac', 'nincs (?:nyomkövetési )?friss[íi]t[ée]s',
    'немає оновлень', 'без оновлень',
  ].join('|'),
  'iu',
);
/** A sentence about returning items (not a refund of money, which "zwrot pieniędzy" is). */
const RETURN_BY = new RegExp(
  [
    'return(?:s|ed)?\\b', 'restitu', 'reso\\b', 'zwróci', 'zwrot(?! pieniędzy)', 'rückgabe', 'zurückgeben', 'retour', 'retourner',
    'devol', 'returna', 'returnare', 'επιστροφ', 'vrátit', 'vrácení', 'visszaküld', 'повернен', 'повернути',
  ].join('|'),
  'iu',
);

export function temuOrderDate(text: string, order?: NumericDateOrder): number | undefined {
  const after = textAfter(text, ORDER_TIME_LABEL);
  return (after === undefined ? undefined : findDate(after, order)?.at) ?? labelledOrderDate(text, order);
}

function pageDate(kind: PageDate['kind'], line: string, at: number): PageDate {
  return { kind, at, sourceText: line.slice(0, 300) };
}

/**
 * The dates the page states for the order: the last day of the estimated delivery range,
 * the day a refund can be asked for a parcel without tracking updates, the last day to
 * return. Each from its own line, so one sentence never gives two kinds.
 */
export function temuPageDates(lines: readonly string[], reference: number, order?: NumericDateOrder): PageDate[] {
  const dates: PageDate[] = [];
  const have = (kind: PageDate['kind']) => dates.some((date) => date.kind === kind);
  lines.forEach((line, index) => {
    if (NO_UPDATE.test(line)) {
      const day = lastDayIn(line, reference, order);
      if (day && !have('no-update-refund')) dates.push(pageDate('no-update-refund', line, day.at));
      return;
    }
    const delivery = textAfter(line, DELIVERY_LABEL, 60);
    // Label and range may sit in two elements: "Delivery" on one line, "Nov 28-Dec 6" on the next.
    const range = delivery !== undefined && delivery.trim() === '' ? lines[index + 1] : delivery;
    if (range !== undefined) {
      const day = lastDayIn(range, reference, order);
      if (day && !have('latest-delivery')) dates.push(pageDate('latest-delivery', `${line} ${range === delivery ? '' : range}`.trim(), day.at));
      if (day) return;
    }
    if (RETURN_BY.test(line)) {
      const day = lastDayIn(line, reference, order);
      if (day && day.at >= reference && !have('return-by')) dates.push(pageDate('return-by', line, day.at));
    }
  });
  return dates;
}
