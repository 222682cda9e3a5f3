/**
 * What the language tests of the card and the list share: each language's tables, and the
 * English a French or Spanish card must not show (the card's English words and every text
 * of the built-in techniques).
 */
import { CARD_MESSAGES } from '../../src/technique-card/card-messages.js';
import { BUILT_IN_TECHNIQUES } from '../../src/technique-card/built-in-techniques.js';
import { CARD_FR } from '../../src/technique-card/languages/fr.js';
import { CARD_ES } from '../../src/technique-card/languages/es.js';
import { TECHNIQUES_FR } from '../../src/technique-card/languages/techniques.fr.js';
import { TECHNIQUES_ES } from '../../src/technique-card/languages/techniques.es.js';
import type { CardMessages } from '../../src/technique-card/card-messages.js';
import {
  TECHNIQUE_TEXT_FIELDS,
  type TechniqueTexts,
} from '../../src/technique-card/technique-texts.js';
import { englishPhrases } from '../helpers/english-left.js';

/** A built-in language of the card, with its tables. */
export interface CardLanguage {
  readonly code: 'fr' | 'es';
  readonly card: CardMessages;
  readonly techniques: TechniqueTexts;
}

export const CARD_LANGUAGES: readonly CardLanguage[] = [
  { code: 'fr', card: CARD_FR, techniques: TECHNIQUES_FR },
  { code: 'es', card: CARD_ES, techniques: TECHNIQUES_ES },
];

/** Every text of the built-in techniques, in English. */
export const ENGLISH_TECHNIQUE_TEXTS: readonly string[] = [
  ...new Set(
    BUILT_IN_TECHNIQUES.flatMap((technique) => [
      ...TECHNIQUE_TEXT_FIELDS.map((field) => technique[field] ?? ''),
      ...technique.cautions,
    ]).filter(Boolean),
  ),
];

/** The English a card in another language must not show: its words and the techniques'. */
export const CARD_ENGLISH: readonly string[] = [
  ...englishPhrases(CARD_MESSAGES),
  ...ENGLISH_TECHNIQUE_TEXTS,
];
