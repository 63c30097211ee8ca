import { defineCatalog } from '../define';

/** Strings of the in-page sidebar's edge tab and frame (shown by the marketplace content script). */
export const sidebarMessages = defineCatalog({
  en: {
    'sidebar.open': 'Open Buyerguard',
    'sidebar.close': 'Close Buyerguard',
    'sidebar.dueSoon': { one: '{count} deadline due within 3 days', other: '{count} deadlines due within 3 days' },
    'sidebar.frameTitle': 'Buyerguard: your orders and deadlines',
  },
  uk: {
    'sidebar.open': 'Відкрити Buyerguard',
    'sidebar.close': 'Закрити Buyerguard',
    'sidebar.dueSoon': {
      one: '{count} строк спливає протягом 3 днів',
      few: '{count} строки спливають протягом 3 днів',
      many: '{count} строків спливають протягом 3 днів',
      other: '{count} строку спливає протягом 3 днів',
    },
    'sidebar.frameTitle': 'Buyerguard: ваші замовлення та строки',
  },
  pl: {
    'sidebar.open': 'Otwórz Buyerguard',
    'sidebar.close': 'Zamknij Buyerguard',
    'sidebar.dueSoon': {
      one: '{count} termin mija w ciągu 3 dni',
      few: '{count} terminy mijają w ciągu 3 dni',
      many: '{count} terminów mija w ciągu 3 dni',
      other: '{count} terminu mija w ciągu 3 dni',
    },
    'sidebar.frameTitle': 'Buyerguard: Twoje zamówienia i terminy',
  },
  el: {
    'sidebar.open': 'Άνοιγμα του Buyerguard',
    'sidebar.close': 'Κλείσιμο του Buyerguard',
    'sidebar.dueSoon': { one: '{count} προθεσμία λήγει μέσα σε 3 ημέρες', other: '{count} προθεσμίες λήγουν μέσα σε 3 ημέρες' },
    'sidebar.frameTitle': 'Buyerguard: οι παραγγελίες και οι προθεσμίες σας',
  },
  ro: {
    'sidebar.open': 'Deschide Buyerguard',
    'sidebar.close': 'Închide Buyerguard',
    'sidebar.dueSoon': {
      one: '{count} termen expiră în 3 zile',
      few: '{count} termene expiră în 3 zile',
      other: '{count} de termene expiră în 3 zile',
    },
    'sidebar.frameTitle': 'Buyerguard: comenzile și termenele tale',
  },
  ka: {
    'sidebar.open': 'Buyerguard-ის გახსნა',
    'sidebar.close': 'Buyerguard-ის დახურვა',
    'sidebar.dueSoon': { one: '{count} ვადა იწურება 3 დღეში', other: '{count} ვადა იწურება 3 დღეში' },
    'sidebar.frameTitle': 'Buyerguard: თქვენი შეკვეთები და ვადები',
  },
  ru: {
    'sidebar.open': 'Открыть Buyerguard',
    'sidebar.close': 'Закрыть Buyerguard',
    'sidebar.dueSoon': {
      one: '{count} срок истекает в течение 3 дней',
      few: '{count} срока истекают в течение 3 дней',
      many: '{count} сроков истекают в течение 3 дней',
      other: '{count} срока истекает в течение 3 дней',
    },
    'sidebar.frameTitle': 'Buyerguard: ваши заказы и сроки',
  },
});
