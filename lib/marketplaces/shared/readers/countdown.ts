/**
 * The buyer-protection / delivery-deadline countdown the order pages show, read in the
 * site's languages. It comes either relative ("Buyer protection ends in 12 days 5 hours",
 * "Осталось 2 дн. 17 ч.") or as a date ("Refund if no delivery before Mar 12, 2026",
 * older "If your order does not arrive on Mar 12, 2026"). The page's figure beats any
 * computed default (../shared/DOMAIN.md), so it is kept with the text it came from.
 */
import { findDate } from './dates';
import { asciiDigits } from './text';

/** Phrases that mark a line as the protection / delivery deadline, per language. */
const DEADLINE_CONTEXT = new RegExp(
  [
    // English
    'buyer protection', 'purchase protection', 'protection ends', 'delivery deadline', 'delivery guarantee',
    'refund if no delivery', 'refund if not delivered', 'does not arrive', "doesn't arrive", 'not delivered by',
    // Russian
    'защит[аыуе] покупател', 'срок доставки', 'гарантия доставки', 'гарантированная доставка',
    'возврат средств,? если', 'не будет доставлен', 'не прибудет', 'не получите',
    // Ukrainian
    'захист\\p{L}* покупця', 'термін доставки', 'гарантія доставки', 'повернення коштів,? якщо', 'не надійде',
    'не буде доставлено',
    // Polish
    'ochron\\p{L}* kupującego', 'termin dostawy', 'gwarancj\\p{L}* dostawy', 'zwrot pieniędzy,? jeśli',
    'zwrot środków,? jeśli', 'nie dotrze',
    // Spanish
    'protección (?:al|del) comprador', 'plazo de entrega', 'fecha límite de entrega', 'reembolso si no',
    'no llega',
    // Portuguese
    'proteção (?:ao|do) comprador', 'prazo de entrega', 'reembolso se', 'não chegar',
    // French
    "protection (?:de l['’]|des )?acheteurs?", 'délai de livraison', 'date limite de livraison',
    'remboursement si', "n['’]arrive pas",
    // German
    'käuferschutz', 'lieferfrist', 'rückerstattung,? wenn',
    // Italian
    "protezione (?:dell['’]|per l['’])?acquirente", 'garanzia di consegna', 'rimborso se',
    // Dutch
    'kopersbescherming', 'levertermijn', 'terugbetaling als',
    // Czech
    'ochrana kupujícího', 'garance doručení', 'vrácení peněz,? pokud',
    // Turkish
    'alıcı koruma', 'teslimat garantisi', 'iade edilir',
    // Korean, Japanese, Chinese
    '구매자\\s*보호', '배송\\s*보장', '購入者保護', 'バイヤー保護', '买家保护', '買家保障',
    // Arabic, Hebrew
    'حماية المشتري', 'ضمان التوصيل', 'הגנת (?:ה)?קונה', 'הגנת קונים',
    // Romanian, Greek
    'protec[țţ]ia cump[ăa]r[ăa]torului', 'garan[țţ]ia (?:de )?livr[ăa]rii', 'προστασία (?:του )?αγοραστή', 'εγγύηση παράδοσης',
  ].join('|'),
  'iu',
);

const UNIT_MS = { day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1_000 } as const;
type Unit = keyof typeof UNIT_MS;

/** Unit words and abbreviations, per language, as the countdowns write them. */
const UNIT_WORDS: Record<Unit, string> = {
  day:
    'days?|d|дн\\.?|дней|день|дня|днів|дні|dni|dní|dny|dnů|den|dzień|dzien|días|día|dias|dia|jours|jour|j|tage?n?|giorni|giorno|dagen|dag|gün|일|日|أيام|يوم(?:ًا|ا)?|ימים|יום|zile|zi|ημέρες|ημέρα|ημερών|μέρες|μέρα',
  hour:
    'hours?|hrs?|h|часов|часа|час|ч\\.?|godzin[ya]?|godz\\.?|horas?|heures?|годин[аи]?|год\\.?|stunden?|std\\.?|ore|ora|uur|hod(?:in[ay]?|\\.)?|saat|시간|時間|ساعات|ساعة|שעות|שעה|ore|or[ăa]|ώρες|ώρα|ωρών',
  minute:
    'minutes?|mins?|m|минут[ыу]?|мин\\.?|minut[ya]?|minutos?|хвилин[аи]?|хв\\.?|minuten|minuti|dakika|분|分|دقائق|دقيقة|דקות|λεπτά|λεπτό',
  second:
    'seconds?|secs?|s|секунд[ыуи]?|сек\\.?|sekund[ya]?|segundos?|secondes?|с\\.?|sekunden|secondi|saniye|초|秒|ثوان[ٍي]?|ثانية|שניות',
};
const DURATION_PART = new RegExp(
  `(\\d{1,3})\\s*(?:(${UNIT_WORDS.day})|(${UNIT_WORDS.hour})|(${UNIT_WORDS.minute})|(${UNIT_WORDS.second}))(?!\\p{L})`,
  'giu',
);
/** A running timer "05:30:10" (always with seconds, unlike a time of day). */
const TIMER = /(?<![\d:])(\d{1,3}):([0-5]\d):([0-5]\d)(?![\d:])/;

/** Milliseconds of a written duration such as "12 days 5 hours" or "2 дн. 17 ч. 05:10:00"; undefined without one. */
export function parseDuration(written: string): number | undefined {
  const text = asciiDigits(written);
  let total = 0;
  let found = false;
  for (const match of text.matchAll(DURATION_PART)) {
    const value = Number(match[1]);
    const unit: Unit = match[2] ? 'day' : match[3] ? 'hour' : match[4] ? 'minute' : 'second';
    total += value * UNIT_MS[unit];
    found = true;
  }
  const timer = TIMER.exec(text);
  if (timer) {
    total += Number(timer[1]) * UNIT_MS.hour + Number(timer[2]) * UNIT_MS.minute + Number(timer[3]) * UNIT_MS.second;
    found = true;
  }
  return found ? total : undefined;
}

export interface Countdown {
  endsAt: number;
  sourceText: string;
}

/**
 * The deadline a single piece of text states. A relative countdown counts from `now`; a
 * date without a time means the start of that local day, the earliest reading, so that
 * reminders built on it are never late.
 */
export function parseCountdownText(text: string, now: number): Countdown | undefined {
  const date = findDate(text);
  // The date's own time ("10:15:00") must not be read as a running timer.
  const rest = date ? `${text.slice(0, date.index)} ${text.slice(date.end)}` : text;
  const duration = parseDuration(rest);
  // A live countdown is more precise than a day, so it wins when the page shows both.
  if (duration !== undefined && duration > 0) return { endsAt: now + duration, sourceText: text };
  if (date) return { endsAt: date.at, sourceText: text };
  return undefined;
}

export function isDeadlineText(text: string): boolean {
  return DEADLINE_CONTEXT.test(text);
}

/**
 * Finds the countdown among the lines of an order (card or page). The figure is either on
 * the line with the phrase or on the line right after it, where the page puts it in its
 * own element.
 */
export function findCountdown(lines: readonly string[], now: number): Countdown | undefined {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (!isDeadlineText(line)) continue;
    const own = parseCountdownText(line, now);
    if (own) return own;
    const next = lines[i + 1];
    if (next !== undefined && !isDeadlineText(next)) {
      const joined = parseCountdownText(next, now);
      if (joined) return { endsAt: joined.endsAt, sourceText: `${line} ${next}` };
    }
  }
  return undefined;
}
