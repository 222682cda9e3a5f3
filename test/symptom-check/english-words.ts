/**
 * The English a French or Spanish check must not show: the check's own messages, the
 * advice lines' English names (care-numbers.ts), the built-in exercises' English names,
 * and the built-in flow's English.
 * Each allowed phrase says why it may stay.
 */
import { englishPhrases } from '../helpers/english-left.js';
import { CHECK_MESSAGES } from '../../src/symptom-check/check-messages.js';
import { CARE_BY_REGION } from '../../src/shared/care-numbers.js';
import { EXERCISE_NAMES } from '../../src/exercise-timer/exercise-names.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { flowTexts } from '../../src/symptom-check/flow-texts.js';

/** Words that are the same in French or Spanish, or names no language translates. */
const ALLOWED = [
  // "Question 3 sur 9": the same word in French.
  'Question',
  // The services' own names.
  'NHS 111',
  'healthdirect',
  'Healthline',
  // An exercise named after the hero, in every language.
  'Superman',
];

const adviceLineWords = Object.values(CARE_BY_REGION).flatMap(({ advice }) =>
  advice ? [advice.name, ...(advice.coverage?.split('; ') ?? [])] : [],
);

/** Every text in `value`, however deep in objects. */
const textsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value
      ? Object.values(value).flatMap(textsIn)
      : [];

/** The built-in flow's English: its title, intro, questions, answers and results. */
export const FLOW_ENGLISH: readonly string[] = textsIn(flowTexts(BACK_PAIN_FLOW));

/** Every English phrase of the check's chrome, care lines and exercise names. */
export const CHECK_ENGLISH: readonly string[] = [
  ...englishPhrases(CHECK_MESSAGES, ALLOWED),
  ...[...adviceLineWords, ...Object.values(EXERCISE_NAMES)].filter(
    (phrase) => !ALLOWED.includes(phrase),
  ),
];
