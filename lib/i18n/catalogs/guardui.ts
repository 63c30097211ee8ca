import { defineCatalog } from '../define';

/**
 * The guard's in-page UI beyond what lib/i18n/catalogs/guard.ts already says:
 * who is speaking (the page could imitate a warning, so the banner names the
 * extension), how a contact was written on the page, what trusting did and
 * where to undo it. {list} is the settings section's own name
 * (app.settings.trustedContacts / app.settings.trustedSites).
 */
export const guarduiMessages = defineCatalog({
  en: {
    'guardui.source': 'Warning from the Buyerguard extension',
    'guardui.writtenAs': 'Written on the page as “{text}”',
    'guardui.trusted.contact': 'You trust {value} now. To undo this, open Buyerguard’s settings, section “{list}”.',
    'guardui.trusted.site': 'No more warnings on {site}. To undo this, open Buyerguard’s settings, section “{list}”.',
    'guardui.close': 'Close',
    'guardui.fought': 'This page tried to hide this warning (removed or covered it). Be careful with the contacts it shows.',
    'guardui.hidden': 'Buyerguard: this page hides a warning about a possible scam contact. Be careful with the contacts it shows.',
  },
  uk: {
    'guardui.source': 'Попередження від розширення Buyerguard',
    'guardui.writtenAs': 'На сторінці написано так: «{text}»',
    'guardui.trusted.contact': 'Тепер ви довіряєте контакту {value}. Скасувати це можна в налаштуваннях Buyerguard, розділ «{list}».',
    'guardui.trusted.site': 'На {site} більше не буде попереджень. Скасувати це можна в налаштуваннях Buyerguard, розділ «{list}».',
    'guardui.close': 'Закрити',
    'guardui.fought': 'Ця сторінка намагалася приховати це попередження (прибрала або перекрила його). Будьте обережні з контактами на ній.',
    'guardui.hidden': 'Buyerguard: ця сторінка приховує попередження про можливий шахрайський контакт. Будьте обережні з контактами на ній.',
  },
  pl: {
    'guardui.source': 'Ostrzeżenie od rozszerzenia Buyerguard',
    'guardui.writtenAs': 'Na stronie zapisane jako „{text}”',
    'guardui.trusted.contact': 'Kontakt {value} jest teraz zaufany. Możesz to cofnąć w ustawieniach Buyerguard, w sekcji „{list}”.',
    'guardui.trusted.site': 'Na {site} nie będzie już ostrzeżeń. Możesz to cofnąć w ustawieniach Buyerguard, w sekcji „{list}”.',
    'guardui.close': 'Zamknij',
    'guardui.fought': 'Ta strona próbowała ukryć to ostrzeżenie (usunęła je lub zasłoniła). Uważaj na podane na niej kontakty.',
    'guardui.hidden': 'Buyerguard: ta strona ukrywa ostrzeżenie o możliwym oszustwie. Uważaj na podane na niej kontakty.',
  },
  el: {
    'guardui.source': 'Προειδοποίηση από την επέκταση Buyerguard',
    'guardui.writtenAs': 'Στη σελίδα γράφεται «{text}»',
    'guardui.trusted.contact': 'Εμπιστεύεστε πλέον το {value}. Μπορείτε να το αναιρέσετε στις ρυθμίσεις του Buyerguard, στην ενότητα «{list}».',
    'guardui.trusted.site': 'Δεν θα εμφανίζονται πια προειδοποιήσεις στο {site}. Μπορείτε να το αναιρέσετε στις ρυθμίσεις του Buyerguard, στην ενότητα «{list}».',
    'guardui.close': 'Κλείσιμο',
    'guardui.fought': 'Αυτή η σελίδα προσπάθησε να κρύψει την προειδοποίηση (την αφαίρεσε ή την κάλυψε). Προσέξτε τις επαφές που εμφανίζει.',
    'guardui.hidden': 'Buyerguard: αυτή η σελίδα κρύβει μια προειδοποίηση για πιθανή επαφή απάτης. Προσέξτε τις επαφές που εμφανίζει.',
  },
  ro: {
    'guardui.source': 'Avertisment de la extensia Buyerguard',
    'guardui.writtenAs': 'Pe pagină apare scris „{text}”',
    'guardui.trusted.contact': 'Acum aveți încredere în {value}. Puteți anula oricând din setările Buyerguard, secțiunea „{list}”.',
    'guardui.trusted.site': 'Nu veți mai primi avertismente pe {site}. Puteți anula oricând din setările Buyerguard, secțiunea „{list}”.',
    'guardui.close': 'Închide',
    'guardui.fought': 'Această pagină a încercat să ascundă avertismentul (l-a eliminat sau l-a acoperit). Fiți atent la datele de contact afișate aici.',
    'guardui.hidden': 'Buyerguard: această pagină ascunde un avertisment despre un posibil contact fraudulos. Fiți atent la datele de contact afișate aici.',
  },
  ka: {
    'guardui.source': 'გაფრთხილება Buyerguard-ის გაფართოებიდან',
    'guardui.writtenAs': 'გვერდზე ასე წერია: „{text}“',
    'guardui.trusted.contact': 'ახლა {value} სანდოა. ამის გაუქმება შეგიძლიათ Buyerguard-ის პარამეტრებში, განყოფილებაში „{list}“.',
    'guardui.trusted.site': '{site}-ზე აღარ გაგაფრთხილებთ. ამის გაუქმება შეგიძლიათ Buyerguard-ის პარამეტრებში, განყოფილებაში „{list}“.',
    'guardui.close': 'დახურვა',
    'guardui.fought': 'ამ გვერდმა ამ გაფრთხილების დამალვა სცადა (წაშალა ან გადაფარა). ფრთხილად იყავით მასზე მითითებულ კონტაქტებთან.',
    'guardui.hidden': 'Buyerguard: ეს გვერდი მალავს გაფრთხილებას შესაძლო თაღლითური კონტაქტის შესახებ. ფრთხილად იყავით მასზე მითითებულ კონტაქტებთან.',
  },
  ru: {
    'guardui.source': 'Предупреждение от расширения Buyerguard',
    'guardui.writtenAs': 'На странице написано так: «{text}»',
    'guardui.trusted.contact': 'Теперь вы доверяете контакту {value}. Отменить это можно в настройках Buyerguard, раздел «{list}».',
    'guardui.trusted.site': 'На {site} больше не будет предупреждений. Отменить это можно в настройках Buyerguard, раздел «{list}».',
    'guardui.close': 'Закрыть',
    'guardui.fought': 'Эта страница пыталась скрыть это предупреждение (удалила или перекрыла его). Будьте осторожны с контактами на ней.',
    'guardui.hidden': 'Buyerguard: эта страница скрывает предупреждение о возможном мошенническом контакте. Будьте осторожны с контактами на ней.',
  },
});
