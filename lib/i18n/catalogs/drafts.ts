import { defineCatalog } from '../define';
import en from '../locales/en/drafts.json';
import uk from '../locales/uk/drafts.json';
import pl from '../locales/pl/drafts.json';
import el from '../locales/el/drafts.json';
import ro from '../locales/ro/drafts.json';
import ka from '../locales/ka/drafts.json';
import ru from '../locales/ru/drafts.json';

/** The questions, choices and steps of the draft composer, dispute text and complaint wizard (the English sentences and their glosses are the `sentences` area). Texts: lib/i18n/locales/<lang>/drafts.json. */
export const draftsMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
