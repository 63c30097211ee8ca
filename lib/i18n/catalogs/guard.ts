import { defineCatalog } from '../define';
import en from '../locales/en/guard.json';
import uk from '../locales/uk/guard.json';
import pl from '../locales/pl/guard.json';
import el from '../locales/el/guard.json';
import ro from '../locales/ro/guard.json';
import ka from '../locales/ka/guard.json';
import ru from '../locales/ru/guard.json';

/** The scam-contact guard: banner, reasons, the official way instead, actions, link confirmations and settings. Texts: lib/i18n/locales/<lang>/guard.json. */
export const guardMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
