import type { LanguageLoaders } from '../../shared/language-controller.js';

/** The timer's languages besides English, each a chunk of its own. */
export const TIMER_LANGUAGES: LanguageLoaders = {
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
};
