import { closingFirm, standardMessage } from '../common';
import { askSellerRequest, type Question, type Situation } from '../situation';
import { sentence, whenTone, type TemplateInput } from '../template';
import type { SellerRequest, Tone } from '../types';

/** Pushing the deal off the platform is the complaint type "Influencing toward Off-line Trading" and a classic scam. */
const when =
  (request: SellerRequest, tone?: Tone) =>
  ({ answers, tone: actual }: TemplateInput): boolean =>
    (answers.sellerRequest ?? 'off-platform') === request && (tone === undefined || tone === actual);

const questions: readonly Question[] = [askSellerRequest];

export const refuseOffPlatform: Situation = {
  id: 'refuse-off-platform',
  needsSeller: true,
  questions,
  sentences: standardMessage([
    sentence('refuse.close-dispute', [
      {
        en: 'I cannot close the dispute before the problem has been resolved.',
        uk: 'Я не можу закрити спір, доки проблему не вирішено.',
        pl: 'Nie mogę zamknąć sporu, dopóki problem nie zostanie rozwiązany.',
        el: 'Δεν μπορώ να κλείσω τη διαφορά πριν λυθεί το πρόβλημα.',
        ro: 'Nu pot închide disputa până când problema nu este rezolvată.',
        ka: 'დავას ვერ დავხურავ, სანამ პრობლემა არ მოგვარდება.',
        ru: 'Я не могу закрыть спор, пока проблема не решена.',
      },
    ], when('close-dispute', 'polite')),
    sentence('refuse.close-dispute', [
      {
        en: 'I will not close the dispute until the problem has been resolved through {platform}.',
        uk: 'Я не закрию спір, доки проблему не буде вирішено через {platform}.',
        pl: 'Nie zamknę sporu, dopóki problem nie zostanie rozwiązany za pośrednictwem {platform}.',
        el: 'Δεν θα κλείσω τη διαφορά μέχρι να λυθεί το πρόβλημα μέσω του {platform}.',
        ro: 'Nu voi închide disputa până când problema nu este rezolvată prin {platform}.',
        ka: 'დავას არ დავხურავ, სანამ პრობლემა {platform}-ის მეშვეობით არ მოგვარდება.',
        ru: 'Я не закрою спор, пока проблема не будет решена через {platform}.',
      },
    ], when('close-dispute', 'firm')),
    sentence('refuse.refund-in-dispute', [
      {
        en: 'Any refund must be made through the dispute, not by other means.',
        uk: 'Будь-яке повернення коштів має відбуватися через спір, а не в інший спосіб.',
        pl: 'Każdy zwrot musi zostać dokonany w ramach sporu, a nie w inny sposób.',
        el: 'Οποιαδήποτε επιστροφή χρημάτων πρέπει να γίνει μέσω της διαφοράς και όχι με άλλο τρόπο.',
        ro: 'Orice rambursare trebuie făcută prin dispută, nu pe altă cale.',
        ka: 'ნებისმიერი თანხის დაბრუნება დავის მეშვეობით უნდა მოხდეს და არა სხვა გზით.',
        ru: 'Любой возврат денег должен проходить через спор, а не другим способом.',
      },
    ], when('close-dispute')),
    sentence('refuse.off-platform', [
      {
        en: 'I am sorry, but I will only talk and pay through {platform}.',
        uk: 'Вибачте, але я спілкуватимуся й платитиму лише через {platform}.',
        pl: 'Przepraszam, ale będę rozmawiać i płacić wyłącznie przez {platform}.',
        el: 'Λυπάμαι, αλλά θα επικοινωνώ και θα πληρώνω μόνο μέσω του {platform}.',
        ro: 'Îmi pare rău, dar voi comunica și voi plăti doar prin {platform}.',
        ka: 'ბოდიშს გიხდით, მაგრამ მხოლოდ {platform}-ის მეშვეობით ვისაუბრებ და გადავიხდი.',
        ru: 'Извините, но я буду общаться и платить только через {platform}.',
      },
    ], when('off-platform', 'polite')),
    sentence('refuse.off-platform', [
      {
        en: 'I will not pay, talk or accept a refund outside {platform}.',
        uk: 'Я не платитиму, не спілкуватимуся й не прийматиму повернення коштів поза {platform}.',
        pl: 'Nie będę płacić, rozmawiać ani przyjmować zwrotu poza {platform}.',
        el: 'Δεν θα πληρώσω, δεν θα επικοινωνήσω και δεν θα δεχτώ επιστροφή χρημάτων εκτός {platform}.',
        ro: 'Nu voi plăti, nu voi comunica și nu voi accepta nicio rambursare în afara {platform}.',
        ka: '{platform}-ის გარეთ არც გადავიხდი, არც ვისაუბრებ და არც თანხის დაბრუნებას მივიღებ.',
        ru: 'Я не буду платить, общаться или принимать возврат денег вне {platform}.',
      },
    ], when('off-platform', 'firm')),
    sentence('refuse.protected', [
      {
        en: 'Only payments made on {platform} are protected for both of us.',
        uk: 'Лише платежі на {platform} захищені для нас обох.',
        pl: 'Tylko płatności na {platform} są chronione dla nas obojga.',
        el: 'Μόνο οι πληρωμές μέσα στο {platform} προστατεύουν και τους δυο μας.',
        ro: 'Doar plățile făcute pe {platform} ne protejează pe amândoi.',
        ka: 'მხოლოდ {platform}-ზე განხორციელებული გადახდებია დაცული ჩვენ ორივესთვის.',
        ru: 'Только платежи на {platform} защищены для нас обоих.',
      },
    ], when('off-platform', 'polite')),
    sentence('refuse.report', [
      {
        en: 'Asking a buyer to leave the platform breaks {platform} rules, and I will report it if it happens again.',
        uk: 'Пропонувати покупцеві вийти за межі платформи — порушення правил {platform}, і якщо це повториться, я поскаржуся.',
        pl: 'Namawianie kupującego do wyjścia poza platformę narusza zasady {platform}, a jeśli to się powtórzy, zgłoszę to.',
        el: 'Το να ζητάτε από αγοραστή να βγει από την πλατφόρμα παραβιάζει τους κανόνες του {platform} και, αν ξανασυμβεί, θα το καταγγείλω.',
        ro: 'A cere unui cumpărător să iasă de pe platformă încalcă regulile {platform}, iar dacă se repetă, voi raporta.',
        ka: 'მყიდველისთვის პლატფორმის გარეთ გასვლის თხოვნა {platform}-ის წესებს არღვევს და თუ ეს განმეორდება, ვიჩივლებ.',
        ru: 'Просить покупателя уйти с платформы — нарушение правил {platform}, и если это повторится, я пожалуюсь.',
      },
    ], when('off-platform', 'firm')),
  ], {
    questions,
    // A refusal asks for no answer by a date and does not thank the seller "for the help".
    replyBy: false,
    closing: [
      {
        ...sentence('closing', [
          { en: 'Thank you for understanding.', uk: 'Дякую за розуміння.', pl: 'Dziękuję za zrozumienie.', el: 'Σας ευχαριστώ για την κατανόηση.', ro: 'Vă mulțumesc pentru înțelegere.', ka: 'გმადლობთ გაგებისთვის.', ru: 'Спасибо за понимание.' },
        ], whenTone('polite')),
        part: 'closing',
      },
      closingFirm,
    ],
  }),
};
