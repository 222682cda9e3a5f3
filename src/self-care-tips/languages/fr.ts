import type { LanguageTables } from '../../shared/messages.js';
import type { TipsMessages } from '../tips-messages.js';
import { TIPS_FR } from './tips.fr.js';

/** What the self-care tips say, in French (narrow no-break spaces before :). */
export const TIPS_MESSAGES_FR: TipsMessages = {
  label: 'Conseils pour prendre soin de vous',
  when: 'Quand',
  'moment-before-session': 'Avant une séance',
  'moment-after-session': 'Après une séance',
  'moment-after-exercise': 'Après l’exercice',
  'moment-every-day': 'Tous les jours',
  'moment-flare-up': 'Pendant une crise de douleur',
  general:
    'Ces conseils sont d’ordre général. Pour votre situation, suivez les recommandations de votre thérapeute ou de votre médecin.',
  noMatch: 'Aucun conseil ne correspond à ce moment.',
  notShown: 'Impossible d’afficher les conseils.',
};

/** The tips in French: their words and the built-in tips' texts. */
export default { tips: TIPS_MESSAGES_FR, 'tip-texts': TIPS_FR } satisfies LanguageTables;
