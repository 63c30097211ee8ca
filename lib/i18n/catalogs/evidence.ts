import { defineCatalog } from '../define';
import en from '../locales/en/evidence.json';
import uk from '../locales/uk/evidence.json';
import pl from '../locales/pl/evidence.json';
import el from '../locales/el/evidence.json';
import ro from '../locales/ro/evidence.json';
import ka from '../locales/ka/evidence.json';
import ru from '../locales/ru/evidence.json';

/** The evidence tab and the evidence pack's index.html. Texts: lib/i18n/locales/<lang>/evidence.json. */
export const evidenceMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
