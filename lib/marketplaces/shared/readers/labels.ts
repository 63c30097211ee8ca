/**
 * Visible field labels in the site's languages ("Order ID:", "Номер заказа", "Numer
 * zamówienia", "Número de pedido", "N° de commande", "Bestellnummer"…). A value is read
 * from the text right after its label, across a line break when the page puts label and
 * value in separate elements.
 */
import { findDate, type NumericDateOrder } from './dates';
import { parsePrice } from './price';
import { asciiDigits } from './text';

export function labels(...alternatives: string[]): string {
  // Not preceded by a letter or hyphen: "Sous-total" and "Subtotal" are not "total".
  return `(?<![\\p{L}-])(?:${alternatives.join('|')})(?!\\p{L})`;
}

export const ORDER_NUMBER_LABEL = labels(
  'order\\s*(?:id|no\\.?|number|#)', 'ref\\.?\\s*(?:number|no\\.?)', 'bestellnummer', 'bestell-?nr\\.?',
  'номер заказа', 'заказ\\s*№', '№\\s*заказа', 'номер замовлення', 'замовлення\\s*№',
  'numer zamówienia', 'nr\\.?\\s*zamówienia', 'número de pedido', 'n\\.?[º°] de pedido', 'número do pedido',
  'n\\.?[º°] do pedido', 'numéro de commande', 'n[º°] de commande', 'numero (?:dell[\'’])?ordine', 'id ordine',
  // Dutch, Czech, Turkish, Korean, Japanese, Chinese, Arabic, Hebrew
  'bestelnummer', 'bestelnr\\.?', 'číslo objednávky', 'č\\.\\s*objednávky', 'sipariş (?:numarası|no\\.?)',
  '주문\\s*번호', '注文番号', '订单号', '訂單編號', 'رقم الطلب', 'מספר (?:ה)?הזמנה',
  // Romanian, Greek
  'nr\\.?\\s*(?:de\\s*)?comand[ăa]', 'num[ăa]r(?:ul)? (?:de )?comand[ăa]', 'num[ăa]r(?:ul)? comenzii', 'id(?:-ul)? comenzii',
  'αριθμός παραγγελίας', 'κωδικός παραγγελίας',
  // Portuguese (Portugal: "encomenda"), Hungarian
  'id da encomenda', 'n[úu]mero da encomenda', 'rendelésazonosító', 'rendelésszám',
  // "Commande n°", "Pedido nº", "Ordine n.", "Zamówienie nr": the noun, then the number sign.
  '(?:commande|pedido|ordine|zamówienie|objednávka|bestelling|sipariş|comand[ăa])\\s*(?:n[º°o]\\.?|n\\.|nr\\.?|č\\.)',
);
const ORDER_DATE_LABEL = labels(
  'order (?:date|time)', 'placed on', 'ordered on', 'date placed', 'дата заказа', 'время заказа',
  'заказ оформлен', 'дата оформления', 'дата замовлення', 'data zamówienia', 'zamówiono', 'data złożenia',
  'fecha del pedido', 'fecha de pedido', 'pedido realizado(?: el)?', 'date de (?:la )?commande', 'commandé le',
  'passée le', 'data do pedido', 'pedido feito em', 'bestelldatum', 'bestellt am', 'data (?:dell[\'’])?ordine',
  'besteldatum', 'besteld op', 'datum objednávky', 'objednáno', 'sipariş tarihi', '주문\\s*(?:날짜|일자|일시)',
  '注文日(?:時)?', '下单时间', 'تاريخ الطلب', 'תאריך (?:ה)?הזמנה', 'data (?:comenzii|plas[ăa]rii)', 'plasat[ăa] (?:pe|la)',
  'ημερομηνία (?:παραγγελίας|αγοράς)', 'data da encomenda', 'encomenda (?:feita|efetuada) em', 'rendelés dátuma', 'rendelés ideje',
  'megrendelve',
);
const SHIPPED_DATE_LABEL = labels(
  'shipped on', 'shipping date', 'ship date', 'dispatched on', 'дата отправки', 'дата відправлення',
  'data wysyłki', 'data nadania', 'fecha de envío', 'enviado el', 'date d[\'’]expédition', 'expédié le',
  'data de envio', 'enviado em', 'versanddatum', 'versandt am', 'data di spedizione', 'verzenddatum', 'verzonden op',
  'datum odeslání', 'odesláno dne', 'kargoya verilme tarihi', 'gönderim tarihi', '발송일', '発送日', 'تاريخ الشحن',
  'תאריך (?:ה)?משלוח', 'data expedierii', 'expediat[ăa]? (?:pe|la)', 'ημερομηνία (?:αποστολής|αποστολης)',
);
/*
 * Delivery and receipt confirmation: only past-tense wording ("delivered on", "доставлено"),
 * never a bare "delivery date", which pages also use for the *estimated* delivery.
 */
const DELIVERED_DATE_LABEL = labels(
  'delivered(?: on)?', 'date delivered', 'доставлен[оа]?', 'вручено', 'дата вручения', 'дата доставлення', 'dostarczono', 'doręczono', 'data doręczenia', 'entregado(?: el)?', 'livré(?:e)? le', 'entregue em', 'zugestellt am',
  'geliefert am', 'consegnato il', 'bezorgd op', 'doručeno', 'teslim edildi', '배송\\s*완료일?', '配達完了日?', 'تم التسليم',
  'נמסר', 'livrat[ăa]? (?:pe|la)', 'data livr[ăa]rii', 'παραδόθηκε', 'ημερομηνία παράδοσης',
);
const RECEIPT_CONFIRMED_LABEL = labels(
  'receipt confirmed(?: on)?', 'confirmed receipt(?: on)?', 'delivery confirmed(?: on)?', 'получение подтверждено',
  'подтверждено получение', 'дата подтверждения получения', 'отримання підтверджено', 'підтверджено отримання',
  'дата підтвердження отримання', 'potwierdzono odbiór', 'odbiór potwierdzony', 'data potwierdzenia odbioru',
  'recepción confirmada(?: el)?', 'réception confirmée(?: le)?', 'recebimento confirmado(?: em)?', 'empfang bestätigt(?: am)?',
  'ricezione confermata(?: il)?', 'ontvangst bevestigd(?: op)?', 'převzetí potvrzeno', 'teslim alma onaylandı',
  '수령\\s*확인(?:일)?', '受取確認日?', '确认收货(?:时间)?', 'تم تأكيد الاستلام', 'קבלה אושרה', 'primire confirmat[ăa](?: (?:pe|la))?',
  'confirmarea primirii', 'επιβεβαίωση παραλαβής', 'η παραλαβή επιβεβαιώθηκε',
);
const TRACKING_LABEL = labels(
  'tracking (?:number|no\\.?|id|code)', 'трек-?\\s?номер', 'номер отслеживания', 'номер відстеження',
  'трек-?\\s?код', 'numer (?:przesyłki|śledzenia|do śledzenia|nadania)', 'número de (?:seguimiento|rastreo|rastreamento|rastreio)',
  'código de (?:rastreio|rastreamento|seguimiento)', 'número de guía', 'numéro de suivi', 'sendungsnummer', 'tracking-?nummer',
  'numero di tracking', 'codice di tracciamento', 'numero di tracciamento', 'track\\s*(?:&|and)\\s*trace(?:-?code)?',
  'sledovací číslo', '(?:kargo )?takip (?:numarası|no\\.?|kodu)', '(?:운송장|송장|추적)\\s*번호', '追跡番号', '伝票番号',
  'رقم التتبع', 'מספר (?:ה)?מעקב', 'num[ăa]r(?:ul)? de urm[ăa]rire', 'cod(?:ul)? de urm[ăa]rire', 'awb',
  'αριθμός (?:αποστολής|παρακολούθησης|εντοπισμού)', 'κωδικός (?:αποστολής|παρακολούθησης)', 'číslo zásilky',
  'nyomkövetési szám', 'csomagszám',
);
const TOTAL_LABEL = labels(
  'order total', 'total', 'итого', 'всего', 'сумма заказа', 'к оплате', 'оплачено', 'разом', 'усього', 'сума замовлення',
  'сплачено', 'razem', 'suma', 'do zapłaty', 'łącznie', 'zapłacono', 'total del pedido', 'importe total', 'total do pedido',
  'montant total', 'montant', 'gesamt(?:betrag|summe)?', 'totale', 'totaal', 'celkem', 'celková cena', 'toplam', '총액', '총\\s*결제\\s*금액',
  '합계', '合計', '総額', 'الإجمالي', 'المجموع', 'סה["״”]?כ', 'סך הכל', 'sum[ăa] total[ăa]', 'σύνολο(?: παραγγελίας)?',
  'συνολικό ποσό', 'summe', 'összesen', 'végösszeg',
);
const STATUS_LABEL = labels(
  'order status', 'status', 'статус заказа', 'статус', 'статус замовлення', 'status zamówienia', 'estado del pedido',
  'estado', 'statut de la commande', 'statut', 'status do pedido', 'bestellstatus', 'stato dell[\'’]ordine', 'stato',
  'bestelstatus', 'stav(?: objednávky)?', '(?:sipariş )?durumu?', '(?:주문\\s*)?상태', '注文状況', 'ステータス',
  'حالة الطلب', 'الحالة', 'סטטוס', 'מצב (?:ה)?הזמנה', 'stare(?:a comenzii)?', 'κατάσταση(?: παραγγελίας)?',
);
const QUANTITY_LABEL = labels(
  'qty', 'quantity', 'кол-во', 'количество', 'кількість', 'ilość', 'cantidad', 'quantidade', 'quantité', 'qté',
  'menge', 'anzahl', 'quantità', 'aantal', 'množství', 'adet', '수량', '数量', 'الكمية', 'כמות', 'cantitate', 'ποσότητα',
  // Abbreviated with a dot: "Qtd.: 2" (Portuguese), "Cant.: 2" (Romanian, Spanish), "Menge", "Mennyiség"
  'qtd\\.?', 'cant\\.?', 'mennyiség', 'počet',
);

const SEPARATOR = '\\s*[:：#№]?\\s*';
const ORDER_NUMBER_FIELD = new RegExp(`${ORDER_NUMBER_LABEL}${SEPARATOR}(\\d{16}|\\d{14})(?!\\d)`, 'giu');
const TRACKING_FIELD = new RegExp(`${TRACKING_LABEL}${SEPARATOR}([A-Z0-9]{8,30})(?![A-Za-z0-9])`, 'iu');
const QUANTITY_FIELD = new RegExp(`${QUANTITY_LABEL}${SEPARATOR}(\\d{1,4})(?!\\d)`, 'iu');
/** "x2" after a space, a bracket or a price ("12,34 €x2" when spans join); not "10x20 cm" nor a word. */
const TIMES_QUANTITY = /(?<![\p{L}\d])[x×]\s?(\d{1,4})(?![\d.,])/iu;

/**
 * "2 szt.", "3 шт.", "2 pcs": a count with a piece word. Titles say "50 pcs" too, so
 * callers pass the text around an item with its title taken out.
 */
const PIECES_QUANTITY = /(?<![\p{L}\d.,])(\d{1,4})\s?(?:szt|шт|pcs|pieces?|buc|τεμ|ks|adet|個|点|件)\.?(?!\p{L})/iu;

/** Every order number written after an order-number label, in order of appearance. */
export function labelledOrderNumbers(text: string): string[] {
  return Array.from(asciiDigits(text).matchAll(ORDER_NUMBER_FIELD), (match) => match[1] ?? '').filter(Boolean);
}

const ORDER_NUMBER_LABEL_ONLY = new RegExp(ORDER_NUMBER_LABEL, 'iu');

export function hasOrderNumberLabel(text: string): boolean {
  return ORDER_NUMBER_LABEL_ONLY.test(text);
}

/** Label patterns compiled once: readers run them over every card of a long list. */
const compiled = new Map<string, RegExp>();

/** Up to `span` characters following the first occurrence of the label. */
export function textAfter(text: string, label: string, span = 80): string | undefined {
  let pattern = compiled.get(label);
  if (!pattern) {
    pattern = new RegExp(`${label}${SEPARATOR}`, 'iu');
    compiled.set(label, pattern);
  }
  const match = pattern.exec(text);
  return match ? text.slice(match.index + match[0].length, match.index + match[0].length + span) : undefined;
}

export function labelledOrderDate(text: string, order?: NumericDateOrder): number | undefined {
  const after = textAfter(text, ORDER_DATE_LABEL);
  return after === undefined ? undefined : findDate(after, order)?.at;
}

export function labelledShipDate(text: string, order?: NumericDateOrder): number | undefined {
  const after = textAfter(text, SHIPPED_DATE_LABEL);
  return after === undefined ? undefined : findDate(after, order)?.at;
}

/**
 * A date on the label's own line, only when it is not in the future. A status that
 * merely says "Delivered" has no date beside it, and a past-tense label with a future
 * date is a misread.
 */
function labelledPastDate(text: string, label: RegExp, order: NumericDateOrder | undefined, now: number): number | undefined {
  for (const match of text.matchAll(label)) {
    const start = (match.index ?? 0) + match[0].length;
    const line = text.slice(start, start + 60).split('\n')[0] ?? '';
    // "Delivered\nOrder date: Mar 1": the line after a bare status is another field.
    if (/\p{L}\s*[:：]/u.test(line)) continue;
    const at = findDate(line, order)?.at;
    if (at !== undefined && at <= now) return at;
  }
  return undefined;
}

const DELIVERED_DATE_FIELD = new RegExp(`${DELIVERED_DATE_LABEL}${SEPARATOR}`, 'giu');
const RECEIPT_CONFIRMED_FIELD = new RegExp(`${RECEIPT_CONFIRMED_LABEL}${SEPARATOR}`, 'giu');

/** "Delivered on Mar 12, 2026": when tracking showed the parcel delivered. */
export function labelledDeliveryDate(text: string, order: NumericDateOrder | undefined, now: number): number | undefined {
  return labelledPastDate(text, DELIVERED_DATE_FIELD, order, now);
}

/** "Receipt confirmed on Mar 14, 2026": when the buyer (or the site, automatically) confirmed receipt. */
export function labelledReceiptConfirmationDate(text: string, order: NumericDateOrder | undefined, now: number): number | undefined {
  return labelledPastDate(text, RECEIPT_CONFIRMED_FIELD, order, now);
}

const SHIPPED_DATE_LABEL_ONLY = new RegExp(SHIPPED_DATE_LABEL, 'iu');

export function hasShipDateLabel(text: string): boolean {
  return SHIPPED_DATE_LABEL_ONLY.test(text);
}

/** A tracking number must contain a digit: "Copy" or "N/A" after the label is not one. */
export function labelledTrackingNumber(text: string): string | undefined {
  const value = TRACKING_FIELD.exec(asciiDigits(text))?.[1];
  return value && /\d/.test(value) ? value.toUpperCase() : undefined;
}

/** The price after the total label; "Subtotal" is not a total (the label must start a word). */
export function labelledTotal(text: string) {
  const after = textAfter(text, TOTAL_LABEL, 80);
  if (after === undefined) return undefined;
  // "Summe (3 Artikel): 18,97 €", "Total (2 items): $17.45": a count between label and amount.
  const value = after.replace(/^\(\s*\d+[^)]{0,30}\)\s*[:：]?\s*/u, '');
  return parsePrice(value.split('\n').slice(0, 2).join(' '));
}

/** The status phrase after a status label, on the same or the next line. */
export function labelledStatusText(text: string): string | undefined {
  const after = textAfter(text, STATUS_LABEL, 60);
  return after?.split('\n')[0]?.trim() || undefined;
}

/** "x2", "×2", "Qty: 2", "Кол-во: 2", "2 szt."; undefined when the text shows no quantity. */
export function quantityIn(text: string): number | undefined {
  const digits = asciiDigits(text);
  const match = QUANTITY_FIELD.exec(digits) ?? TIMES_QUANTITY.exec(digits) ?? PIECES_QUANTITY.exec(digits);
  const value = Number(match?.[1]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}
