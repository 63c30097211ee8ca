import { defineCatalog } from '../define';
import en from '../locales/en/safety.json';
import uk from '../locales/uk/safety.json';
import pl from '../locales/pl/safety.json';
import el from '../locales/el/safety.json';
import ro from '../locales/ro/safety.json';
import ka from '../locales/ka/safety.json';
import ru from '../locales/ru/safety.json';

/** What the app says when it refuses to act for safety's sake, and when saving fails. Texts: lib/i18n/locales/<lang>/safety.json. */
export const safetyMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
