import { standardMessage } from '../common';
import { askCustomsIssue, type Question, type Situation } from '../situation';
import { sentence, whenAnswer } from '../template';
import type { CustomsIssue, Tone } from '../types';

const questions: readonly Question[] = [
  askCustomsIssue,
  { id: 'money', kind: 'money', label: 'drafts.question.money.fee', askedWhen: (answers) => answers.customsIssue === 'fee' },
];

const when = (value: CustomsIssue, tone?: Tone) => whenAnswer('customsIssue', value, tone);

export const customs: Situation = {
  id: 'customs',
  questions,
  sentences: standardMessage(
    [
      sentence('customs.held', [
        { en: 'The tracking shows that the parcel is held at customs.', uk: 'За даними відстеження, посилку затримано на митниці.', pl: 'Według informacji o przesyłce paczka została zatrzymana przez urząd celny.', el: 'Η παρακολούθηση δείχνει ότι το δέμα κρατείται στο τελωνείο.', ro: 'Urmărirea arată că coletul este reținut la vamă.', ka: 'თრექინგის მიხედვით, ამანათი საბაჟოზეა შეჩერებული.', ru: 'По данным отслеживания, посылка задержана на таможне.' },
      ], when('held')),
      sentence('customs.documents', [
        { en: 'Could you please contact the carrier and send customs the documents they need, such as the invoice?', uk: 'Чи могли б ви зв’язатися з перевізником і надати митниці потрібні документи, наприклад інвойс?', pl: 'Czy mogą Państwo skontaktować się z przewoźnikiem i przekazać urzędowi celnemu potrzebne dokumenty, na przykład fakturę?', el: 'Θα μπορούσατε να επικοινωνήσετε με τη μεταφορική και να στείλετε στο τελωνείο τα έγγραφα που χρειάζεται, όπως το τιμολόγιο;', ro: 'Puteți contacta, vă rog, curierul și trimite vămii documentele necesare, de exemplu factura?', ka: 'შეგიძლიათ, გთხოვთ, დაუკავშირდეთ გადამზიდავს და საბაჟოს საჭირო დოკუმენტები, მაგალითად, ინვოისი, მიაწოდოთ?', ru: 'Не могли бы вы связаться с перевозчиком и предоставить таможне нужные документы, например инвойс?' },
      ], when('held', 'polite')),
      sentence('customs.documents', [
        { en: 'Please contact the carrier and send customs the documents they need, such as the invoice, so that they can release it.', uk: 'Прошу зв’язатися з перевізником і надати митниці потрібні документи, наприклад інвойс, щоб посилку випустили.', pl: 'Proszę skontaktować się z przewoźnikiem i przekazać urzędowi celnemu potrzebne dokumenty, na przykład fakturę, aby paczka została zwolniona.', el: 'Παρακαλώ επικοινωνήστε με τη μεταφορική και στείλτε στο τελωνείο τα έγγραφα που χρειάζεται, όπως το τιμολόγιο, ώστε να αποδεσμευτεί το δέμα.', ro: 'Vă rog să contactați curierul și să trimiteți vămii documentele necesare, de exemplu factura, ca să fie eliberat coletul.', ka: 'გთხოვთ, დაუკავშირდეთ გადამზიდავს და საბაჟოს საჭირო დოკუმენტები, მაგალითად, ინვოისი, მიაწოდოთ, რათა ამანათი გაათავისუფლონ.', ru: 'Прошу связаться с перевозчиком и предоставить таможне нужные документы, например инвойс, чтобы посылку выпустили.' },
      ], when('held', 'firm')),
      sentence('customs.fee', [
        { en: 'Customs are asking me to pay a fee of {money} before they release the parcel.', uk: 'Митниця вимагає від мене сплатити збір {money}, щоб випустити посилку.', pl: 'Urząd celny żąda ode mnie opłaty w wysokości {money}, zanim wyda paczkę.', el: 'Το τελωνείο μού ζητά να πληρώσω τέλος {money} για να αποδεσμεύσει το δέμα.', ro: 'Vama îmi cere să plătesc o taxă de {money} înainte de a elibera coletul.', ka: 'საბაჟო ამანათის გასაცემად {money} მოსაკრებლის გადახდას მთხოვს.', ru: 'Таможня требует от меня оплатить сбор {money}, чтобы выпустить посылку.' },
        { en: 'Customs are asking me to pay a fee before they release the parcel.', uk: 'Митниця вимагає від мене сплатити збір, щоб випустити посилку.', pl: 'Urząd celny żąda ode mnie opłaty, zanim wyda paczkę.', el: 'Το τελωνείο μού ζητά να πληρώσω τέλος για να αποδεσμεύσει το δέμα.', ro: 'Vama îmi cere să plătesc o taxă înainte de a elibera coletul.', ka: 'საბაჟო ამანათის გასაცემად მოსაკრებლის გადახდას მთხოვს.', ru: 'Таможня требует от меня оплатить сбор, чтобы выпустить посылку.' },
      ], when('fee')),
      sentence('customs.fee-ask', [
        { en: 'Could you please tell me whether you will cover this fee?', uk: 'Чи могли б ви повідомити, чи покриєте ви цей збір?', pl: 'Czy mogą Państwo napisać, czy pokryją tę opłatę?', el: 'Θα μπορούσατε να μου πείτε αν θα καλύψετε εσείς αυτό το τέλος;', ro: 'Îmi puteți spune, vă rog, dacă veți acoperi dumneavoastră această taxă?', ka: 'შეგიძლიათ, გთხოვთ, მითხრათ, დაფარავთ თუ არა ამ მოსაკრებელს?', ru: 'Не могли бы вы сообщить, покроете ли вы этот сбор?' },
      ], when('fee', 'polite')),
      sentence('customs.fee-ask', [
        { en: 'Please cover this fee; otherwise I will ask for a full refund.', uk: 'Прошу покрити цей збір; інакше я вимагатиму повного повернення коштів.', pl: 'Proszę pokryć tę opłatę; w przeciwnym razie będę domagać się zwrotu całej kwoty.', el: 'Παρακαλώ καλύψτε αυτό το τέλος· διαφορετικά θα ζητήσω πλήρη επιστροφή χρημάτων.', ro: 'Vă rog să acoperiți această taxă; altfel voi cere rambursarea integrală.', ka: 'გთხოვთ, ეს მოსაკრებელი დაფაროთ, წინააღმდეგ შემთხვევაში თანხის სრულად დაბრუნებას მოვითხოვ.', ru: 'Прошу покрыть этот сбор; иначе я потребую полного возврата средств.' },
      ], when('fee', 'firm')),
    ],
    { questions },
  ),
  notes: ({ answers }) => (answers.customsIssue === 'fee' ? [{ key: 'drafts.note.customsFee' }] : []),
};
