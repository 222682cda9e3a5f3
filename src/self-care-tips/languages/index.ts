import type { LanguageLoaders } from '../../shared/language-controller.js';

/** The self-care tips' languages besides English, each a chunk of its own. */
export const SELF_CARE_TIPS_LANGUAGES: LanguageLoaders = {
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
};
