import type { LanguageLoaders } from '../../shared/language-controller.js';

/** The symptom check's languages besides English, each a chunk of its own. */
export const CHECK_LANGUAGES: LanguageLoaders = {
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
};
