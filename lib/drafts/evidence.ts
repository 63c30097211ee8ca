import { LOCALES, type Locale } from '../i18n/locales';
import { formatCount, formatList } from './english';
import type { Text } from './template';

/** What the buyer has to show, as counts: listed in dispute and complaint texts. */
export interface EvidenceSummary {
  photos?: number;
  videos?: number;
  screenshots?: number;
  /** The conversation with the seller, saved or captured. */
  chat?: boolean;
  /** The carrier's tracking history. */
  tracking?: boolean;
}

type Phrase = Record<Locale, Text>;

const PHRASES: { photos: Phrase; videos: Phrase; screenshots: Phrase; chat: Record<Locale, string>; tracking: Record<Locale, string> } = {
  photos: {
    en: { one: '{n} photo', other: '{n} photos' },
    uk: '{n} фото',
    pl: { one: '{n} zdjęcie', few: '{n} zdjęcia', many: '{n} zdjęć', other: '{n} zdjęcia' },
    el: { one: '{n} φωτογραφία', other: '{n} φωτογραφίες' },
    ro: { one: '{n} fotografie', few: '{n} fotografii', other: '{n} de fotografii' },
    ka: '{n} ფოტო',
    ru: '{n} фото',
  },
  videos: {
    en: { one: '{n} video', other: '{n} videos' },
    uk: '{n} відео',
    pl: { one: '{n} film', few: '{n} filmy', many: '{n} filmów', other: '{n} filmu' },
    el: '{n} βίντεο',
    ro: { one: '{n} videoclip', few: '{n} videoclipuri', other: '{n} de videoclipuri' },
    ka: '{n} ვიდეო',
    ru: '{n} видео',
  },
  screenshots: {
    en: { one: '{n} screenshot', other: '{n} screenshots' },
    uk: { one: '{n} знімок екрана', few: '{n} знімки екрана', many: '{n} знімків екрана', other: '{n} знімка екрана' },
    pl: { one: '{n} zrzut ekranu', few: '{n} zrzuty ekranu', many: '{n} zrzutów ekranu', other: '{n} zrzutu ekranu' },
    el: { one: '{n} στιγμιότυπο οθόνης', other: '{n} στιγμιότυπα οθόνης' },
    ro: { one: '{n} captură de ecran', few: '{n} capturi de ecran', other: '{n} de capturi de ecran' },
    ka: '{n} სქრინშოტი',
    ru: { one: '{n} снимок экрана', few: '{n} снимка экрана', many: '{n} снимков экрана', other: '{n} снимка экрана' },
  },
  chat: {
    en: 'the chat history with the seller',
    uk: 'історія листування з продавцем',
    pl: 'historia rozmowy ze sprzedawcą',
    el: 'το ιστορικό συνομιλίας με τον πωλητή',
    ro: 'istoricul conversației cu vânzătorul',
    ka: 'გამყიდველთან მიმოწერის ისტორია',
    ru: 'история переписки с продавцом',
  },
  tracking: {
    en: 'the tracking history',
    uk: 'історія відстеження',
    pl: 'historia śledzenia przesyłki',
    el: 'το ιστορικό παρακολούθησης',
    ro: 'istoricul de urmărire',
    ka: 'თრექინგის ისტორია',
    ru: 'история отслеживания',
  },
};

function counted(phrase: Phrase, locale: Locale, count: number): string {
  const text = phrase[locale];
  const form = typeof text === 'string' ? text : (text[new Intl.PluralRules(locale).select(count)] ?? text.other);
  return form.replace('{n}', formatCount(count, locale));
}

const isCount = (value: number | undefined): value is number => value !== undefined && Number.isInteger(value) && value >= 1;

/**
 * "3 photos, 1 video and the tracking history" in every language, or
 * undefined when there is nothing to list. British list style in English:
 * no comma before "and".
 */
export function evidenceList(evidence: EvidenceSummary | undefined): Record<Locale, string> | undefined {
  if (!evidence) return undefined;
  const entries = Object.fromEntries(
    LOCALES.map((locale) => {
      const parts: string[] = [];
      for (const kind of ['photos', 'videos', 'screenshots'] as const) {
        const count = evidence[kind];
        if (isCount(count)) parts.push(counted(PHRASES[kind], locale, count));
      }
      if (evidence.chat) parts.push(PHRASES.chat[locale]);
      if (evidence.tracking) parts.push(PHRASES.tracking[locale]);
      return [locale, formatList(parts, locale)];
    }),
  ) as Record<Locale, string>;
  return entries.en === '' ? undefined : entries;
}
