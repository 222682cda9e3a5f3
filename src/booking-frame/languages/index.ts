import type { LanguageLoaders } from '../../shared/language-controller.js';

/**
 * The booking frame's languages besides English, each a chunk of its own: a page in English
 * never downloads them, and a French page only the French one.
 */
export const FRAME_LANGUAGES: LanguageLoaders = {
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
};
