import type { LanguageLoaders } from '../../shared/language-controller.js';

/** The technique list's languages besides English, each a chunk of its own. */
export const TECHNIQUE_LIST_LANGUAGES: LanguageLoaders = {
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
};
