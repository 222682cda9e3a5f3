/**
 * The words the timer shows and says. Pure, so the same sentence reaches the screen, the
 * live region and the voice, and tests can read it. What is said uses whole words ("5
 * seconds", never "5 s"): a screen reader or a voice reads abbreviations badly.
 */
import type { Exercise, Sides } from './routine-types.js';
import type { Phase, PhaseKind, Schedule } from './schedule.js';
import type { RunStatus, TimerState } from './timer-machine.js';

export const PHASE_LABELS: Readonly<Record<PhaseKind, string>> = {
  prepare: 'Get ready',
  work: 'Move',
  hold: 'Hold',
  switch: 'Switch sides',
  rest: 'Rest',
  done: 'Done',
};

const SIDE_WORDS: Readonly<Record<Sides, string>> = {
  none: '',
  both: ' per side',
  alternating: ' per side, alternating',
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "second" or "seconds", as `count` needs. */
export const secondsUnit = (count: number): string => (count === 1 ? 'second' : 'seconds');

/** "1 second", "5 seconds", "90 seconds": as the countdown reads and the voice says it. */
export const secondsText = (seconds: number): string => `${seconds} ${secondsUnit(seconds)}`;

/** Whole seconds in words, for reading aloud: "45 seconds", "1 minute", "2 minutes 1 second". */
export function spokenDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return secondsText(rest);
  const inMinutes = plural(minutes, 'minute');
  return rest === 0 ? inMinutes : `${inMinutes} ${secondsText(rest)}`;
}

/** Whole seconds in short, for lists on the screen: "45 s", "1 min", "2 min 30 s". */
export function durationText(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/**
 * The routine's length in the overview, in whole minutes rounded up: 8 min 57 s is "about
 * 9 min", so a visitor never sets aside less time than it takes.
 */
export const aboutMinutes = (totalMs: number): number => Math.ceil(totalMs / 60_000);

/** The overview's line: "6 exercises, about 9 min." */
export const summaryText = (schedule: Schedule): string =>
  `${plural(schedule.routine.exercises.length, 'exercise')}, about ${durationText(aboutMinutes(schedule.totalMs) * 60)}.`;

/** "m:ss", rounding up so 0:00 means the time is really up. */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The seconds shown in the big countdown: rounded up, never below 0. */
export const countdownSeconds = (ms: number): number => Math.max(0, Math.ceil(ms / 1000));

/** What an exercise asks for: "8 reps", "10 reps per side, alternating, hold 3 s". */
export function doseText(exercise: Exercise): string {
  const hold = exercise.holdSeconds > 0 ? `, hold ${durationText(exercise.holdSeconds)}` : '';
  return `${plural(exercise.reps, 'rep')}${SIDE_WORDS[exercise.sides]}${hold}`;
}

/** Where a phase stands in its exercise: "Rep 3 of 10, left side". Empty outside reps. */
export function repText(phase: Phase, exercise: Exercise | undefined): string {
  if (!exercise) return '';
  if (phase.kind === 'switch') return `Next: ${phase.side ?? 'other'} side`;
  if (phase.kind !== 'work' && phase.kind !== 'hold') return '';
  const side = phase.side ? `, ${phase.side} side` : '';
  return `Rep ${phase.rep} of ${exercise.reps}${side}`;
}

/** The next exercise's name, for "Up next"; undefined during the last one. */
export function nextExerciseName(schedule: Schedule, phase: Phase): string | undefined {
  return schedule.routine.exercises[phase.exerciseIndex + 1]?.name;
}

/** The closing message's title. */
export const DONE_TITLE = 'All done. Well done!';

/** The closing message's second line: the time spent exercising, pauses left out. */
export const exercisedText = (activeMs: number): string =>
  `You exercised for ${spokenDuration(activeMs / 1000)}.`;

/** The whole closing message, as the screen shows it and the voice says it at the end. */
export const closingText = (activeMs: number): string => `${DONE_TITLE} ${exercisedText(activeMs)}`;

/**
 * The sentence for a new phase, said once when it starts (live region and voice): short,
 * because reps come every few seconds, and in the screen's words: the time as the
 * countdown shows it then, "Up next" as the rest shows it. The end says `closingText`.
 */
export function phaseAnnouncement(schedule: Schedule, phase: Phase): string {
  const exercise = schedule.routine.exercises[phase.exerciseIndex];
  const seconds = secondsText(countdownSeconds(phase.durationMs));
  switch (phase.kind) {
    case 'prepare':
      return `Get ready: ${exercise?.name}. ${seconds}.`;
    case 'work':
      return `${repText(phase, exercise)}.`;
    case 'hold':
      return `Hold, ${seconds}.`;
    case 'switch':
      return `Switch to the ${phase.side} side.`;
    case 'rest': {
      const next = nextExerciseName(schedule, phase);
      return `Rest, ${seconds}.${next ? ` Up next: ${next}.` : ''}`;
    }
    case 'done':
      return DONE_TITLE;
  }
}

/** What the live region (and the voice) says when a look calls for it: the phase, or the end. */
export const announcementFor = (
  schedule: Schedule,
  state: Pick<TimerState, 'status' | 'phase' | 'activeMs'>,
): string =>
  state.status === 'done' ? closingText(state.activeMs) : phaseAnnouncement(schedule, state.phase);

/** What Space does on the timer itself, by the state of the run. */
const SPACE_DOES: Readonly<Record<Exclude<RunStatus, 'done'>, string>> = {
  idle: 'starts the routine',
  running: 'pauses',
  paused: 'resumes',
};

/**
 * The keyboard hint: which keys work where, true for each state of the run. Space on a
 * button or checkbox presses that control, so the hint never says Space pauses there.
 */
export function keyHint(status: RunStatus): string {
  if (status === 'done') return 'The left arrow goes back to the last exercise.';
  const arrows = status === 'idle' ? '' : ' Left and right arrows move between exercises.';
  return `Space ${SPACE_DOES[status]}, except on a button or checkbox, which it presses instead.${arrows}`;
}
