import { defineCatalog } from '../define';

/** What the app says when it refuses to act for safety's sake, and when saving fails. */
export const safetyMessages = defineCatalog({
  en: {
    'safety.embedded.refused': 'This Buyerguard panel works only in the sidebar it opens on a marketplace page. Open Buyerguard with its toolbar button instead.',
    'safety.capture.covered': 'Something on the page covers Buyerguard, so nothing was saved. Move it out of the way and press the button again.',
  },
  uk: {
    'safety.embedded.refused': 'Ця панель Buyerguard працює лише в бічній панелі, яку він сам відкриває на сторінці маркетплейсу. Відкрийте Buyerguard кнопкою на панелі інструментів.',
    'safety.capture.covered': 'Щось на сторінці закриває Buyerguard, тому нічого не збережено. Приберіть це й натисніть кнопку ще раз.',
  },
  pl: {
    'safety.embedded.refused': 'Ten panel Buyerguard działa tylko w panelu bocznym, który Buyerguard sam otwiera na stronie sklepu. Otwórz Buyerguard przyciskiem na pasku narzędzi.',
    'safety.capture.covered': 'Coś na stronie zasłania Buyerguard, więc nic nie zostało zapisane. Odsuń to i naciśnij przycisk jeszcze raz.',
  },
  el: {
    'safety.embedded.refused': 'Αυτό το πλαίσιο του Buyerguard λειτουργεί μόνο στην πλαϊνή στήλη που ανοίγει το ίδιο σε σελίδα αγορών. Ανοίξτε το Buyerguard από το κουμπί του στη γραμμή εργαλείων.',
    'safety.capture.covered': 'Κάτι στη σελίδα καλύπτει το Buyerguard, γι’ αυτό δεν αποθηκεύτηκε τίποτα. Μετακινήστε το και πατήστε ξανά το κουμπί.',
  },
  ro: {
    'safety.embedded.refused': 'Acest panou Buyerguard funcționează doar în bara laterală pe care o deschide chiar el pe pagina magazinului. Deschideți Buyerguard din butonul său din bara de instrumente.',
    'safety.capture.covered': 'Ceva de pe pagină acoperă Buyerguard, așa că nu s-a salvat nimic. Mutați-l din cale și apăsați din nou butonul.',
  },
  ka: {
    'safety.embedded.refused': 'Buyerguard-ის ეს პანელი მუშაობს მხოლოდ იმ გვერდით პანელში, რომელსაც თავად ხსნის მარკეტპლეისის გვერდზე. გახსენით Buyerguard ხელსაწყოთა ზოლის ღილაკით.',
    'safety.capture.covered': 'გვერდზე რაღაც ფარავს Buyerguard-ს, ამიტომ არაფერი შენახულა. გადაწიეთ ის და ისევ დააჭირეთ ღილაკს.',
  },
  ru: {
    'safety.embedded.refused': 'Эта панель Buyerguard работает только в боковой панели, которую он сам открывает на странице маркетплейса. Откройте Buyerguard кнопкой на панели инструментов.',
    'safety.capture.covered': 'Что-то на странице закрывает Buyerguard, поэтому ничего не сохранено. Уберите это и нажмите кнопку ещё раз.',
  },
});
