import { defineCatalog } from '../define';
import en from '../locales/en/app.json';
import uk from '../locales/uk/app.json';
import pl from '../locales/pl/app.json';
import el from '../locales/el/app.json';
import ro from '../locales/ro/app.json';
import ka from '../locales/ka/app.json';
import ru from '../locales/ru/app.json';

/** The extension page: order list, order page, order form, capture bar and settings. Texts: lib/i18n/locales/<lang>/app.json. */
export const appMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
