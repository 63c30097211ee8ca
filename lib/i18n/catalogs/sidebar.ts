import { defineCatalog } from '../define';
import en from '../locales/en/sidebar.json';
import uk from '../locales/uk/sidebar.json';
import pl from '../locales/pl/sidebar.json';
import el from '../locales/el/sidebar.json';
import ro from '../locales/ro/sidebar.json';
import ka from '../locales/ka/sidebar.json';
import ru from '../locales/ru/sidebar.json';

/** The in-page sidebar's edge tab and frame (shown by the marketplace content script). Texts: lib/i18n/locales/<lang>/sidebar.json. */
export const sidebarMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
