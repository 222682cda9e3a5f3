import type { LanguageTables } from '../../shared/messages.js';
import type { CheckMessages } from '../check-messages.js';
import type { AdviceLineNames } from '../care-view.js';
import { BACK_PAIN_FLOW_ES } from './back-pain-flow.es.js';
import { EXERCISE_NAMES_ES } from '../../exercise-timer/languages/exercise-names.es.js';

/**
 * What the symptom check says in Spanish: neutral Latin-American Spanish, "usted". An
 * emergency is «emergencia»; "urgencias" is left out on purpose, since in much of Latin
 * America it names the emergency department, and an urgent result must not send the
 * visitor there: it says to see a doctor soon, or a clinic without an appointment.
 */
const CHECK_ES: CheckMessages = {
  loading: 'Cargando el cuestionario…',
  failed:
    'Lo sentimos, no se pudo cargar este cuestionario. Si tiene dolor o algo le preocupa, comuníquese con un médico o con la clínica.',

  notDiagnosis: 'Esto no es un diagnóstico.',
  whatItIs:
    'No reemplaza la consulta con un médico o fisioterapeuta; le ayuda a decidir qué hacer a continuación. Sus respuestas se quedan en esta página: no se envía ni se guarda nada.',
  introEmergency: (number) =>
    `Si tiene un dolor repentino e intenso, o se siente muy mal, no use este cuestionario: llame al ${number} ahora mismo.`,
  introEmergencyLocal:
    'Si tiene un dolor repentino e intenso, o se siente muy mal, no use este cuestionario: llame ahora mismo al número local de emergencias.',
  start: 'Comenzar el cuestionario',

  progress: (current, total) => `Pregunta ${current} de ${total}`,
  yes: 'Sí',
  no: 'No',
  chooseOne: 'Elija una respuesta para continuar.',
  chooseSome: 'Elija al menos una respuesta para continuar.',
  next: 'Siguiente',
  back: 'Atrás',
  restart: 'Volver a empezar',

  result: 'Resultado',
  levelEmergency: 'Emergencia',
  levelUrgent: 'Consulte pronto a un médico',
  levelClinician: 'Consulte primero a un profesional de la salud',
  levelMassage: 'El masaje puede ayudarle',

  callNumber: (number) => `Llame al ${number}`,
  callLocalNow: 'Llame ahora mismo al número local de emergencias.',
  adviceLineAbout: (number, service) =>
    `Al llamar al ${number} (${service}), le atenderá personal de enfermería o un asesor de salud que le ayudará a decidir adónde ir y qué tan pronto.`,
  contactDoctorToday: 'Comuníquese hoy mismo con su médico o con una clínica que atienda sin cita.',
  worseCall: (number) =>
    `Si empeora, o si nota alguna señal de emergencia, llame al ${number} ahora mismo.`,
  worseCallLocal:
    'Si empeora, o si nota alguna señal de emergencia, llame ahora mismo al número local de emergencias.',

  questionsCallClinic: (clinic, phone) => `¿Tiene preguntas? Llame a ${clinic} al ${phone}.`,
  questionsCallUs: (phone) => `¿Tiene preguntas? Llámenos al ${phone}.`,

  techniquesMassage: 'Técnicas que pueden ayudarle',
  techniquesCleared:
    'Técnicas suaves, una vez que un profesional de la salud le haya dado el visto bueno',
  exercisesHeading: 'Ejercicios suaves para hacer en casa',
  selfCareHeading: 'Cuidarse antes y después de una sesión',
  exerciseList: (names) => `${names}.`,
  exercisesLink: 'Comenzar los ejercicios guiados',
  bookMassage: 'Reservar un masaje',
};

/** The advice lines in Spanish, by region (English: care-numbers.ts). */
const ADVICE_LINES_ES: AdviceLineNames = {
  GB: 'NHS 111; NHS 24 en Escocia; no disponible en Irlanda del Norte',
  CA: 'la línea de salud de su provincia; en la mayoría de las provincias y territorios',
  AU: 'healthdirect',
  NZ: 'Healthline',
};

export default {
  check: CHECK_ES,
  'back-pain-flow': BACK_PAIN_FLOW_ES,
  'advice-lines': ADVICE_LINES_ES,
  'exercise-names': EXERCISE_NAMES_ES,
} satisfies LanguageTables;
