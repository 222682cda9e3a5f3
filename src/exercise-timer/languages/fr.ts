/**
 * The exercise timer in French: Canadian-friendly, "vous", with a narrow no-break space
 * (U+202F) before : ; ! ?. Durations follow the SI symbols French uses too (« 1 min 30 s »).
 */
import type { LanguageTables } from '../../shared/messages.js';
import { numberIn, plural } from '../../shared/intl-format.js';
import type { TimerMessages } from '../timer-messages.js';
import { EXERCISES_FR } from './exercises.fr.js';
import { EXERCISE_NAMES_FR } from './exercise-names.fr.js';

const seconds = (count: number) =>
  plural('fr', count, { one: (n) => `${n} seconde`, other: (n) => `${n} secondes` });
const minutes = (count: number) =>
  plural('fr', count, { one: (n) => `${n} minute`, other: (n) => `${n} minutes` });
const number = (count: number) => numberIn('fr', count);
const repetitions = (count: number, after = '') =>
  plural('fr', count, {
    one: (n) => `${n} répétition${after}`,
    other: (n) => `${n} répétitions${after}`,
  });
const rep = (rep: number, reps: number) => `Répétition ${number(rep)} sur ${number(reps)}`;

const TIMER_FR: TimerMessages = {
  phasePrepare: 'Préparez-vous',
  phaseWork: 'Bougez',
  phaseHold: 'Maintenez',
  phaseSwitch: 'Changez de côté',
  phaseRest: 'Repos',
  phaseDone: 'Terminé',

  seconds,
  secondsUnit: (count) => plural('fr', count, { one: () => 'seconde', other: () => 'secondes' }),
  minutes,
  minutesSeconds: (wholeMinutes, rest) => `${minutes(wholeMinutes)} et ${seconds(rest)}`,
  secondsShort: (count) => `${number(count)} s`,
  minutesShort: (count) => `${number(count)} min`,
  minutesSecondsShort: (wholeMinutes, rest) => `${number(wholeMinutes)} min ${number(rest)} s`,

  summary: (exercises, aboutMinutes) =>
    `${plural('fr', exercises, { one: (n) => `${n} exercice`, other: (n) => `${n} exercices` })}, environ ${number(aboutMinutes)} min.`,
  reps: (count) => repetitions(count),
  repsPerSide: (count) => repetitions(count, ' par côté'),
  repsAlternating: (count) => repetitions(count, ' par côté, en alternance'),
  withHold: (dose, hold) => `${dose}, maintien ${hold}`,
  moreExercises: (count) =>
    plural('fr', count, { one: (n) => `${n} autre`, other: (n) => `${n} autres` }),
  yourExercises: 'Vos exercices',
  advice: 'Allez-y doucement. Arrêtez si la douleur devient plus vive.',

  printRoutine: 'Imprimer cette routine',
  startPosition: 'Début',
  endPosition: 'Fin',
  callClinic: (phone) => `Des questions\u202f? Appelez le ${phone}.`,

  rep,
  repLeft: (n, reps) => `${rep(n, reps)}, côté gauche`,
  repRight: (n, reps) => `${rep(n, reps)}, côté droit`,
  nextLeft: 'Ensuite\u202f: côté gauche',
  nextRight: 'Ensuite\u202f: côté droit',
  nextOther: 'Ensuite\u202f: l’autre côté',

  exerciseOf: (exercise, count) => `Exercice ${number(exercise)} sur ${number(count)}`,
  timeLeft: (clock) => `Il reste ${clock}`,
  progressLabel: 'Progression de la routine',
  paused: 'En pause',
  upNext: (name) => `À suivre\u202f: ${name}`,
  lastExercise: 'Dernier exercice',

  doneTitle: 'C’est terminé. Bravo\u202f!',
  exercised: (duration) => `Vous avez fait ${duration} d’exercice.`,

  announcePrepare: (exercise, count) => `Préparez-vous\u202f: ${exercise}. ${seconds(count)}.`,
  announceRep: (counter) => `${counter}.`,
  announceHold: (count) => `Maintenez la position, ${seconds(count)}.`,
  announceSwitchLeft: 'Passez au côté gauche.',
  announceSwitchRight: 'Passez au côté droit.',
  announceSwitchOther: 'Passez à l’autre côté.',
  announceRest: (count) => `Repos, ${seconds(count)}.`,
  announceRestThen: (count, next) => `Repos, ${seconds(count)}. À suivre\u202f: ${next}.`,
  announcePaused: 'En pause.',
  voiceOn: 'Indications vocales activées.',

  start: 'Commencer',
  pause: 'Pause',
  resume: 'Reprendre',
  startAgain: 'Refaire la routine',
  previous: 'Précédent',
  skip: 'Passer',
  restart: 'Recommencer',
  controlsLabel: 'Commandes du minuteur',
  cuesLegend: 'Signaux',
  beeps: 'Bips sonores',
  spokenCues: 'Indications vocales',

  keysIdle:
    'La barre d’espacement lance la routine, sauf sur un bouton ou une case à cocher, qu’elle active à la place.',
  keysRunning:
    'La barre d’espacement met en pause, sauf sur un bouton ou une case à cocher, qu’elle active à la place. Les flèches gauche et droite passent d’un exercice à l’autre.',
  keysPaused:
    'La barre d’espacement reprend, sauf sur un bouton ou une case à cocher, qu’elle active à la place. Les flèches gauche et droite passent d’un exercice à l’autre.',
  keysDone: 'La flèche gauche ramène au dernier exercice.',

  notLoaded: 'Cette routine d’exercices n’a pas pu être chargée. Merci d’en informer la clinique.',
};

export default {
  timer: TIMER_FR,
  exercises: EXERCISES_FR,
  'exercise-names': EXERCISE_NAMES_FR,
} satisfies LanguageTables;
