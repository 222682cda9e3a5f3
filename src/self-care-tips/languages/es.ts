import type { LanguageTables } from '../../shared/messages.js';
import type { TipsMessages } from '../tips-messages.js';
import { TIPS_ES } from './tips.es.js';

/** What the self-care tips say, in neutral Latin-American Spanish. */
export const TIPS_MESSAGES_ES: TipsMessages = {
  label: 'Consejos de autocuidado',
  when: 'Cuándo',
  'moment-before-session': 'Antes de una sesión',
  'moment-after-session': 'Después de una sesión',
  'moment-after-exercise': 'Después del ejercicio',
  'moment-every-day': 'Todos los días',
  'moment-flare-up': 'Durante una crisis de dolor',
  general:
    'Estos consejos son generales. Para su caso, siga las indicaciones de su terapeuta o de su médico.',
  noMatch: 'No hay consejos para este momento.',
  notShown: 'No se pudieron mostrar los consejos.',
};

/** The tips in Spanish: their words and the built-in tips' texts. */
export default { tips: TIPS_MESSAGES_ES, 'tip-texts': TIPS_ES } satisfies LanguageTables;
