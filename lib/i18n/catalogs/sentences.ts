import { defineCatalog } from '../define';
import en from '../locales/en/sentences.json';
import uk from '../locales/uk/sentences.json';
import pl from '../locales/pl/sentences.json';
import el from '../locales/el/sentences.json';
import ro from '../locales/ro/sentences.json';
import ka from '../locales/ka/sentences.json';
import ru from '../locales/ru/sentences.json';

/**
 * The English sentences of drafts, dispute texts and complaints (what is sent),
 * with their glosses in the other languages (what the buyer reads). Keys are
 * named by sentence id, tone, reader and the facts a wording needs; lib/drafts
 * picks and fills them. Texts: lib/i18n/locales/<lang>/sentences.json.
 */
export const sentencesMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
