/**
 * What the exercise timer shows and says, in English; other languages: ./languages/. Each
 * message is a whole phrase or sentence: a function gets its numbers (and any phrase made
 * by another message, such as a duration or the rep counter) and returns the whole thing
 * in its own language. What is said aloud uses whole words ("5 seconds", never "5 s"): a
 * screen reader or a voice reads abbreviations badly.
 */
import { numberIn, plural } from '../shared/intl-format.js';

const seconds = (count: number) =>
  plural('en', count, { one: (n) => `${n} second`, other: (n) => `${n} seconds` });
const minutes = (count: number) =>
  plural('en', count, { one: (n) => `${n} minute`, other: (n) => `${n} minutes` });
const number = (count: number) => numberIn('en', count);

export const TIMER_MESSAGES = {
  // The phase's name, in the ring.
  phasePrepare: 'Get ready',
  phaseWork: 'Move',
  phaseHold: 'Hold',
  phaseSwitch: 'Switch sides',
  phaseRest: 'Rest',
  phaseDone: 'Done',

  // Times said aloud (and read by a screen reader): "1 second", "2 minutes 1 second".
  seconds,
  /** The word after the countdown's number, for a screen reader: "second", "seconds". */
  secondsUnit: (count: number) =>
    plural('en', count, { one: () => 'second', other: () => 'seconds' }),
  minutes,
  minutesSeconds: (wholeMinutes: number, rest: number) =>
    `${minutes(wholeMinutes)} ${seconds(rest)}`,
  // Times shown in lists: "45 s", "1 min", "1 min 30 s".
  secondsShort: (count: number) => `${number(count)} s`,
  minutesShort: (count: number) => `${number(count)} min`,
  minutesSecondsShort: (wholeMinutes: number, rest: number) =>
    `${number(wholeMinutes)} min ${number(rest)} s`,

  /** The overview's line: "6 exercises, about 9 min." */
  summary: (exercises: number, aboutMinutes: number) =>
    `${plural('en', exercises, { one: (n) => `${n} exercise`, other: (n) => `${n} exercises` })}, about ${number(aboutMinutes)} min.`,
  // An exercise's dose in the overview: "8 reps", "10 reps per side, alternating, hold 3 s".
  reps: (count: number) =>
    plural('en', count, { one: (n) => `${n} rep`, other: (n) => `${n} reps` }),
  repsPerSide: (count: number) =>
    plural('en', count, { one: (n) => `${n} rep per side`, other: (n) => `${n} reps per side` }),
  repsAlternating: (count: number) =>
    plural('en', count, {
      one: (n) => `${n} rep per side, alternating`,
      other: (n) => `${n} reps per side, alternating`,
    }),
  /** A dose (`reps`...) with its hold (`secondsShort`...). */
  withHold: (dose: string, hold: string) => `${dose}, hold ${hold}`,
  /** Exercises a chosen set's name leaves out, after the first three: "and 2 more". */
  moreExercises: (count: number) => `${number(count)} more`,
  /** The heading of a clinic's routine that has no name. */
  yourExercises: 'Your exercises',
  advice: 'Go gently. Stop if the pain gets sharper.',

  // The printed routine (a home-programme handout).
  printRoutine: 'Print this routine',
  /** Under the pictures on paper: where the movement starts and where it goes. */
  startPosition: 'Start',
  endPosition: 'End',
  /** The clinic's phone on the handout. */
  callClinic: (phone: string) => `Questions? Call ${phone}.`,

  // Where a phase stands in its exercise.
  rep: (rep: number, reps: number) => `Rep ${number(rep)} of ${number(reps)}`,
  repLeft: (rep: number, reps: number) => `Rep ${number(rep)} of ${number(reps)}, left side`,
  repRight: (rep: number, reps: number) => `Rep ${number(rep)} of ${number(reps)}, right side`,
  nextLeft: 'Next: left side',
  nextRight: 'Next: right side',
  nextOther: 'Next: other side',

  // The stage.
  exerciseOf: (exercise: number, count: number) =>
    `Exercise ${number(exercise)} of ${number(count)}`,
  /** The time left in the routine, as a clock ("8:57"). */
  timeLeft: (clock: string) => `${clock} left`,
  progressLabel: 'Routine progress',
  paused: 'Paused',
  upNext: (name: string) => `Up next: ${name}`,
  lastExercise: 'Last exercise',

  // The closing message.
  doneTitle: 'All done. Well done!',
  /** The time spent exercising, pauses left out, as `minutesSeconds` says it. */
  exercised: (duration: string) => `You exercised for ${duration}.`,

  // Said when a phase starts (live region, and the voice when on).
  announcePrepare: (exercise: string, count: number) =>
    `Get ready: ${exercise}. ${seconds(count)}.`,
  /** A rep starts: the counter (`rep`, `repLeft`...) as a sentence. */
  announceRep: (counter: string) => `${counter}.`,
  announceHold: (count: number) => `Hold, ${seconds(count)}.`,
  announceSwitchLeft: 'Switch to the left side.',
  announceSwitchRight: 'Switch to the right side.',
  announceSwitchOther: 'Switch to the other side.',
  announceRest: (count: number) => `Rest, ${seconds(count)}.`,
  announceRestThen: (count: number, next: string) => `Rest, ${seconds(count)}. Up next: ${next}.`,
  announcePaused: 'Paused.',
  /** Said when the visitor turns spoken cues on, so they hear the voice at once. */
  voiceOn: 'Spoken cues on.',

  // The controls and cue switches.
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  startAgain: 'Start again',
  previous: 'Previous',
  skip: 'Skip',
  restart: 'Restart',
  controlsLabel: 'Timer controls',
  cuesLegend: 'Cues',
  beeps: 'Beeps',
  spokenCues: 'Spoken cues',

  // The keyboard hint, by the state of the run: Space on a button or checkbox presses it.
  keysIdle: 'Space starts the routine, except on a button or checkbox, which it presses instead.',
  keysRunning:
    'Space pauses, except on a button or checkbox, which it presses instead. Left and right arrows move between exercises.',
  keysPaused:
    'Space resumes, except on a button or checkbox, which it presses instead. Left and right arrows move between exercises.',
  keysDone: 'The left arrow goes back to the last exercise.',

  /** Instead of the timer, when its routine is unknown or refused. */
  notLoaded: 'This exercise routine could not be loaded. Please let the clinic know.',
};

/** The timer's messages: every language gives each of these keys. */
export type TimerMessages = typeof TIMER_MESSAGES;
