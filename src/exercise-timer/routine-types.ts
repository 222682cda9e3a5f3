/**
 * What a routine of home exercises is, as data. Checked by `parseRoutine`
 * (routine-validation.ts), which the timer loads only for a clinic's own routine.
 */

/**
 * How an exercise uses the body's sides: `none` (both at once), `both` (every rep on the
 * left, then every rep on the right) or `alternating` (left, right, left, ...).
 */
export type Sides = 'none' | 'both' | 'alternating';
export const SIDES: readonly Sides[] = ['none', 'both', 'alternating'];

export interface Exercise {
  /** Lowercase id, e.g. `bird-dog`. */
  readonly id: string;
  readonly name: string;
  /** Short instructions, in order. */
  readonly steps: readonly string[];
  /** When to breathe in and out. */
  readonly breathing?: string | undefined;
  /** Repetitions, per side when the exercise has sides. */
  readonly reps: number;
  /** Seconds to move through one repetition (its tempo). */
  readonly repSeconds: number;
  /** Seconds to hold each repetition; 0 for none. */
  readonly holdSeconds: number;
  readonly sides: Sides;
  /** Seconds of rest after this exercise; unset: the routine's `restSeconds`. */
  readonly restSeconds?: number | undefined;
  /**
   * A clinic's own picture of the exercise (a checked web address); shown instead of the
   * built-in figure. Without `imageAlt` it is decorative: the steps say what it shows.
   */
  readonly image?: string | undefined;
  /** What the picture shows that the steps do not say. */
  readonly imageAlt?: string | undefined;
}

export interface Routine {
  /** Lowercase id; also the key under which a run is remembered. */
  readonly id: string;
  readonly name: string;
  /** Seconds to get into position before each exercise. */
  readonly prepareSeconds: number;
  /** Seconds of rest after each exercise but the last, unless the exercise says otherwise. */
  readonly restSeconds: number;
  /** Seconds to change sides in an exercise done on `both` sides in turn. */
  readonly switchSeconds: number;
  readonly exercises: readonly Exercise[];
}

/** The most exercises a routine holds, however it is given (JSON or `exercises`). */
export const MAX_EXERCISES = 40;

/** What a routine uses when it does not say. */
export const ROUTINE_DEFAULTS = { prepareSeconds: 5, restSeconds: 15, switchSeconds: 5 } as const;

/**
 * The name of a clinic's routine that gives none. The timer shows it in the visitor's
 * language (its `yourExercises` message), so it stands for "no name given".
 */
export const UNNAMED_ROUTINE = 'Your exercises';
