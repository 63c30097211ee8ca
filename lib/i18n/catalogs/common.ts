import { defineCatalog } from '../define';
import en from '../locales/en/common.json';
import uk from '../locales/uk/common.json';
import pl from '../locales/pl/common.json';
import el from '../locales/el/common.json';
import ro from '../locales/ro/common.json';
import ka from '../locales/ka/common.json';
import ru from '../locales/ru/common.json';

/** Words and form errors shared by every screen. Texts: lib/i18n/locales/<lang>/common.json. */
export const commonMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
