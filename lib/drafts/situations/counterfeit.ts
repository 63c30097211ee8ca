import { standardMessage } from '../common';
import { askEvidence, askWant, type Question, type Situation } from '../situation';
import { sentence, whenTone } from '../template';

const questions: readonly Question[] = [askWant(['refund', 'return']), askEvidence];

export const counterfeit: Situation = {
  id: 'counterfeit',
  questions,
  sentences: standardMessage([
    sentence('counterfeit.state', [
      {
        en: 'The item I received is a fake, not the genuine branded product shown on the product page.',
        uk: 'Отриманий товар — підробка, а не оригінальний фірмовий товар, показаний на сторінці товару.',
        pl: 'Otrzymany produkt to podróbka, a nie oryginalny markowy produkt pokazany na stronie produktu.',
        el: 'Το προϊόν που παρέλαβα είναι απομίμηση και όχι το γνήσιο επώνυμο προϊόν που εμφανίζεται στη σελίδα του προϊόντος.',
        ro: 'Produsul primit este o contrafacere, nu produsul original de marcă prezentat pe pagina produsului.',
        ka: 'მიღებული ნივთი ყალბია და არა ის ორიგინალი ბრენდის პროდუქტი, რომელიც პროდუქტის გვერდზეა ნაჩვენები.',
        ru: 'Полученный товар — подделка, а не оригинальный фирменный товар, показанный на странице товара.',
      },
    ]),
    sentence('counterfeit.paid-for-original', [
      {
        en: 'I paid for an original product, so I hope you understand my request.',
        uk: 'Оплачувався оригінальний товар, тож сподіваюся на ваше розуміння.',
        pl: 'Zapłata dotyczyła oryginału, więc liczę na Państwa zrozumienie.',
        el: 'Πλήρωσα για γνήσιο προϊόν, οπότε ελπίζω να κατανοήσετε το αίτημά μου.',
        ro: 'Am plătit pentru un produs original, așa că sper să înțelegeți cererea mea.',
        ka: 'ორიგინალ პროდუქტში გადავიხადე, ამიტომ იმედი მაქვს, ჩემს თხოვნას გაიგებთ.',
        ru: 'Оплачен был оригинальный товар, поэтому надеюсь на ваше понимание.',
      },
    ], whenTone('polite')),
    sentence('counterfeit.rules', [
      {
        en: 'Selling counterfeit goods breaks {platform} rules, and I will report this listing if the problem is not resolved.',
        uk: 'Продаж підробок порушує правила {platform}, і якщо проблему не буде вирішено, я поскаржуся на це оголошення.',
        pl: 'Sprzedaż podróbek narusza zasady {platform} i jeśli problem nie zostanie rozwiązany, zgłoszę tę ofertę.',
        el: 'Η πώληση απομιμήσεων παραβιάζει τους κανόνες του {platform} και, αν το πρόβλημα δεν λυθεί, θα καταγγείλω αυτή την αγγελία.',
        ro: 'Vânzarea de produse contrafăcute încalcă regulile {platform}, iar dacă problema nu se rezolvă, voi raporta acest anunț.',
        ka: 'ყალბი საქონლის გაყიდვა {platform}-ის წესებს არღვევს და თუ პრობლემა არ მოგვარდება, ამ განცხადებას დავასაჩივრებ.',
        ru: 'Продажа подделок нарушает правила {platform}, и если проблема не будет решена, я пожалуюсь на это объявление.',
      },
    ], whenTone('firm')),
  ], { questions }),
};
