/**
 * The words the timer shows and says. Pure, so the same sentence reaches the screen, the
 * live region and the voice, and tests can read it.
 */
import type { Exercise, Sides } from './routine.js';
import type { Phase, PhaseKind, Schedule } from './schedule.js';

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

/** Whole seconds as the visitor reads them: "45 s", "1 min", "2 min 30 s". */
export function durationText(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

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

/**
 * The sentence for a new phase, said once when it starts (live region and voice): short,
 * because reps come every few seconds.
 */
export function phaseAnnouncement(schedule: Schedule, phase: Phase): string {
  const exercise = schedule.routine.exercises[phase.exerciseIndex];
  const seconds = durationText(phase.durationMs / 1000);
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
      return `Rest, ${seconds}.${next ? ` Next: ${next}.` : ''}`;
    }
    case 'done':
      return `${schedule.routine.name} complete. Well done.`;
  }
}
