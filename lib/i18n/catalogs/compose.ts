import { defineCatalog } from '../define';
import en from '../locales/en/compose.json';
import uk from '../locales/uk/compose.json';
import pl from '../locales/pl/compose.json';
import el from '../locales/el/compose.json';
import ro from '../locales/ro/compose.json';
import ka from '../locales/ka/compose.json';
import ru from '../locales/ru/compose.json';

/** Around the drafting engine: message log, saving a conversation from the page, the composer's buttons and results, dispute text and complaint wizard screens. Texts: lib/i18n/locales/<lang>/compose.json. */
export const composeMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
