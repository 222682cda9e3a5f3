import type { LanguageTables } from '../../shared/messages.js';
import { formatSessionLength } from '../technique-types.js';
import type { CardMessages } from '../card-messages.js';
import { TECHNIQUES_ES } from './techniques.es.js';

/** What a technique card says, in neutral Latin-American Spanish. */
export const CARD_ES: CardMessages = {
  recommended: 'Recomendado',
  pressure: 'Presión',
  pressureOf: (level, max) => `${level} de ${max}`,
  session: 'Sesión',
  sessionLength: (min, max) => formatSessionLength({ min, max }, 'es'),
  price: 'Precio',
  goodFor: 'Indicado para',
  moreAbout: (name) => `Más información: ${name}`,
  feelsLike: 'Qué se siente',
  cautions: 'Precauciones',
  book: (name) => `Reservar: ${name}`,
  unknownTechnique: (id) => `Técnica desconocida: “${id}”. No hay nada que mostrar.`,
  refused: 'No se pudo mostrar esta técnica.',
  empty: 'No se eligió ninguna técnica para esta tarjeta.',
  'goal-relaxation': 'Relajación',
  'goal-stress': 'Alivio del estrés',
  'goal-chronic-tension': 'Tensión crónica',
  'goal-knots': 'Nudos musculares',
  'goal-stiffness': 'Rigidez',
  'goal-mobility': 'Movilidad',
  'goal-flexibility': 'Flexibilidad',
  'goal-posture': 'Tensión postural',
  'goal-sports-recovery': 'Recuperación deportiva',
  'pressure-1': 'Suave',
  'pressure-2': 'Ligera',
  'pressure-3': 'Media',
  'pressure-4': 'Firme',
  'pressure-5': 'Profunda',
};

/** The card in Spanish: its words and the built-in techniques' texts. */
export default { 'technique-card': CARD_ES, techniques: TECHNIQUES_ES } satisfies LanguageTables;
