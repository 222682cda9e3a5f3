import type { LanguageController } from '../shared/language-controller.js';
import type { ExerciseNames } from './exercise-names.js';
import type { ExerciseTexts, LocalContent } from './exercise-texts.js';
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
 * developer registered has no timer messages) the words are English, and so is the voice.
 */
export function timerWords(words: LanguageController): TimerWords {
  const text = words.messages('timer', TIMER_MESSAGES);
  const english = text === TIMER_MESSAGES && words.language !== 'en';
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
