import { defineCatalog } from '../define';

/*
 * Deadlines: names of each kind, how a date was derived and where the figure
 * comes from, countdowns, urgency, reminder notifications and calendar events.
 * {date} is already formatted for the locale; {order} is the caller's label
 * for the order (its number or title); {marketplace} the brand name.
 */
export const deadlinesMessages = defineCatalog({
  en: {
    'deadlines.kind.disputeOpens': 'Dispute can be opened',
    'deadlines.kind.extendProtectionAsk': 'Ask the seller to extend protection',
    'deadlines.kind.protectionEnd': 'Buyer protection ends',
    'deadlines.kind.disputeLastDay': 'Last day to open a dispute',
    'deadlines.kind.sellerResponseDue': 'Seller’s answer due',
    'deadlines.kind.marketplaceStepsIn': '{marketplace} steps in',
    'deadlines.kind.complaintAnswerExpected': 'Complaint answer expected',

    'deadlines.estimate': 'estimate',
    'deadlines.estimateHint': 'Sources disagree about this date. If the order page shows a countdown, trust that instead.',
    'deadlines.alternatives': 'Sources give different numbers of days: {figures}.',
    'deadlines.setByYou': 'set by you',
    'deadlines.computedWas': 'Calculated date: {date}',

    'deadlines.derivation.afterShipped': {
      one: '{count} day after the seller shipped the order ({date})',
      other: '{count} days after the seller shipped the order ({date})',
    },
    'deadlines.derivation.afterProtectionEnd': {
      one: '{count} day after buyer protection ends ({date})',
      other: '{count} days after buyer protection ends ({date})',
    },
    'deadlines.derivation.beforeProtectionEnd': {
      one: '{count} day before buyer protection ends ({date})',
      other: '{count} days before buyer protection ends ({date})',
    },
    'deadlines.derivation.afterDelivered': {
      one: '{count} day after tracking showed the parcel as delivered ({date})',
      other: '{count} days after tracking showed the parcel as delivered ({date})',
    },
    'deadlines.derivation.afterConfirmed': {
      one: '{count} day after you confirmed receipt ({date})',
      other: '{count} days after you confirmed receipt ({date})',
    },
    'deadlines.derivation.afterDisputeOpened': {
      one: '{count} day after the dispute was opened ({date})',
      other: '{count} days after the dispute was opened ({date})',
    },
    'deadlines.derivation.afterComplaint': {
      one: '{count} day after you submitted the complaint ({date})',
      other: '{count} days after you submitted the complaint ({date})',
    },
    'deadlines.derivation.pageCountdown': 'Countdown on the order page, as seen on {date}',
    'deadlines.derivation.user': 'Date you entered',

    'deadlines.source.guides': 'Source: buyer guides ({refs})',
    'deadlines.source.guidesAndHelp': 'Source: buyer guides ({refs}) and marketplace help pages',
    'deadlines.source.help': 'Source: marketplace help pages and buyer guides',
    'deadlines.source.page': 'Source: the order page',
    'deadlines.source.user': 'Source: you',

    'deadlines.countdown.daysLeft': { one: '{count} day left', other: '{count} days left' },
    'deadlines.countdown.hoursLeft': { one: '{count} hour left', other: '{count} hours left' },
    'deadlines.countdown.minutesLeft': { one: '{count} minute left', other: '{count} minutes left' },
    'deadlines.countdown.overdueDays': { one: 'Overdue by {count} day', other: 'Overdue by {count} days' },
    'deadlines.countdown.overdueHours': { one: 'Overdue by {count} hour', other: 'Overdue by {count} hours' },
    'deadlines.countdown.overdueMinutes': { one: 'Overdue by {count} minute', other: 'Overdue by {count} minutes' },

    'deadlines.urgency.overdue': 'Overdue',
    'deadlines.urgency.today': 'Due today',
    'deadlines.urgency.within3Days': 'Within 3 days',
    'deadlines.urgency.within7Days': 'Within a week',
    'deadlines.urgency.later': 'Later',
    'deadlines.urgency.passed': 'Passed',

    'deadlines.reminder.title': '{kind}: {when}',
    'deadlines.reminder.body.disputeOpens': '{order}: if something is wrong with this order, you can open a dispute from {date}.',
    'deadlines.reminder.body.extendProtectionAsk':
      '{order}: parcel still not here? Ask the seller to extend buyer protection now. Protection ends {date}.',
    'deadlines.reminder.body.protectionEnd':
      '{order}: buyer protection ends {date}. If the parcel has not arrived or is not as described, open a dispute before then.',
    'deadlines.reminder.body.disputeLastDay':
      '{order}: {date} is the last day to open a dispute. After that you can no longer get your money back through a dispute.',
    'deadlines.reminder.body.sellerResponseDue':
      '{order}: the seller should answer your dispute by {date}. Check the dispute and reply if needed.',
    'deadlines.reminder.body.marketplaceStepsIn':
      '{order}: if you and the seller have not agreed by {date}, {marketplace} will decide. Make sure your evidence is attached.',
    'deadlines.reminder.body.complaintAnswerExpected':
      'The answer to your complaint about {order} is expected by {date}. Check the Complaint Center and your e-mail; there is no need to submit it again.',
    'deadlines.reminder.estimateNote': 'The date is an estimate: check the order page.',
    'deadlines.reminder.openOrder': 'Open order',
    'deadlines.reminder.snooze': 'Remind me later',

    'deadlines.calendar.title': '{kind} · {order}',
    'deadlines.calendar.titleEstimate': '{kind} (estimate) · {order}',
    'deadlines.calendar.order': 'Order: {order}',
    'deadlines.calendar.name': 'Buyerguard: order deadlines',
  },
  uk: {
    'deadlines.kind.disputeOpens': 'Можна відкрити спір',
    'deadlines.kind.extendProtectionAsk': 'Попросіть продавця продовжити захист',
    'deadlines.kind.protectionEnd': 'Кінець захисту покупця',
    'deadlines.kind.disputeLastDay': 'Останній день, щоб відкрити спір',
    'deadlines.kind.sellerResponseDue': 'Строк відповіді продавця',
    'deadlines.kind.marketplaceStepsIn': 'Втручається {marketplace}',
    'deadlines.kind.complaintAnswerExpected': 'Очікувана відповідь на скаргу',

    'deadlines.estimate': 'орієнтовно',
    'deadlines.estimateHint': 'Джерела називають різні строки. Якщо на сторінці замовлення є зворотний відлік, орієнтуйтеся на нього.',
    'deadlines.alternatives': 'Джерела називають різну кількість днів: {figures}.',
    'deadlines.setByYou': 'задано вами',
    'deadlines.computedWas': 'Розрахована дата: {date}',

    'deadlines.derivation.afterShipped': {
      one: 'Через {count} день після того, як продавець відправив замовлення ({date})',
      few: 'Через {count} дні після того, як продавець відправив замовлення ({date})',
      many: 'Через {count} днів після того, як продавець відправив замовлення ({date})',
      other: 'Через {count} дня після того, як продавець відправив замовлення ({date})',
    },
    'deadlines.derivation.afterProtectionEnd': {
      one: 'Через {count} день після закінчення захисту покупця ({date})',
      few: 'Через {count} дні після закінчення захисту покупця ({date})',
      many: 'Через {count} днів після закінчення захисту покупця ({date})',
      other: 'Через {count} дня після закінчення захисту покупця ({date})',
    },
    'deadlines.derivation.beforeProtectionEnd': {
      one: 'За {count} день до закінчення захисту покупця ({date})',
      few: 'За {count} дні до закінчення захисту покупця ({date})',
      many: 'За {count} днів до закінчення захисту покупця ({date})',
      other: 'За {count} дня до закінчення захисту покупця ({date})',
    },
    'deadlines.derivation.afterDelivered': {
      one: 'Через {count} день після того, як трекінг показав доставку ({date})',
      few: 'Через {count} дні після того, як трекінг показав доставку ({date})',
      many: 'Через {count} днів після того, як трекінг показав доставку ({date})',
      other: 'Через {count} дня після того, як трекінг показав доставку ({date})',
    },
    'deadlines.derivation.afterConfirmed': {
      one: 'Через {count} день після того, як ви підтвердили отримання ({date})',
      few: 'Через {count} дні після того, як ви підтвердили отримання ({date})',
      many: 'Через {count} днів після того, як ви підтвердили отримання ({date})',
      other: 'Через {count} дня після того, як ви підтвердили отримання ({date})',
    },
    'deadlines.derivation.afterDisputeOpened': {
      one: 'Через {count} день після відкриття спору ({date})',
      few: 'Через {count} дні після відкриття спору ({date})',
      many: 'Через {count} днів після відкриття спору ({date})',
      other: 'Через {count} дня після відкриття спору ({date})',
    },
    'deadlines.derivation.afterComplaint': {
      one: 'Через {count} день після подання скарги ({date})',
      few: 'Через {count} дні після подання скарги ({date})',
      many: 'Через {count} днів після подання скарги ({date})',
      other: 'Через {count} дня після подання скарги ({date})',
    },
    'deadlines.derivation.pageCountdown': 'Зворотний відлік на сторінці замовлення станом на {date}',
    'deadlines.derivation.user': 'Дата, яку ви ввели',

    'deadlines.source.guides': 'Джерело: поради для покупців ({refs})',
    'deadlines.source.guidesAndHelp': 'Джерело: поради для покупців ({refs}) і довідка маркетплейсу',
    'deadlines.source.help': 'Джерело: довідка маркетплейсу та поради для покупців',
    'deadlines.source.page': 'Джерело: сторінка замовлення',
    'deadlines.source.user': 'Джерело: ви',

    'deadlines.countdown.daysLeft': {
      one: 'Залишився {count} день',
      few: 'Залишилося {count} дні',
      many: 'Залишилося {count} днів',
      other: 'Залишилося {count} дня',
    },
    'deadlines.countdown.hoursLeft': {
      one: 'Залишилася {count} година',
      few: 'Залишилося {count} години',
      many: 'Залишилося {count} годин',
      other: 'Залишилося {count} години',
    },
    'deadlines.countdown.minutesLeft': {
      one: 'Залишилася {count} хвилина',
      few: 'Залишилося {count} хвилини',
      many: 'Залишилося {count} хвилин',
      other: 'Залишилося {count} хвилини',
    },
    'deadlines.countdown.overdueDays': {
      one: 'Прострочено на {count} день',
      few: 'Прострочено на {count} дні',
      many: 'Прострочено на {count} днів',
      other: 'Прострочено на {count} дня',
    },
    'deadlines.countdown.overdueHours': {
      one: 'Прострочено на {count} годину',
      few: 'Прострочено на {count} години',
      many: 'Прострочено на {count} годин',
      other: 'Прострочено на {count} години',
    },
    'deadlines.countdown.overdueMinutes': {
      one: 'Прострочено на {count} хвилину',
      few: 'Прострочено на {count} хвилини',
      many: 'Прострочено на {count} хвилин',
      other: 'Прострочено на {count} хвилини',
    },

    'deadlines.urgency.overdue': 'Прострочено',
    'deadlines.urgency.today': 'Сьогодні',
    'deadlines.urgency.within3Days': 'Протягом 3 днів',
    'deadlines.urgency.within7Days': 'Протягом тижня',
    'deadlines.urgency.later': 'Пізніше',
    'deadlines.urgency.passed': 'Минуло',

    'deadlines.reminder.title': '{kind}: {when}',
    'deadlines.reminder.body.disputeOpens': '{order}: якщо із замовленням щось не так, спір можна відкрити з {date}.',
    'deadlines.reminder.body.extendProtectionAsk':
      '{order}: посилка досі не прийшла? Попросіть продавця продовжити захист покупця вже зараз. Захист закінчується {date}.',
    'deadlines.reminder.body.protectionEnd':
      '{order}: захист покупця закінчується {date}. Якщо посилка не прийшла або товар не відповідає опису, відкрийте спір до цього часу.',
    'deadlines.reminder.body.disputeLastDay':
      '{order}: {date} — останній день, щоб відкрити спір. Після цього повернути гроші через спір уже не вийде.',
    'deadlines.reminder.body.sellerResponseDue':
      '{order}: продавець має відповісти на спір до {date}. Перевірте спір і, якщо потрібно, дайте відповідь.',
    'deadlines.reminder.body.marketplaceStepsIn':
      '{order}: якщо до {date} ви з продавцем не домовитеся, рішення ухвалить {marketplace}. Переконайтеся, що всі докази додано.',
    'deadlines.reminder.body.complaintAnswerExpected':
      'Відповідь на скаргу щодо {order} очікується до {date}. Перевіряйте Центр скарг і пошту; подавати скаргу вдруге не потрібно.',
    'deadlines.reminder.estimateNote': 'Дата орієнтовна: перевірте сторінку замовлення.',
    'deadlines.reminder.openOrder': 'Відкрити замовлення',
    'deadlines.reminder.snooze': 'Нагадати пізніше',

    'deadlines.calendar.title': '{kind} · {order}',
    'deadlines.calendar.titleEstimate': '{kind} (орієнтовно) · {order}',
    'deadlines.calendar.order': 'Замовлення: {order}',
    'deadlines.calendar.name': 'Buyerguard: строки замовлень',
  },
  pl: {
    'deadlines.kind.disputeOpens': 'Można otworzyć spór',
    'deadlines.kind.extendProtectionAsk': 'Poproś sprzedawcę o przedłużenie ochrony',
    'deadlines.kind.protectionEnd': 'Koniec ochrony kupującego',
    'deadlines.kind.disputeLastDay': 'Ostatni dzień na otwarcie sporu',
    'deadlines.kind.sellerResponseDue': 'Termin odpowiedzi sprzedawcy',
    'deadlines.kind.marketplaceStepsIn': '{marketplace} włącza się do sporu',
    'deadlines.kind.complaintAnswerExpected': 'Spodziewana odpowiedź na skargę',

    'deadlines.estimate': 'szacunkowo',
    'deadlines.estimateHint': 'Źródła podają różne terminy. Jeśli na stronie zamówienia widać odliczanie, kieruj się nim.',
    'deadlines.alternatives': 'Źródła podają różną liczbę dni: {figures}.',
    'deadlines.setByYou': 'ustawiono ręcznie',
    'deadlines.computedWas': 'Wyliczona data: {date}',

    'deadlines.derivation.afterShipped': {
      one: '{count} dzień po wysłaniu zamówienia przez sprzedawcę ({date})',
      few: '{count} dni po wysłaniu zamówienia przez sprzedawcę ({date})',
      many: '{count} dni po wysłaniu zamówienia przez sprzedawcę ({date})',
      other: '{count} dnia po wysłaniu zamówienia przez sprzedawcę ({date})',
    },
    'deadlines.derivation.afterProtectionEnd': {
      one: '{count} dzień po zakończeniu ochrony kupującego ({date})',
      few: '{count} dni po zakończeniu ochrony kupującego ({date})',
      many: '{count} dni po zakończeniu ochrony kupującego ({date})',
      other: '{count} dnia po zakończeniu ochrony kupującego ({date})',
    },
    'deadlines.derivation.beforeProtectionEnd': {
      one: '{count} dzień przed końcem ochrony kupującego ({date})',
      few: '{count} dni przed końcem ochrony kupującego ({date})',
      many: '{count} dni przed końcem ochrony kupującego ({date})',
      other: '{count} dnia przed końcem ochrony kupującego ({date})',
    },
    'deadlines.derivation.afterDelivered': {
      one: '{count} dzień po tym, jak śledzenie przesyłki pokazało doręczenie ({date})',
      few: '{count} dni po tym, jak śledzenie przesyłki pokazało doręczenie ({date})',
      many: '{count} dni po tym, jak śledzenie przesyłki pokazało doręczenie ({date})',
      other: '{count} dnia po tym, jak śledzenie przesyłki pokazało doręczenie ({date})',
    },
    'deadlines.derivation.afterConfirmed': {
      one: '{count} dzień po potwierdzeniu odbioru ({date})',
      few: '{count} dni po potwierdzeniu odbioru ({date})',
      many: '{count} dni po potwierdzeniu odbioru ({date})',
      other: '{count} dnia po potwierdzeniu odbioru ({date})',
    },
    'deadlines.derivation.afterDisputeOpened': {
      one: '{count} dzień po otwarciu sporu ({date})',
      few: '{count} dni po otwarciu sporu ({date})',
      many: '{count} dni po otwarciu sporu ({date})',
      other: '{count} dnia po otwarciu sporu ({date})',
    },
    'deadlines.derivation.afterComplaint': {
      one: '{count} dzień po złożeniu skargi ({date})',
      few: '{count} dni po złożeniu skargi ({date})',
      many: '{count} dni po złożeniu skargi ({date})',
      other: '{count} dnia po złożeniu skargi ({date})',
    },
    'deadlines.derivation.pageCountdown': 'Odliczanie na stronie zamówienia, stan z {date}',
    'deadlines.derivation.user': 'Data wpisana ręcznie',

    'deadlines.source.guides': 'Źródło: poradniki dla kupujących ({refs})',
    'deadlines.source.guidesAndHelp': 'Źródło: poradniki dla kupujących ({refs}) i strony pomocy serwisu',
    'deadlines.source.help': 'Źródło: strony pomocy serwisu i poradniki dla kupujących',
    'deadlines.source.page': 'Źródło: strona zamówienia',
    'deadlines.source.user': 'Źródło: wpis ręczny',

    'deadlines.countdown.daysLeft': {
      one: 'Został {count} dzień',
      few: 'Zostały {count} dni',
      many: 'Zostało {count} dni',
      other: 'Zostało {count} dnia',
    },
    'deadlines.countdown.hoursLeft': {
      one: 'Została {count} godzina',
      few: 'Zostały {count} godziny',
      many: 'Zostało {count} godzin',
      other: 'Zostało {count} godziny',
    },
    'deadlines.countdown.minutesLeft': {
      one: 'Została {count} minuta',
      few: 'Zostały {count} minuty',
      many: 'Zostało {count} minut',
      other: 'Zostało {count} minuty',
    },
    'deadlines.countdown.overdueDays': {
      one: 'Termin minął {count} dzień temu',
      few: 'Termin minął {count} dni temu',
      many: 'Termin minął {count} dni temu',
      other: 'Termin minął {count} dnia temu',
    },
    'deadlines.countdown.overdueHours': {
      one: 'Termin minął {count} godzinę temu',
      few: 'Termin minął {count} godziny temu',
      many: 'Termin minął {count} godzin temu',
      other: 'Termin minął {count} godziny temu',
    },
    'deadlines.countdown.overdueMinutes': {
      one: 'Termin minął {count} minutę temu',
      few: 'Termin minął {count} minuty temu',
      many: 'Termin minął {count} minut temu',
      other: 'Termin minął {count} minuty temu',
    },

    'deadlines.urgency.overdue': 'Po terminie',
    'deadlines.urgency.today': 'Dziś',
    'deadlines.urgency.within3Days': 'W ciągu 3 dni',
    'deadlines.urgency.within7Days': 'W ciągu tygodnia',
    'deadlines.urgency.later': 'Później',
    'deadlines.urgency.passed': 'Minęło',

    'deadlines.reminder.title': '{kind}: {when}',
    'deadlines.reminder.body.disputeOpens': '{order}: jeśli coś jest nie tak z zamówieniem, spór możesz otworzyć od {date}.',
    'deadlines.reminder.body.extendProtectionAsk':
      '{order}: paczka wciąż nie dotarła? Już teraz poproś sprzedawcę o przedłużenie ochrony kupującego. Ochrona kończy się {date}.',
    'deadlines.reminder.body.protectionEnd':
      '{order}: ochrona kupującego kończy się {date}. Jeśli paczka nie dotarła albo towar jest niezgodny z opisem, otwórz spór przed tym terminem.',
    'deadlines.reminder.body.disputeLastDay':
      '{order}: {date} to ostatni dzień na otwarcie sporu. Później nie odzyskasz już pieniędzy przez spór.',
    'deadlines.reminder.body.sellerResponseDue':
      '{order}: sprzedawca powinien odpowiedzieć na spór do {date}. Sprawdź spór i w razie potrzeby odpowiedz.',
    'deadlines.reminder.body.marketplaceStepsIn':
      '{order}: jeśli do {date} nie dojdziesz do porozumienia ze sprzedawcą, decyzję podejmie {marketplace}. Upewnij się, że dowody są dołączone.',
    'deadlines.reminder.body.complaintAnswerExpected':
      'Odpowiedź na skargę dotyczącą {order} powinna przyjść do {date}. Sprawdzaj Centrum skarg i pocztę; nie składaj skargi ponownie.',
    'deadlines.reminder.estimateNote': 'To data szacunkowa: sprawdź stronę zamówienia.',
    'deadlines.reminder.openOrder': 'Otwórz zamówienie',
    'deadlines.reminder.snooze': 'Przypomnij później',

    'deadlines.calendar.title': '{kind} · {order}',
    'deadlines.calendar.titleEstimate': '{kind} (szacunkowo) · {order}',
    'deadlines.calendar.order': 'Zamówienie: {order}',
    'deadlines.calendar.name': 'Buyerguard: terminy zamówień',
  },
  el: {
    'deadlines.kind.disputeOpens': 'Μπορείτε να ανοίξετε διαφορά',
    'deadlines.kind.extendProtectionAsk': 'Ζητήστε από τον πωλητή παράταση της προστασίας',
    'deadlines.kind.protectionEnd': 'Λήξη προστασίας αγοραστή',
    'deadlines.kind.disputeLastDay': 'Τελευταία μέρα για άνοιγμα διαφοράς',
    'deadlines.kind.sellerResponseDue': 'Προθεσμία απάντησης του πωλητή',
    'deadlines.kind.marketplaceStepsIn': 'Παρεμβαίνει το {marketplace}',
    'deadlines.kind.complaintAnswerExpected': 'Αναμενόμενη απάντηση στην καταγγελία',

    'deadlines.estimate': 'κατ’ εκτίμηση',
    'deadlines.estimateHint':
      'Οι πηγές διαφωνούν για αυτή την ημερομηνία. Αν η σελίδα της παραγγελίας δείχνει αντίστροφη μέτρηση, βασιστείτε σε εκείνη.',
    'deadlines.alternatives': 'Οι πηγές αναφέρουν διαφορετικό αριθμό ημερών: {figures}.',
    'deadlines.setByYou': 'ορίστηκε από εσάς',
    'deadlines.computedWas': 'Υπολογισμένη ημερομηνία: {date}',

    'deadlines.derivation.afterShipped': {
      one: '{count} ημέρα αφότου ο πωλητής έστειλε την παραγγελία ({date})',
      other: '{count} ημέρες αφότου ο πωλητής έστειλε την παραγγελία ({date})',
    },
    'deadlines.derivation.afterProtectionEnd': {
      one: '{count} ημέρα μετά τη λήξη της προστασίας αγοραστή ({date})',
      other: '{count} ημέρες μετά τη λήξη της προστασίας αγοραστή ({date})',
    },
    'deadlines.derivation.beforeProtectionEnd': {
      one: '{count} ημέρα πριν από τη λήξη της προστασίας αγοραστή ({date})',
      other: '{count} ημέρες πριν από τη λήξη της προστασίας αγοραστή ({date})',
    },
    'deadlines.derivation.afterDelivered': {
      one: '{count} ημέρα αφότου η παρακολούθηση έδειξε το δέμα ως παραδομένο ({date})',
      other: '{count} ημέρες αφότου η παρακολούθηση έδειξε το δέμα ως παραδομένο ({date})',
    },
    'deadlines.derivation.afterConfirmed': {
      one: '{count} ημέρα αφότου επιβεβαιώσατε την παραλαβή ({date})',
      other: '{count} ημέρες αφότου επιβεβαιώσατε την παραλαβή ({date})',
    },
    'deadlines.derivation.afterDisputeOpened': {
      one: '{count} ημέρα μετά το άνοιγμα της διαφοράς ({date})',
      other: '{count} ημέρες μετά το άνοιγμα της διαφοράς ({date})',
    },
    'deadlines.derivation.afterComplaint': {
      one: '{count} ημέρα μετά την υποβολή της καταγγελίας ({date})',
      other: '{count} ημέρες μετά την υποβολή της καταγγελίας ({date})',
    },
    'deadlines.derivation.pageCountdown': 'Αντίστροφη μέτρηση στη σελίδα της παραγγελίας, όπως φαινόταν στις {date}',
    'deadlines.derivation.user': 'Ημερομηνία που καταχωρίσατε',

    'deadlines.source.guides': 'Πηγή: οδηγοί για αγοραστές ({refs})',
    'deadlines.source.guidesAndHelp': 'Πηγή: οδηγοί για αγοραστές ({refs}) και σελίδες βοήθειας της πλατφόρμας',
    'deadlines.source.help': 'Πηγή: σελίδες βοήθειας της πλατφόρμας και οδηγοί για αγοραστές',
    'deadlines.source.page': 'Πηγή: η σελίδα της παραγγελίας',
    'deadlines.source.user': 'Πηγή: εσείς',

    'deadlines.countdown.daysLeft': { one: 'Απομένει {count} ημέρα', other: 'Απομένουν {count} ημέρες' },
    'deadlines.countdown.hoursLeft': { one: 'Απομένει {count} ώρα', other: 'Απομένουν {count} ώρες' },
    'deadlines.countdown.minutesLeft': { one: 'Απομένει {count} λεπτό', other: 'Απομένουν {count} λεπτά' },
    'deadlines.countdown.overdueDays': { one: 'Εκπρόθεσμο κατά {count} ημέρα', other: 'Εκπρόθεσμο κατά {count} ημέρες' },
    'deadlines.countdown.overdueHours': { one: 'Εκπρόθεσμο κατά {count} ώρα', other: 'Εκπρόθεσμο κατά {count} ώρες' },
    'deadlines.countdown.overdueMinutes': { one: 'Εκπρόθεσμο κατά {count} λεπτό', other: 'Εκπρόθεσμο κατά {count} λεπτά' },

    'deadlines.urgency.overdue': 'Εκπρόθεσμο',
    'deadlines.urgency.today': 'Σήμερα',
    'deadlines.urgency.within3Days': 'Μέσα σε 3 ημέρες',
    'deadlines.urgency.within7Days': 'Μέσα στην εβδομάδα',
    'deadlines.urgency.later': 'Αργότερα',
    'deadlines.urgency.passed': 'Πέρασε',

    'deadlines.reminder.title': '{kind}: {when}',
    'deadlines.reminder.body.disputeOpens':
      '{order}: αν κάτι δεν πάει καλά με την παραγγελία, μπορείτε να ανοίξετε διαφορά από τις {date}.',
    'deadlines.reminder.body.extendProtectionAsk':
      '{order}: το δέμα δεν έχει φτάσει ακόμη; Ζητήστε τώρα από τον πωλητή να παρατείνει την προστασία αγοραστή. Η προστασία λήγει στις {date}.',
    'deadlines.reminder.body.protectionEnd':
      '{order}: η προστασία αγοραστή λήγει στις {date}. Αν το δέμα δεν έφτασε ή το προϊόν δεν ταιριάζει με την περιγραφή, ανοίξτε διαφορά πριν από τότε.',
    'deadlines.reminder.body.disputeLastDay':
      '{order}: η {date} είναι η τελευταία μέρα για να ανοίξετε διαφορά. Μετά δεν θα μπορείτε πια να πάρετε πίσω τα χρήματά σας μέσω διαφοράς.',
    'deadlines.reminder.body.sellerResponseDue':
      '{order}: ο πωλητής πρέπει να απαντήσει στη διαφορά έως τις {date}. Ελέγξτε τη διαφορά και απαντήστε αν χρειάζεται.',
    'deadlines.reminder.body.marketplaceStepsIn':
      '{order}: αν δεν συμφωνήσετε με τον πωλητή έως τις {date}, θα αποφασίσει το {marketplace}. Βεβαιωθείτε ότι έχετε επισυνάψει τα αποδεικτικά σας.',
    'deadlines.reminder.body.complaintAnswerExpected':
      'Η απάντηση στην καταγγελία σας για {order} αναμένεται έως τις {date}. Ελέγχετε το Κέντρο καταγγελιών και το e-mail σας· δεν χρειάζεται να την υποβάλετε ξανά.',
    'deadlines.reminder.estimateNote': 'Η ημερομηνία είναι κατ’ εκτίμηση: ελέγξτε τη σελίδα της παραγγελίας.',
    'deadlines.reminder.openOrder': 'Άνοιγμα παραγγελίας',
    'deadlines.reminder.snooze': 'Υπενθύμιση αργότερα',

    'deadlines.calendar.title': '{kind} · {order}',
    'deadlines.calendar.titleEstimate': '{kind} (κατ’ εκτίμηση) · {order}',
    'deadlines.calendar.order': 'Παραγγελία: {order}',
    'deadlines.calendar.name': 'Buyerguard: προθεσμίες παραγγελιών',
  },
  ro: {
    'deadlines.kind.disputeOpens': 'Poți deschide o dispută',
    'deadlines.kind.extendProtectionAsk': 'Cere vânzătorului să prelungească protecția',
    'deadlines.kind.protectionEnd': 'Sfârșitul protecției cumpărătorului',
    'deadlines.kind.disputeLastDay': 'Ultima zi pentru a deschide o dispută',
    'deadlines.kind.sellerResponseDue': 'Termenul de răspuns al vânzătorului',
    'deadlines.kind.marketplaceStepsIn': 'Intervine {marketplace}',
    'deadlines.kind.complaintAnswerExpected': 'Răspuns așteptat la reclamație',

    'deadlines.estimate': 'estimativ',
    'deadlines.estimateHint':
      'Sursele nu sunt de acord asupra acestei date. Dacă pagina comenzii arată o numărătoare inversă, ia-o pe aceea drept reper.',
    'deadlines.alternatives': 'Sursele dau un număr diferit de zile: {figures}.',
    'deadlines.setByYou': 'setat de tine',
    'deadlines.computedWas': 'Data calculată: {date}',

    'deadlines.derivation.afterShipped': {
      one: 'La {count} zi după ce vânzătorul a expediat comanda ({date})',
      few: 'La {count} zile după ce vânzătorul a expediat comanda ({date})',
      other: 'La {count} de zile după ce vânzătorul a expediat comanda ({date})',
    },
    'deadlines.derivation.afterProtectionEnd': {
      one: 'La {count} zi după sfârșitul protecției cumpărătorului ({date})',
      few: 'La {count} zile după sfârșitul protecției cumpărătorului ({date})',
      other: 'La {count} de zile după sfârșitul protecției cumpărătorului ({date})',
    },
    'deadlines.derivation.beforeProtectionEnd': {
      one: 'Cu {count} zi înainte de sfârșitul protecției cumpărătorului ({date})',
      few: 'Cu {count} zile înainte de sfârșitul protecției cumpărătorului ({date})',
      other: 'Cu {count} de zile înainte de sfârșitul protecției cumpărătorului ({date})',
    },
    'deadlines.derivation.afterDelivered': {
      one: 'La {count} zi după ce urmărirea coletului a arătat livrarea ({date})',
      few: 'La {count} zile după ce urmărirea coletului a arătat livrarea ({date})',
      other: 'La {count} de zile după ce urmărirea coletului a arătat livrarea ({date})',
    },
    'deadlines.derivation.afterConfirmed': {
      one: 'La {count} zi după ce ai confirmat primirea ({date})',
      few: 'La {count} zile după ce ai confirmat primirea ({date})',
      other: 'La {count} de zile după ce ai confirmat primirea ({date})',
    },
    'deadlines.derivation.afterDisputeOpened': {
      one: 'La {count} zi după deschiderea disputei ({date})',
      few: 'La {count} zile după deschiderea disputei ({date})',
      other: 'La {count} de zile după deschiderea disputei ({date})',
    },
    'deadlines.derivation.afterComplaint': {
      one: 'La {count} zi după trimiterea reclamației ({date})',
      few: 'La {count} zile după trimiterea reclamației ({date})',
      other: 'La {count} de zile după trimiterea reclamației ({date})',
    },
    'deadlines.derivation.pageCountdown': 'Numărătoarea inversă de pe pagina comenzii, văzută pe {date}',
    'deadlines.derivation.user': 'Data introdusă de tine',

    'deadlines.source.guides': 'Sursa: ghiduri pentru cumpărători ({refs})',
    'deadlines.source.guidesAndHelp': 'Sursa: ghiduri pentru cumpărători ({refs}) și paginile de ajutor ale platformei',
    'deadlines.source.help': 'Sursa: paginile de ajutor ale platformei și ghiduri pentru cumpărători',
    'deadlines.source.page': 'Sursa: pagina comenzii',
    'deadlines.source.user': 'Sursa: tu',

    'deadlines.countdown.daysLeft': {
      one: 'A mai rămas {count} zi',
      few: 'Au mai rămas {count} zile',
      other: 'Au mai rămas {count} de zile',
    },
    'deadlines.countdown.hoursLeft': {
      one: 'A mai rămas {count} oră',
      few: 'Au mai rămas {count} ore',
      other: 'Au mai rămas {count} de ore',
    },
    'deadlines.countdown.minutesLeft': {
      one: 'A mai rămas {count} minut',
      few: 'Au mai rămas {count} minute',
      other: 'Au mai rămas {count} de minute',
    },
    'deadlines.countdown.overdueDays': {
      one: 'Termen depășit cu {count} zi',
      few: 'Termen depășit cu {count} zile',
      other: 'Termen depășit cu {count} de zile',
    },
    'deadlines.countdown.overdueHours': {
      one: 'Termen depășit cu {count} oră',
      few: 'Termen depășit cu {count} ore',
      other: 'Termen depășit cu {count} de ore',
    },
    'deadlines.countdown.overdueMinutes': {
      one: 'Termen depășit cu {count} minut',
      few: 'Termen depășit cu {count} minute',
      other: 'Termen depășit cu {count} de minute',
    },

    'deadlines.urgency.overdue': 'Termen depășit',
    'deadlines.urgency.today': 'Astăzi',
    'deadlines.urgency.within3Days': 'În următoarele 3 zile',
    'deadlines.urgency.within7Days': 'În următoarea săptămână',
    'deadlines.urgency.later': 'Mai târziu',
    'deadlines.urgency.passed': 'Trecut',

    'deadlines.reminder.title': '{kind}: {when}',
    'deadlines.reminder.body.disputeOpens':
      '{order}: dacă ceva nu e în regulă cu comanda, poți deschide o dispută începând cu {date}.',
    'deadlines.reminder.body.extendProtectionAsk':
      '{order}: coletul tot n-a sosit? Cere-i chiar acum vânzătorului să prelungească protecția cumpărătorului. Protecția se încheie pe {date}.',
    'deadlines.reminder.body.protectionEnd':
      '{order}: protecția cumpărătorului se încheie pe {date}. Dacă coletul n-a sosit sau produsul nu corespunde descrierii, deschide o dispută până atunci.',
    'deadlines.reminder.body.disputeLastDay':
      '{order}: {date} este ultima zi în care poți deschide o dispută. După aceea nu-ți mai poți recupera banii printr-o dispută.',
    'deadlines.reminder.body.sellerResponseDue':
      '{order}: vânzătorul trebuie să răspundă la dispută până pe {date}. Verifică disputa și răspunde dacă e nevoie.',
    'deadlines.reminder.body.marketplaceStepsIn':
      '{order}: dacă nu ajungi la o înțelegere cu vânzătorul până pe {date}, decide {marketplace}. Asigură-te că ai atașat dovezile.',
    'deadlines.reminder.body.complaintAnswerExpected':
      'Răspunsul la reclamația ta privind {order} ar trebui să vină până pe {date}. Verifică Centrul de reclamații și e-mailul; nu e nevoie s-o trimiți din nou.',
    'deadlines.reminder.estimateNote': 'Data este estimativă: verifică pagina comenzii.',
    'deadlines.reminder.openOrder': 'Deschide comanda',
    'deadlines.reminder.snooze': 'Amintește-mi mai târziu',

    'deadlines.calendar.title': '{kind} · {order}',
    'deadlines.calendar.titleEstimate': '{kind} (estimativ) · {order}',
    'deadlines.calendar.order': 'Comanda: {order}',
    'deadlines.calendar.name': 'Buyerguard: termenele comenzilor',
  },
  ka: {
    'deadlines.kind.disputeOpens': 'დავის გახსნა შესაძლებელია',
    'deadlines.kind.extendProtectionAsk': 'სთხოვეთ გამყიდველს დაცვის გახანგრძლივება',
    'deadlines.kind.protectionEnd': 'მყიდველის დაცვის დასრულება',
    'deadlines.kind.disputeLastDay': 'დავის გახსნის ბოლო დღე',
    'deadlines.kind.sellerResponseDue': 'გამყიდველის პასუხის ვადა',
    'deadlines.kind.marketplaceStepsIn': '{marketplace} ერთვება დავაში',
    'deadlines.kind.complaintAnswerExpected': 'საჩივარზე პასუხის მოსალოდნელი ვადა',

    'deadlines.estimate': 'სავარაუდოდ',
    'deadlines.estimateHint': 'წყაროები ამ თარიღზე ერთმანეთს არ ეთანხმება. თუ შეკვეთის გვერდზე უკუთვლა ჩანს, იმას ენდეთ.',
    'deadlines.alternatives': 'წყაროები დღეების სხვადასხვა რაოდენობას ასახელებს: {figures}.',
    'deadlines.setByYou': 'თქვენ მიერ მითითებული',
    'deadlines.computedWas': 'გამოთვლილი თარიღი: {date}',

    // Georgian keeps the noun singular after a number: one form serves every count.
    'deadlines.derivation.afterShipped': 'გამყიდველის მიერ შეკვეთის გაგზავნიდან {count} დღის შემდეგ ({date})',
    'deadlines.derivation.afterProtectionEnd': 'მყიდველის დაცვის დასრულებიდან {count} დღის შემდეგ ({date})',
    'deadlines.derivation.beforeProtectionEnd': 'მყიდველის დაცვის დასრულებამდე {count} დღით ადრე ({date})',
    'deadlines.derivation.afterDelivered': 'თრექინგში ამანათის ჩაბარების ჩვენებიდან {count} დღის შემდეგ ({date})',
    'deadlines.derivation.afterConfirmed': 'მიღების დადასტურებიდან {count} დღის შემდეგ ({date})',
    'deadlines.derivation.afterDisputeOpened': 'დავის გახსნიდან {count} დღის შემდეგ ({date})',
    'deadlines.derivation.afterComplaint': 'საჩივრის გაგზავნიდან {count} დღის შემდეგ ({date})',
    'deadlines.derivation.pageCountdown': 'შეკვეთის გვერდის უკუთვლა, ნანახი: {date}',
    'deadlines.derivation.user': 'თქვენ მიერ შეყვანილი თარიღი',

    'deadlines.source.guides': 'წყარო: სახელმძღვანელოები მყიდველებისთვის ({refs})',
    'deadlines.source.guidesAndHelp': 'წყარო: სახელმძღვანელოები მყიდველებისთვის ({refs}) და პლატფორმის დახმარების გვერდები',
    'deadlines.source.help': 'წყარო: პლატფორმის დახმარების გვერდები და სახელმძღვანელოები მყიდველებისთვის',
    'deadlines.source.page': 'წყარო: შეკვეთის გვერდი',
    'deadlines.source.user': 'წყარო: თქვენ',

    'deadlines.countdown.daysLeft': 'დარჩა {count} დღე',
    'deadlines.countdown.hoursLeft': 'დარჩა {count} საათი',
    'deadlines.countdown.minutesLeft': 'დარჩა {count} წუთი',
    'deadlines.countdown.overdueDays': 'ვადა გადაცილებულია {count} დღით',
    'deadlines.countdown.overdueHours': 'ვადა გადაცილებულია {count} საათით',
    'deadlines.countdown.overdueMinutes': 'ვადა გადაცილებულია {count} წუთით',

    'deadlines.urgency.overdue': 'ვადაგადაცილებული',
    'deadlines.urgency.today': 'დღეს',
    'deadlines.urgency.within3Days': '3 დღის განმავლობაში',
    'deadlines.urgency.within7Days': 'ერთი კვირის განმავლობაში',
    'deadlines.urgency.later': 'მოგვიანებით',
    'deadlines.urgency.passed': 'გავიდა',

    'deadlines.reminder.title': '{kind}: {when}',
    'deadlines.reminder.body.disputeOpens': '{order}: თუ შეკვეთასთან რაიმე პრობლემაა, დავის გახსნა შეგიძლიათ ამ თარიღიდან: {date}.',
    'deadlines.reminder.body.extendProtectionAsk':
      '{order}: ამანათი ჯერ არ მოსულა? ახლავე სთხოვეთ გამყიდველს მყიდველის დაცვის გახანგრძლივება. დაცვის ვადა იწურება: {date}.',
    'deadlines.reminder.body.protectionEnd':
      '{order}: მყიდველის დაცვის ვადა იწურება: {date}. თუ ამანათი არ მოსულა ან ნივთი აღწერას არ შეესაბამება, მანამდე გახსენით დავა.',
    'deadlines.reminder.body.disputeLastDay':
      '{order}: დავის გახსნის ბოლო დღეა {date}. ამის შემდეგ დავის გზით თანხის დაბრუნება აღარ იქნება შესაძლებელი.',
    'deadlines.reminder.body.sellerResponseDue':
      '{order}: გამყიდველმა დავაზე პასუხი უნდა გასცეს ამ თარიღამდე: {date}. შეამოწმეთ დავა და საჭიროების შემთხვევაში უპასუხეთ.',
    'deadlines.reminder.body.marketplaceStepsIn':
      '{order}: თუ გამყიდველთან შეთანხმებას ვერ მიაღწევთ ამ თარიღამდე: {date}, გადაწყვეტილებას {marketplace} მიიღებს. დარწმუნდით, რომ მტკიცებულებები დართულია.',
    'deadlines.reminder.body.complaintAnswerExpected':
      'პასუხი თქვენს საჩივარზე ({order}) მოსალოდნელია ამ თარიღამდე: {date}. შეამოწმეთ საჩივრების ცენტრი და ელფოსტა; საჩივრის ხელახლა გაგზავნა საჭირო არ არის.',
    'deadlines.reminder.estimateNote': 'თარიღი სავარაუდოა: შეამოწმეთ შეკვეთის გვერდი.',
    'deadlines.reminder.openOrder': 'შეკვეთის გახსნა',
    'deadlines.reminder.snooze': 'მოგვიანებით შემახსენე',

    'deadlines.calendar.title': '{kind} · {order}',
    'deadlines.calendar.titleEstimate': '{kind} (სავარაუდოდ) · {order}',
    'deadlines.calendar.order': 'შეკვეთა: {order}',
    'deadlines.calendar.name': 'Buyerguard: შეკვეთების ვადები',
  },
  ru: {
    'deadlines.kind.disputeOpens': 'Можно открыть спор',
    'deadlines.kind.extendProtectionAsk': 'Попросите продавца продлить защиту',
    'deadlines.kind.protectionEnd': 'Окончание защиты покупателя',
    'deadlines.kind.disputeLastDay': 'Последний день, чтобы открыть спор',
    'deadlines.kind.sellerResponseDue': 'Срок ответа продавца',
    'deadlines.kind.marketplaceStepsIn': 'Вмешивается {marketplace}',
    'deadlines.kind.complaintAnswerExpected': 'Ожидаемый ответ на жалобу',

    'deadlines.estimate': 'ориентировочно',
    'deadlines.estimateHint': 'Источники называют разные сроки. Если на странице заказа есть обратный отсчёт, ориентируйтесь на него.',
    'deadlines.alternatives': 'Источники называют разное число дней: {figures}.',
    'deadlines.setByYou': 'задано вами',
    'deadlines.computedWas': 'Рассчитанная дата: {date}',

    'deadlines.derivation.afterShipped': {
      one: 'Через {count} день после того, как продавец отправил заказ ({date})',
      few: 'Через {count} дня после того, как продавец отправил заказ ({date})',
      many: 'Через {count} дней после того, как продавец отправил заказ ({date})',
      other: 'Через {count} дня после того, как продавец отправил заказ ({date})',
    },
    'deadlines.derivation.afterProtectionEnd': {
      one: 'Через {count} день после окончания защиты покупателя ({date})',
      few: 'Через {count} дня после окончания защиты покупателя ({date})',
      many: 'Через {count} дней после окончания защиты покупателя ({date})',
      other: 'Через {count} дня после окончания защиты покупателя ({date})',
    },
    'deadlines.derivation.beforeProtectionEnd': {
      one: 'За {count} день до окончания защиты покупателя ({date})',
      few: 'За {count} дня до окончания защиты покупателя ({date})',
      many: 'За {count} дней до окончания защиты покупателя ({date})',
      other: 'За {count} дня до окончания защиты покупателя ({date})',
    },
    'deadlines.derivation.afterDelivered': {
      one: 'Через {count} день после того, как трекинг показал доставку ({date})',
      few: 'Через {count} дня после того, как трекинг показал доставку ({date})',
      many: 'Через {count} дней после того, как трекинг показал доставку ({date})',
      other: 'Через {count} дня после того, как трекинг показал доставку ({date})',
    },
    'deadlines.derivation.afterConfirmed': {
      one: 'Через {count} день после того, как вы подтвердили получение ({date})',
      few: 'Через {count} дня после того, как вы подтвердили получение ({date})',
      many: 'Через {count} дней после того, как вы подтвердили получение ({date})',
      other: 'Через {count} дня после того, как вы подтвердили получение ({date})',
    },
    'deadlines.derivation.afterDisputeOpened': {
      one: 'Через {count} день после открытия спора ({date})',
      few: 'Через {count} дня после открытия спора ({date})',
      many: 'Через {count} дней после открытия спора ({date})',
      other: 'Через {count} дня после открытия спора ({date})',
    },
    'deadlines.derivation.afterComplaint': {
      one: 'Через {count} день после подачи жалобы ({date})',
      few: 'Через {count} дня после подачи жалобы ({date})',
      many: 'Через {count} дней после подачи жалобы ({date})',
      other: 'Через {count} дня после подачи жалобы ({date})',
    },
    'deadlines.derivation.pageCountdown': 'Обратный отсчёт на странице заказа по состоянию на {date}',
    'deadlines.derivation.user': 'Дата, которую вы ввели',

    'deadlines.source.guides': 'Источник: советы для покупателей ({refs})',
    'deadlines.source.guidesAndHelp': 'Источник: советы для покупателей ({refs}) и справка маркетплейса',
    'deadlines.source.help': 'Источник: справка маркетплейса и советы для покупателей',
    'deadlines.source.page': 'Источник: страница заказа',
    'deadlines.source.user': 'Источник: вы',

    'deadlines.countdown.daysLeft': {
      one: 'Остался {count} день',
      few: 'Осталось {count} дня',
      many: 'Осталось {count} дней',
      other: 'Осталось {count} дня',
    },
    'deadlines.countdown.hoursLeft': {
      one: 'Остался {count} час',
      few: 'Осталось {count} часа',
      many: 'Осталось {count} часов',
      other: 'Осталось {count} часа',
    },
    'deadlines.countdown.minutesLeft': {
      one: 'Осталась {count} минута',
      few: 'Осталось {count} минуты',
      many: 'Осталось {count} минут',
      other: 'Осталось {count} минуты',
    },
    'deadlines.countdown.overdueDays': {
      one: 'Просрочено на {count} день',
      few: 'Просрочено на {count} дня',
      many: 'Просрочено на {count} дней',
      other: 'Просрочено на {count} дня',
    },
    'deadlines.countdown.overdueHours': {
      one: 'Просрочено на {count} час',
      few: 'Просрочено на {count} часа',
      many: 'Просрочено на {count} часов',
      other: 'Просрочено на {count} часа',
    },
    'deadlines.countdown.overdueMinutes': {
      one: 'Просрочено на {count} минуту',
      few: 'Просрочено на {count} минуты',
      many: 'Просрочено на {count} минут',
      other: 'Просрочено на {count} минуты',
    },

    'deadlines.urgency.overdue': 'Просрочено',
    'deadlines.urgency.today': 'Сегодня',
    'deadlines.urgency.within3Days': 'В ближайшие 3 дня',
    'deadlines.urgency.within7Days': 'В течение недели',
    'deadlines.urgency.later': 'Позже',
    'deadlines.urgency.passed': 'Прошло',

    'deadlines.reminder.title': '{kind}: {when}',
    'deadlines.reminder.body.disputeOpens': '{order}: если с заказом что-то не так, спор можно открыть с {date}.',
    'deadlines.reminder.body.extendProtectionAsk':
      '{order}: посылка до сих пор не пришла? Попросите продавца продлить защиту покупателя прямо сейчас. Защита заканчивается {date}.',
    'deadlines.reminder.body.protectionEnd':
      '{order}: защита покупателя заканчивается {date}. Если посылка не пришла или товар не соответствует описанию, откройте спор до этого срока.',
    'deadlines.reminder.body.disputeLastDay':
      '{order}: {date} — последний день, чтобы открыть спор. После этого вернуть деньги через спор уже не получится.',
    'deadlines.reminder.body.sellerResponseDue':
      '{order}: продавец должен ответить на спор до {date}. Проверьте спор и при необходимости ответьте.',
    'deadlines.reminder.body.marketplaceStepsIn':
      '{order}: если вы с продавцом не договоритесь до {date}, решение примет {marketplace}. Убедитесь, что все доказательства приложены.',
    'deadlines.reminder.body.complaintAnswerExpected':
      'Ответ на жалобу по {order} ожидается до {date}. Проверяйте Центр жалоб и почту; подавать жалобу повторно не нужно.',
    'deadlines.reminder.estimateNote': 'Дата ориентировочная: проверьте страницу заказа.',
    'deadlines.reminder.openOrder': 'Открыть заказ',
    'deadlines.reminder.snooze': 'Напомнить позже',

    'deadlines.calendar.title': '{kind} · {order}',
    'deadlines.calendar.titleEstimate': '{kind} (ориентировочно) · {order}',
    'deadlines.calendar.order': 'Заказ: {order}',
    'deadlines.calendar.name': 'Buyerguard: сроки заказов',
  },
});
