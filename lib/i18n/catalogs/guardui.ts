import { defineCatalog } from '../define';
import en from '../locales/en/guardui.json';
import uk from '../locales/uk/guardui.json';
import pl from '../locales/pl/guardui.json';
import el from '../locales/el/guardui.json';
import ro from '../locales/ro/guardui.json';
import ka from '../locales/ka/guardui.json';
import ru from '../locales/ru/guardui.json';

/** The guard's in-page UI beyond guard.json: who is speaking, how a contact was written, what trusting did and where to undo it. Texts: lib/i18n/locales/<lang>/guardui.json. */
export const guarduiMessages = defineCatalog({ en, uk, pl, el, ro, ka, ru });
