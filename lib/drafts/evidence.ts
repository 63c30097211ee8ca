import { LOCALES, type Locale } from '../i18n/locales';
import { formatList } from './english';
import { phraseIn, type TemplateInput, type Wording } from './template';

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

/** The evidence kinds as phrases (lib/i18n/locales/<lang>/sentences.json); the counted ones take {count}. */
const COUNTED = {
  photos: 'sentences.phrase.evidence.photos',
  videos: 'sentences.phrase.evidence.videos',
  screenshots: 'sentences.phrase.evidence.screenshots',
} as const satisfies Record<string, Wording>;

/** The conversation is with whoever reads the buyer's messages there: the seller, or support where it answers for the sellers. */
const CHAT: Record<NonNullable<TemplateInput['reader']>, Wording> = {
  seller: 'sentences.phrase.evidence.chat',
  support: 'sentences.phrase.evidence.chat.support',
};

const isCount = (value: number | undefined): value is number => value !== undefined && Number.isInteger(value) && value >= 1;

/**
 * "3 photos, 1 video and the tracking history" in every language, or
 * undefined when there is nothing to list. British list style in English:
 * no comma before "and".
 */
export function evidenceList(evidence: EvidenceSummary | undefined, reader: TemplateInput['reader'] = 'seller'): Record<Locale, string> | undefined {
  if (!evidence) return undefined;
  const entries = Object.fromEntries(
    LOCALES.map((locale) => {
      const parts: string[] = [];
      for (const kind of ['photos', 'videos', 'screenshots'] as const) {
        const count = evidence[kind];
        if (isCount(count)) parts.push(phraseIn(COUNTED[kind], locale, { count }));
      }
      if (evidence.chat) parts.push(phraseIn(CHAT[reader], locale));
      if (evidence.tracking) parts.push(phraseIn('sentences.phrase.evidence.tracking', locale));
      return [locale, formatList(parts, locale)];
    }),
  ) as Record<Locale, string>;
  return entries.en === '' ? undefined : entries;
}
