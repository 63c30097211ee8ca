import { defineCatalog } from '../define';
import en from '../locales/en/deadlines.json';
import uk from '../locales/uk/deadlines.json';
import pl from '../locales/pl/deadlines.json';
import el from '../locales/el/deadlines.json';
import ro from '../locales/ro/deadlines.json';
import ka from '../locales/ka/deadlines.json';
import ru from '../locales/ru/deadlines.json';

/** Deadline names, how a date was derived and from which source, countdowns, urgency, reminder notifications and calendar events. Texts: lib/i18n/locales/<lang>/deadlines.json. */
export const deadlinesMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
