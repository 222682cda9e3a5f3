/**
 * The words the timer shows and says, from its messages in the visitor's language (`text`:
 * the English TIMER_MESSAGES or another language's). Pure, so the same sentence reaches the
 * screen, the live region and the voice, and tests can read it. What is said uses whole
 * words ("5 seconds", never "5 s"): a screen reader or a voice reads abbreviations badly.
 */
import type { Exercise } from './routine-types.js';
import type { Phase, PhaseKind, Schedule } from './schedule.js';
import type { RunStatus, TimerState } from './timer-machine.js';
import { TIMER_MESSAGES, type TimerMessages } from './timer-messages.js';

/** The message naming each kind of phase. */
const PHASE_KEYS = {
  prepare: 'phasePrepare',
  work: 'phaseWork',
  hold: 'phaseHold',
  switch: 'phaseSwitch',
  rest: 'phaseRest',
  done: 'phaseDone',
} as const satisfies Record<PhaseKind, keyof TimerMessages>;

/** The phase's name, as the ring shows it: "Get ready", "Move"... */
export const phaseLabel = (kind: PhaseKind, text: TimerMessages): string => text[PHASE_KEYS[kind]];

/** Whole minutes and the seconds over, of a time rounded to whole seconds, never below 0. */
function minutesAndSeconds(totalSeconds: number): [minutes: number, seconds: number] {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return [Math.floor(seconds / 60), seconds % 60];
}

/** Whole seconds in words, for reading aloud: "45 seconds", "1 minute", "2 minutes 1 second". */
export function spokenDuration(totalSeconds: number, text: TimerMessages): string {
  const [minutes, rest] = minutesAndSeconds(totalSeconds);
  if (minutes === 0) return text.seconds(rest);
  return rest === 0 ? text.minutes(minutes) : text.minutesSeconds(minutes, rest);
}

/** Whole seconds in short, for lists on the screen: "45 s", "1 min", "2 min 30 s". */
export function durationText(totalSeconds: number, text: TimerMessages): string {
  const [minutes, rest] = minutesAndSeconds(totalSeconds);
  if (minutes === 0) return text.secondsShort(rest);
  return rest === 0 ? text.minutesShort(minutes) : text.minutesSecondsShort(minutes, rest);
}

/**
 * The routine's length in the overview, in whole minutes rounded up: 8 min 57 s is "about
 * 9 min", so a visitor never sets aside less time than it takes.
 */
export const aboutMinutes = (totalMs: number): number => Math.ceil(totalMs / 60_000);

/** The overview's line: "6 exercises, about 9 min." (English unless told: stories use it.) */
export const summaryText = (schedule: Schedule, text: TimerMessages = TIMER_MESSAGES): string =>
  text.summary(schedule.routine.exercises.length, aboutMinutes(schedule.totalMs));

/** "m:ss", rounding up so 0:00 means the time is really up (the same in every language). */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The seconds shown in the big countdown: rounded up, never below 0. */
export const countdownSeconds = (ms: number): number => Math.max(0, Math.ceil(ms / 1000));

/** What an exercise asks for: "8 reps", "10 reps per side, alternating, hold 3 s". */
export function doseText(exercise: Exercise, text: TimerMessages): string {
  const reps = { none: text.reps, both: text.repsPerSide, alternating: text.repsAlternating };
  const dose = reps[exercise.sides](exercise.reps);
  return exercise.holdSeconds > 0
    ? text.withHold(dose, durationText(exercise.holdSeconds, text))
    : dose;
}

/** Where a phase stands in its exercise: "Rep 3 of 10, left side". Empty outside reps. */
export function repText(phase: Phase, exercise: Exercise | undefined, text: TimerMessages): string {
  if (!exercise) return '';
  if (phase.kind === 'switch')
    return phase.side === 'left'
      ? text.nextLeft
      : phase.side === 'right'
        ? text.nextRight
        : text.nextOther;
  if (phase.kind !== 'work' && phase.kind !== 'hold') return '';
  const counter =
    phase.side === 'left' ? text.repLeft : phase.side === 'right' ? text.repRight : text.rep;
  return counter(phase.rep, exercise.reps);
}

/** The next exercise's name, for "Up next"; undefined during the last one. */
export function nextExerciseName(schedule: Schedule, phase: Phase): string | undefined {
  return schedule.routine.exercises[phase.exerciseIndex + 1]?.name;
}

/** The closing message's second line: the time spent exercising, pauses left out. */
export const exercisedText = (activeMs: number, text: TimerMessages): string =>
  text.exercised(spokenDuration(activeMs / 1000, text));

/** The whole closing message, as the screen shows it and the voice says it at the end. */
export const closingText = (activeMs: number, text: TimerMessages): string =>
  `${text.doneTitle} ${exercisedText(activeMs, text)}`;

/**
 * The sentence for a new phase, said once when it starts (live region and voice): short,
 * because reps come every few seconds, and in the screen's words: the time as the
 * countdown shows it then, "Up next" as the rest shows it. The end says `closingText`.
 */
export function phaseAnnouncement(schedule: Schedule, phase: Phase, text: TimerMessages): string {
  const exercise = schedule.routine.exercises[phase.exerciseIndex];
  const seconds = countdownSeconds(phase.durationMs);
  switch (phase.kind) {
    case 'prepare':
      return text.announcePrepare(exercise?.name ?? '', seconds);
    case 'work':
      return text.announceRep(repText(phase, exercise, text));
    case 'hold':
      return text.announceHold(seconds);
    case 'switch':
      return phase.side === 'left'
        ? text.announceSwitchLeft
        : phase.side === 'right'
          ? text.announceSwitchRight
          : text.announceSwitchOther;
    case 'rest': {
      const next = nextExerciseName(schedule, phase);
      return next ? text.announceRestThen(seconds, next) : text.announceRest(seconds);
    }
    case 'done':
      return text.doneTitle;
  }
}

/** What the live region (and the voice) says when a look calls for it: the phase, or the end. */
export const announcementFor = (
  schedule: Schedule,
  state: Pick<TimerState, 'status' | 'phase' | 'activeMs'>,
  text: TimerMessages,
): string =>
  state.status === 'done'
    ? closingText(state.activeMs, text)
    : phaseAnnouncement(schedule, state.phase, text);

/** The keyboard hint's message, by the state of the run. */
const HINT_KEYS = {
  idle: 'keysIdle',
  running: 'keysRunning',
  paused: 'keysPaused',
  done: 'keysDone',
} as const satisfies Record<RunStatus, keyof TimerMessages>;

/**
 * The keyboard hint: which keys work where, true for each state of the run. Space on a
 * button or checkbox presses that control, so the hint never says Space pauses there.
 */
export const keyHint = (status: RunStatus, text: TimerMessages): string => text[HINT_KEYS[status]];
