import type { LanguageTables } from '../../shared/messages.js';
import type { CheckMessages } from '../check-messages.js';
import type { AdviceLineNames } from '../care-view.js';
import { BACK_PAIN_FLOW_FR } from './back-pain-flow.fr.js';
import { EXERCISE_NAMES_FR } from '../../exercise-timer/languages/exercise-names.fr.js';

/**
 * What the symptom check says in French: "vous", words a Canadian clinic would use
 * (physiothérapeute, clinique sans rendez-vous). An emergency is « urgence »; an urgent
 * result only says to see a doctor « sans tarder », never « urgence », so the two never
 * read alike.
 */
const CHECK_FR: CheckMessages = {
  loading: 'Chargement du questionnaire…',
  failed:
    'Nous sommes désolés\u202f: ce questionnaire n’a pas pu être chargé. Si vous avez mal ou si quelque chose vous inquiète, communiquez avec un médecin ou avec la clinique.',

  notDiagnosis: 'Ceci n’est pas un diagnostic.',
  whatItIs:
    'Ce questionnaire ne remplace pas l’avis d’un médecin ou d’un physiothérapeute\u202f; il vous aide à décider quoi faire ensuite. Vos réponses restent sur cette page\u202f: rien n’est envoyé ni enregistré.',
  introEmergency: (number) =>
    `Si vous avez une douleur soudaine et intense, ou si vous vous sentez très mal, n’utilisez pas ce questionnaire\u202f: appelez immédiatement le ${number}.`,
  introEmergencyLocal:
    'Si vous avez une douleur soudaine et intense, ou si vous vous sentez très mal, n’utilisez pas ce questionnaire\u202f: appelez immédiatement le numéro d’urgence local.',
  start: 'Commencer le questionnaire',

  progress: (current, total) => `Question ${current} sur ${total}`,
  yes: 'Oui',
  no: 'Non',
  chooseOne: 'Choisissez une réponse pour continuer.',
  chooseSome: 'Choisissez au moins une réponse pour continuer.',
  next: 'Suivant',
  back: 'Retour',
  restart: 'Recommencer',

  result: 'Résultat',
  levelEmergency: 'Urgence médicale',
  levelUrgent: 'Consultez un médecin sans tarder',
  levelClinician: 'Consultez d’abord un professionnel de la santé',
  levelMassage: 'Le massage peut vous aider',

  callNumber: (number) => `Appelez le ${number}`,
  callLocalNow: 'Appelez immédiatement le numéro d’urgence local.',
  adviceLineAbout: (number, service) =>
    `En appelant le ${number} (${service}), vous parlerez à une infirmière, un infirmier ou un conseiller en santé qui vous aidera à décider où aller et dans quel délai.`,
  contactDoctorToday:
    'Communiquez aujourd’hui même avec votre médecin ou avec une clinique sans rendez-vous.',
  worseCall: (number) =>
    `Si votre état s’aggrave, ou si vous remarquez un signe d’urgence, appelez immédiatement le ${number}.`,
  worseCallLocal:
    'Si votre état s’aggrave, ou si vous remarquez un signe d’urgence, appelez immédiatement le numéro d’urgence local.',

  questionsCallClinic: (clinic, phone) => `Des questions\u202f? Appelez ${clinic} au ${phone}.`,
  questionsCallUs: (phone) => `Des questions\u202f? Appelez-nous au ${phone}.`,

  techniquesMassage: 'Techniques qui peuvent vous aider',
  techniquesCleared:
    'Techniques douces, une fois qu’un professionnel de la santé vous a donné le feu vert',
  exercisesHeading: 'Exercices doux à faire à la maison',
  selfCareHeading: 'Prendre soin de vous avant et après une séance',
  exerciseList: (names) => `${names}.`,
  exercisesLink: 'Commencer les exercices guidés',
  bookMassage: 'Réserver un massage',
};

/** The advice lines in French, by region (English: care-numbers.ts). */
const ADVICE_LINES_FR: AdviceLineNames = {
  GB: 'NHS 111\u202f; NHS 24 en Écosse\u202f; pas en Irlande du Nord',
  CA: 'la ligne santé de votre province, comme Info-Santé au Québec\u202f; dans la plupart des provinces et territoires',
  AU: 'healthdirect',
  NZ: 'Healthline',
};

export default {
  check: CHECK_FR,
  'back-pain-flow': BACK_PAIN_FLOW_FR,
  'advice-lines': ADVICE_LINES_FR,
  'exercise-names': EXERCISE_NAMES_FR,
} satisfies LanguageTables;
