import type { LanguageController } from '../shared/language-controller.js';
import type { ExerciseNames } from './exercise-names.js';
import type { ExerciseTexts, LocalContent } from './exercise-texts.js';
import { isPartial } from '../shared/messages.js';
import { TIMER_MESSAGES, type TimerMessages } from './timer-messages.js';

/** Everything the timer says in one language, read together so it never mixes two. */
export interface TimerWords {
  /** The language (`fr`), for `Intl` lists. */
  readonly language: string;
  /** The tag the voice speaks (`fr-CA`): always the language `text` is in. */
  readonly locale: string;
  readonly text: TimerMessages;
  /** The built-in exercises' words, for `localRoutine`. */
  readonly content: LocalContent & { readonly unnamed: string };
}

/**
 * The timer's words in the widget's language (see LanguageController): its messages, the
 * built-in exercises' texts, and the tag for the voice. The voice takes the language the
 * messages really are in: where a language's chunk could not load (or a language a
 * developer registered has no timer messages, or only some) the words are English, and so
 * is the voice.
 */
export function timerWords(words: LanguageController): TimerWords {
  const given = words.messages('timer', TIMER_MESSAGES);
  // A language with only some timer words (a developer's partial table) would speak
  // English cues with its own voice: the timer speaks English until the table is whole.
  const english = words.language !== 'en' && (given === TIMER_MESSAGES || isPartial(given));
  const text = english ? TIMER_MESSAGES : given;
  return {
    language: english ? 'en' : words.language,
    locale: english ? 'en' : words.locale,
    text,
    content: {
      texts: english ? undefined : words.texts<ExerciseTexts>('exercises'),
      names: english ? undefined : words.texts<ExerciseNames>('exercise-names'),
      unnamed: text.yourExercises,
    },
  };
}
