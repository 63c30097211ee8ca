/**
 * Order status words in the site's languages, mapped to the project's status enum. The
 * order of the rules matters: "Awaiting shipment" must be tested before "shipped", and a
 * dispute or cancellation outranks whatever delivery state the text also mentions. The
 * upper-case codes (WAIT_SELLER_SEND_GOODS…) are the site's own, found in embedded data.
 */
import type { OrderStatus } from '../../../schema/capture';

const RULES: ReadonlyArray<readonly [Exclude<OrderStatus, 'unknown'>, RegExp]> = [
  [
    'dispute',
    /in_issue|dispute|refund in progress|refund request|return request|not received|запрос на возврат|не получен|запит на повернення|не отримано|wniosek o zwrot|nie otrzyma|solicitud de reembolso|no recibido|pedido de reembolso|não recebido|demande de remboursement|non reçu|return in progress|(?<!\p{L})спор(?!т)|претензи|спір|суперечк|spór|spor\b|reklamacj|disputa|reembolso en curso|litige|réclamation|streitfall|reklamation|geschil|spor(?:u|ný)|itiraz|anlaşmazlık|분쟁|紛争|نزاع|מחלוקת|disput[ăa]|litigiu|διαφορά|αμφισβήτηση/iu,
  ],
  [
    'cancelled',
    /in_cancel|cancel+ed|order closed|закрыт|отмен[её]н|скасован|anulowan|zamknięt|cancelad|anulad|annulée?|fermée?|storniert|annullato|geannuleerd|zrušen|iptal|취소|キャンセル|ملغ[ىي]|تم الإلغاء|בוטל|anulat|ακυρώθηκε|ακυρωμένη|törölve|visszavonva/iu,
  ],
  [
    'awaiting-payment',
    /place_order_success|wait_buyer_pay|awaiting payment|pending payment|unpaid|to pay|payment pending|ожида\p{L}* оплат|не оплачен|очіку\p{L}* оплат|oczekuj\p{L}* na płatność|nieopłacon|pendiente de pago|esperando (?:el )?pago|pago pendiente|aguardando pagamento|pagamento pendente|en attente de paiement|zahlung ausstehend|wartet auf zahlung|in attesa di pagamento|in afwachting van betaling|wacht op betaling|čeká na platbu|ödeme bekleniyor|결제\s*대기|支払い待ち|في انتظار الدفع|ממתין לתשלום|în a[șş]teptarea pl[ăa][țţ]ii|a[șş]teapt[ăa] plata|nepl[ăa]tit|αναμονή πληρωμής|εκκρεμεί (?:η )?πληρωμή|fizetésre vár/iu,
  ],
  [
    'awaiting-shipment',
    /wait_seller_send_goods|seller_part_send_goods|awaiting (?:shipment|dispatch)|to ship|not yet shipped|processing|ожида\p{L}* отправк|ожида\p{L}* отгрузк|в обработке|очіку\p{L}* відправ|oczekuj\p{L}* na wysyłkę|w trakcie realizacji|pendiente de envío|esperando (?:el )?envío|aguardando envio|en attente d['’]expédition|en cours de préparation|versand ausstehend|wartet auf versand|in attesa di spedizione|in afwachting van verzending|wacht op verzending|čeká na odeslání|gönderilmeyi bekliyor|kargoya verilmeyi bekliyor|(?:발송|배송)\s*대기|発送待ち|في انتظار الشحن|ממתין למשלוח|în a[șş]teptarea expedierii|αναμονή αποστολής|feldolgozás alatt|feladásra vár/iu,
  ],
  [
    'shipped',
    /wait_buyer_accept_goods|shipped|in transit|out for delivery|in consegna|feladva|kiszállítás alatt|szállítás alatt|úton|awaiting delivery|to receive|on the way|отправлен|в пути|ожида\p{L}* (?:получени|доставк)|відправлен|в дорозі|очіку\p{L}* (?:отриманн|доставк)|wysłan|w drodze|w transporcie|oczekuj\p{L}* na dostawę|enviado|en camino|en tránsito|em trânsito|a caminho|expédiée?|en transit|en cours de livraison|versandt|versendet|unterwegs|spedito|verzonden|onderweg|odesláno|na cestě|kargoya verildi|kargoda|yolda|배송\s*중|발송\s*완료|発送済み?|配送中|تم الشحن|قيد الشحن|נשלח|בדרך|expediat|în tranzit|pe drum|απεστάλη|εστάλη|σε μεταφορά|καθ['’ ]?οδόν/iu,
  ],
  [
    'completed',
    /completed|finish(?:ed)?|заверш[её]н|выполнен|виконан|zakończon|zrealizowan|completad|finalizad|conclu[íi]d|terminée?|abgeschlossen|completato|voltooid|afgerond|dokončen|tamamland|거래\s*완료|구매\s*확정|取引完了|مكتمل|הושלם|finalizat|încheiat|ολοκληρώθηκε|ολοκληρωμένη/iu,
  ],
  [
    'delivered',
    /delivered|received|доставлен|получен|отриман|dostarczon|odebran|entregad|recibid|entregue|recebid|livrée?|reçue?|zugestellt|geliefert|consegnato|bezorgd|afgeleverd|doručen|teslim edildi|배송\s*완료|配達済み|配達完了|تم التسليم|נמסר|livrat|παραδόθηκε|kiszállítva|kézbesítve/iu,
  ],
];

/** The normalised status for the page's status text; 'unknown' when nothing matches. */
export function normaliseStatus(text: string | undefined): OrderStatus {
  if (!text) return 'unknown';
  return RULES.find(([, pattern]) => pattern.test(text))?.[0] ?? 'unknown';
}

/** Whether a short text is a status phrase on its own (used to find status elements without class names). */
export function looksLikeStatus(text: string): boolean {
  return text.length > 0 && text.length <= 40 && normaliseStatus(text) !== 'unknown';
}
