import { defineCatalog } from '../define';
import en from '../locales/en/orders.json';
import uk from '../locales/uk/orders.json';
import pl from '../locales/pl/orders.json';
import el from '../locales/el/orders.json';
import ro from '../locales/ro/orders.json';
import ka from '../locales/ka/orders.json';
import ru from '../locales/ru/orders.json';

/** Backup and calendar export of orders and deadlines. Texts: lib/i18n/locales/<lang>/orders.json. */
export const ordersMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
