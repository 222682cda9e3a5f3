/**
 * The exercise timer in Spanish: neutral Latin-American Spanish, "usted", with ¿…? and ¡…!.
 * Durations use the SI symbols Spanish uses too ("1 min 30 s").
 */
import type { LanguageTables } from '../../shared/messages.js';
import { numberIn, plural } from '../../shared/intl-format.js';
import type { TimerMessages } from '../timer-messages.js';
import { EXERCISES_ES } from './exercises.es.js';
import { EXERCISE_NAMES_ES } from './exercise-names.es.js';

const seconds = (count: number) =>
  plural('es', count, { one: (n) => `${n} segundo`, other: (n) => `${n} segundos` });
const minutes = (count: number) =>
  plural('es', count, { one: (n) => `${n} minuto`, other: (n) => `${n} minutos` });
const number = (count: number) => numberIn('es', count);
const repetitions = (count: number, after = '') =>
  plural('es', count, {
    one: (n) => `${n} repetición${after}`,
    other: (n) => `${n} repeticiones${after}`,
  });
const rep = (rep: number, reps: number) => `Repetición ${number(rep)} de ${number(reps)}`;

const TIMER_ES: TimerMessages = {
  phasePrepare: 'Prepárese',
  phaseWork: 'Muévase',
  phaseHold: 'Mantenga',
  phaseSwitch: 'Cambie de lado',
  phaseRest: 'Descanso',
  phaseDone: 'Terminado',

  seconds,
  secondsUnit: (count) => plural('es', count, { one: () => 'segundo', other: () => 'segundos' }),
  minutes,
  minutesSeconds: (wholeMinutes, rest) => `${minutes(wholeMinutes)} y ${seconds(rest)}`,
  secondsShort: (count) => `${number(count)} s`,
  minutesShort: (count) => `${number(count)} min`,
  minutesSecondsShort: (wholeMinutes, rest) => `${number(wholeMinutes)} min ${number(rest)} s`,

  summary: (exercises, aboutMinutes) =>
    `${plural('es', exercises, { one: (n) => `${n} ejercicio`, other: (n) => `${n} ejercicios` })}, unos ${number(aboutMinutes)} min.`,
  reps: (count) => repetitions(count),
  repsPerSide: (count) => repetitions(count, ' por lado'),
  repsAlternating: (count) => repetitions(count, ' por lado, alternando'),
  withHold: (dose, hold) => `${dose}, mantener ${hold}`,
  moreExercises: (count) => `${number(count)} más`,
  yourExercises: 'Sus ejercicios',
  advice: 'Hágalo con suavidad. Deténgase si el dolor se vuelve más agudo.',

  printRoutine: 'Imprimir esta rutina',
  startPosition: 'Inicio',
  endPosition: 'Final',
  callClinic: (phone) => `¿Preguntas? Llame al ${phone}.`,

  rep,
  repLeft: (n, reps) => `${rep(n, reps)}, lado izquierdo`,
  repRight: (n, reps) => `${rep(n, reps)}, lado derecho`,
  nextLeft: 'Siguiente: lado izquierdo',
  nextRight: 'Siguiente: lado derecho',
  nextOther: 'Siguiente: el otro lado',

  exerciseOf: (exercise, count) => `Ejercicio ${number(exercise)} de ${number(count)}`,
  timeLeft: (clock) => `Quedan ${clock}`,
  progressLabel: 'Progreso de la rutina',
  paused: 'En pausa',
  upNext: (name) => `A continuación: ${name}`,
  lastExercise: 'Último ejercicio',

  doneTitle: '¡Listo! ¡Buen trabajo!',
  exercised: (duration) => `Hizo ejercicio durante ${duration}.`,

  announcePrepare: (exercise, count) => `Prepárese: ${exercise}. ${seconds(count)}.`,
  announceRep: (counter) => `${counter}.`,
  announceHold: (count) => `Mantenga la posición, ${seconds(count)}.`,
  announceSwitchLeft: 'Cambie al lado izquierdo.',
  announceSwitchRight: 'Cambie al lado derecho.',
  announceSwitchOther: 'Cambie al otro lado.',
  announceRest: (count) => `Descanse, ${seconds(count)}.`,
  announceRestThen: (count, next) => `Descanse, ${seconds(count)}. A continuación: ${next}.`,
  announcePaused: 'En pausa.',
  voiceOn: 'Indicaciones por voz activadas.',

  start: 'Empezar',
  pause: 'Pausar',
  resume: 'Reanudar',
  startAgain: 'Empezar de nuevo',
  previous: 'Anterior',
  skip: 'Saltar',
  restart: 'Reiniciar',
  controlsLabel: 'Controles del temporizador',
  cuesLegend: 'Señales',
  beeps: 'Pitidos',
  spokenCues: 'Indicaciones por voz',

  keysIdle:
    'La barra espaciadora inicia la rutina, excepto en un botón o una casilla, que activa en su lugar.',
  keysRunning:
    'La barra espaciadora pausa la rutina, excepto en un botón o una casilla, que activa en su lugar. Las flechas izquierda y derecha pasan de un ejercicio a otro.',
  keysPaused:
    'La barra espaciadora reanuda la rutina, excepto en un botón o una casilla, que activa en su lugar. Las flechas izquierda y derecha pasan de un ejercicio a otro.',
  keysDone: 'La flecha izquierda vuelve al último ejercicio.',

  notLoaded: 'No se pudo cargar esta rutina de ejercicios. Por favor, avise a la clínica.',
};

export default {
  timer: TIMER_ES,
  exercises: EXERCISES_ES,
  'exercise-names': EXERCISE_NAMES_ES,
} satisfies LanguageTables;
