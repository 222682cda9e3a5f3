import type { LanguageTables } from '../../shared/messages.js';
import { formatSessionLength } from '../technique-types.js';
import type { CardMessages } from '../card-messages.js';
import { TECHNIQUES_FR } from './techniques.fr.js';

/** What a technique card says, in French (narrow no-break spaces before : and inside « »). */
export const CARD_FR: CardMessages = {
  recommended: 'Recommandé',
  pressure: 'Pression',
  pressureOf: (level, max) => `${level} sur ${max}`,
  session: 'Séance',
  sessionLength: (min, max) => formatSessionLength({ min, max }, 'fr'),
  price: 'Prix',
  goodFor: 'Indiqué pour',
  moreAbout: (name) => `En savoir plus\u202f: ${name}`,
  feelsLike: 'Ce que l’on ressent',
  cautions: 'Précautions',
  book: (name) => `Réserver\u202f: ${name}`,
  unknownTechnique: (id) =>
    `Technique inconnue\u202f: «\u202f${id}\u202f». Il n’y a rien à afficher.`,
  refused: 'Impossible d’afficher cette technique.',
  empty: 'Aucune technique n’a été choisie pour cette fiche.',
  'goal-relaxation': 'Détente',
  'goal-stress': 'Réduction du stress',
  'goal-chronic-tension': 'Tensions chroniques',
  'goal-knots': 'Nœuds musculaires',
  'goal-stiffness': 'Raideurs',
  'goal-mobility': 'Mobilité',
  'goal-flexibility': 'Souplesse',
  'goal-posture': 'Tensions posturales',
  'goal-sports-recovery': 'Récupération sportive',
  'pressure-1': 'Douce',
  'pressure-2': 'Légère',
  'pressure-3': 'Moyenne',
  'pressure-4': 'Ferme',
  'pressure-5': 'Profonde',
};

/** The card in French: its words and the built-in techniques' texts. */
export default { 'technique-card': CARD_FR, techniques: TECHNIQUES_FR } satisfies LanguageTables;
