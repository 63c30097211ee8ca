import { describe, expect, it } from 'vitest';
import { looksLikeStatus, normaliseStatus } from '../../../lib/marketplaces/shared/readers/status';

describe('normaliseStatus', () => {
  it.each([
    // English
    ['Awaiting payment', 'awaiting-payment'],
    ['Awaiting shipment', 'awaiting-shipment'],
    ['Awaiting delivery', 'shipped'],
    ['Shipped', 'shipped'],
    ['Delivered', 'delivered'],
    ['Completed', 'completed'],
    ['Cancelled', 'cancelled'],
    ['Order closed', 'cancelled'],
    ['Dispute in progress', 'dispute'],
    // Russian
    ['Ожидает оплаты', 'awaiting-payment'],
    ['Ожидает отправки', 'awaiting-shipment'],
    ['Отправлен', 'shipped'],
    ['Ожидает получения', 'shipped'],
    ['Доставлен', 'delivered'],
    ['Завершён', 'completed'],
    ['Заказ закрыт', 'cancelled'],
    ['Открыт спор', 'dispute'],
    // Ukrainian
    ['Очікує оплати', 'awaiting-payment'],
    ['Очікує відправлення', 'awaiting-shipment'],
    ['Відправлено', 'shipped'],
    ['Скасовано', 'cancelled'],
    // Polish
    ['Oczekuje na płatność', 'awaiting-payment'],
    ['Oczekuje na wysyłkę', 'awaiting-shipment'],
    ['Wysłane', 'shipped'],
    ['Dostarczone', 'delivered'],
    ['Zakończone', 'completed'],
    ['Anulowane', 'cancelled'],
    // Spanish
    ['Pendiente de pago', 'awaiting-payment'],
    ['Pendiente de envío', 'awaiting-shipment'],
    ['Enviado', 'shipped'],
    ['Entregado', 'delivered'],
    ['Completado', 'completed'],
    ['Cancelado', 'cancelled'],
    ['Disputa abierta', 'dispute'],
    // Portuguese
    ['Aguardando pagamento', 'awaiting-payment'],
    ['Aguardando envio', 'awaiting-shipment'],
    ['Em trânsito', 'shipped'],
    ['Entregue', 'delivered'],
    ['Concluído', 'completed'],
    // French
    ['En attente de paiement', 'awaiting-payment'],
    ["En attente d'expédition", 'awaiting-shipment'],
    ['Expédiée', 'shipped'],
    ['Livrée', 'delivered'],
    ['Terminée', 'completed'],
    ['Annulée', 'cancelled'],
    ['Litige en cours', 'dispute'],
    // The site's own codes, from embedded data
    ['WAIT_SELLER_SEND_GOODS', 'awaiting-shipment'],
    ['WAIT_BUYER_ACCEPT_GOODS', 'shipped'],
    ['FINISH', 'completed'],
    ['IN_ISSUE', 'dispute'],
  ])('%s → %s', (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });

  it('is unknown for other text', () => {
    expect(normaliseStatus('Спортивные кроссовки мужские')).toBe('unknown');
    expect(normaliseStatus('Wireless Earbuds')).toBe('unknown');
    expect(normaliseStatus(undefined)).toBe('unknown');
  });

  it('takes a short phrase as a status, not a long sentence', () => {
    expect(looksLikeStatus('Shipped')).toBe(true);
    expect(looksLikeStatus('Shipped with the fastest carrier to your door, tracked all the way')).toBe(false);
  });
});
