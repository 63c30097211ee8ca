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
  },
  uk: {
    'guardui.source': 'Попередження від розширення Buyerguard',
    'guardui.writtenAs': 'На сторінці написано так: «{text}»',
    'guardui.trusted.contact': 'Тепер ви довіряєте контакту {value}. Скасувати це можна в налаштуваннях Buyerguard, розділ «{list}».',
    'guardui.trusted.site': 'На {site} більше не буде попереджень. Скасувати це можна в налаштуваннях Buyerguard, розділ «{list}».',
    'guardui.close': 'Закрити',
  },
  pl: {
    'guardui.source': 'Ostrzeżenie od rozszerzenia Buyerguard',
    'guardui.writtenAs': 'Na stronie zapisane jako „{text}”',
    'guardui.trusted.contact': 'Kontakt {value} jest teraz zaufany. Możesz to cofnąć w ustawieniach Buyerguard, w sekcji „{list}”.',
    'guardui.trusted.site': 'Na {site} nie będzie już ostrzeżeń. Możesz to cofnąć w ustawieniach Buyerguard, w sekcji „{list}”.',
    'guardui.close': 'Zamknij',
  },
  el: {
    'guardui.source': 'Προειδοποίηση από την επέκταση Buyerguard',
    'guardui.writtenAs': 'Στη σελίδα γράφεται «{text}»',
    'guardui.trusted.contact': 'Εμπιστεύεστε πλέον το {value}. Μπορείτε να το αναιρέσετε στις ρυθμίσεις του Buyerguard, στην ενότητα «{list}».',
    'guardui.trusted.site': 'Δεν θα εμφανίζονται πια προειδοποιήσεις στο {site}. Μπορείτε να το αναιρέσετε στις ρυθμίσεις του Buyerguard, στην ενότητα «{list}».',
    'guardui.close': 'Κλείσιμο',
  },
  ro: {
    'guardui.source': 'Avertisment de la extensia Buyerguard',
    'guardui.writtenAs': 'Pe pagină apare scris „{text}”',
    'guardui.trusted.contact': 'Acum ai încredere în {value}. Poți anula oricând din setările Buyerguard, secțiunea „{list}”.',
    'guardui.trusted.site': 'Nu mai primești avertismente pe {site}. Poți anula oricând din setările Buyerguard, secțiunea „{list}”.',
    'guardui.close': 'Închide',
  },
  ka: {
    'guardui.source': 'გაფრთხილება Buyerguard-ის გაფართოებიდან',
    'guardui.writtenAs': 'გვერდზე ასე წერია: „{text}“',
    'guardui.trusted.contact': 'ახლა {value} სანდოა. ამის გაუქმება შეგიძლიათ Buyerguard-ის პარამეტრებში, განყოფილებაში „{list}“.',
    'guardui.trusted.site': '{site}-ზე აღარ გაგაფრთხილებთ. ამის გაუქმება შეგიძლიათ Buyerguard-ის პარამეტრებში, განყოფილებაში „{list}“.',
    'guardui.close': 'დახურვა',
  },
  ru: {
    'guardui.source': 'Предупреждение от расширения Buyerguard',
    'guardui.writtenAs': 'На странице написано так: «{text}»',
    'guardui.trusted.contact': 'Теперь вы доверяете контакту {value}. Отменить это можно в настройках Buyerguard, раздел «{list}».',
    'guardui.trusted.site': 'На {site} больше не будет предупреждений. Отменить это можно в настройках Buyerguard, раздел «{list}».',
    'guardui.close': 'Закрыть',
  },
});
