/**
 * The one validator for the built-in routine and a clinic's own (pasted as JSON). Pure.
 * Problems name the exercise and field by JSON path (`exercises[2].holdSeconds`) instead of
 * throwing. Routine and exercise ids follow the one id rule of every widget (`isSlugId`), so
 * a flow may recommend any exercise a routine can hold. Loaded by the timer only for a clinic's routine: the built-in one is checked by
 * the tests.
 */
import { isRecord } from '../shared/json-config.js';
import { FieldReader, capProblems, isSlugId } from '../shared/json-fields.js';
import type { JsonProblem } from '../shared/log.js';
import { checkUrl } from '../shared/safe-url.js';
import {
  MAX_EXERCISES,
  ROUTINE_DEFAULTS,
  SIDES,
  UNNAMED_ROUTINE,
  type Exercise,
  type Routine,
  type Sides,
} from './routine-types.js';

/** The range each number takes: wide enough for any home programme, short of a typo. */
export const LIMITS = {
  reps: { min: 1, max: 100, whole: true },
  repSeconds: { min: 1, max: 60, whole: false },
  holdSeconds: { min: 0, max: 300, whole: false },
  restSeconds: { min: 0, max: 600, whole: false },
  prepareSeconds: { min: 0, max: 60, whole: false },
  switchSeconds: { min: 0, max: 60, whole: false },
} as const;

/** Longest text each field takes. */
export const TEXT_LIMITS = { name: 80, step: 240, breathing: 240, imageAlt: 240 } as const;
export const MAX_STEPS = 8;
export { MAX_EXERCISES };

const EXERCISE_FIELDS = new Set([
  'id',
  'name',
  'steps',
  'breathing',
  'reps',
  'repSeconds',
  'holdSeconds',
  'sides',
  'restSeconds',
  'image',
  'imageAlt',
]);
const ROUTINE_FIELDS = new Set([
  'id',
  'name',
  'prepareSeconds',
  'restSeconds',
  'switchSeconds',
  'exercises',
]);

export type RoutineParse =
  | { readonly ok: true; readonly routine: Routine; readonly problems: JsonProblem[] }
  | { readonly ok: false; readonly problems: JsonProblem[] };

/** Reads fields of one routine or exercise, numbers within LIMITS included. */
class RoutineReader extends FieldReader {
  number(field: keyof typeof LIMITS, fallback?: number): number | undefined {
    const given = this.value[field];
    if (given === undefined && fallback !== undefined) return fallback;
    const { min, max, whole } = LIMITS[field];
    if (
      typeof given !== 'number' ||
      !Number.isFinite(given) ||
      given < min ||
      given > max ||
      (whole && !Number.isInteger(given))
    )
      return this.fail(
        field,
        `${given === undefined ? 'required: ' : ''}${whole ? 'a whole number' : 'a number'} from ${min} to ${max}`,
      );
    return given;
  }

  /**
   * A picture's address through the one URL gate (web only; relative to `base`, the page).
   * A refused one is noted and left out: the exercise stands on its steps without it.
   */
  image(base: string | undefined): string | undefined {
    const given = this.value['image'];
    if (given === undefined) return undefined;
    const checked = checkUrl(given, { base });
    if (checked.ok) return checked.url;
    this.note('image', given, `refused: ${checked.reason}`);
    return undefined;
  }
}

/**
 * Checks one exercise at `path`. A missing or invalid field makes it unusable; an unknown
 * field is reported and ignored, so a typo shows without stopping the routine.
 */
export function parseExercise(
  value: unknown,
  path: string,
  problems: JsonProblem[],
  base?: string,
): Exercise | undefined {
  if (!isRecord(value)) {
    problems.push({
      path,
      value,
      reason:
        'expected an exercise object like {"id": ..., "name": ..., "reps": ..., "repSeconds": ...}',
    });
    return undefined;
  }
  const read = new RoutineReader(value, path, problems, EXERCISE_FIELDS);
  const id = value['id'];
  if (!isSlugId(id))
    read.fail(
      'id',
      'required: lowercase letters and digits joined by single hyphens, like "bird-dog"',
    );
  const name = read.text('name', TEXT_LIMITS.name, true);
  const breathing = read.text('breathing', TEXT_LIMITS.breathing, false);
  const steps = read.texts(
    'steps',
    TEXT_LIMITS.step,
    `expected an array of at most ${MAX_STEPS} short instructions`,
    MAX_STEPS,
  );
  const reps = read.number('reps');
  const repSeconds = read.number('repSeconds');
  const holdSeconds = read.number('holdSeconds', 0);
  const restSeconds = value['restSeconds'] === undefined ? undefined : read.number('restSeconds');
  const image = read.image(base);
  const imageAlt = read.text('imageAlt', TEXT_LIMITS.imageAlt, false);
  const sides = value['sides'] === undefined ? 'none' : value['sides'];
  if (!(SIDES as readonly unknown[]).includes(sides))
    read.fail('sides', `expected one of ${SIDES.join(', ')}`);

  if (
    !read.usable ||
    !isSlugId(id) ||
    !name ||
    reps === undefined ||
    repSeconds === undefined ||
    holdSeconds === undefined
  )
    return undefined;
  return {
    id,
    name,
    steps,
    breathing,
    reps,
    repSeconds,
    holdSeconds,
    sides: sides as Sides,
    restSeconds,
    ...(image && { image, imageAlt }),
  };
}

/**
 * Checks a whole routine. Exercises may be built-in ids (`"bridge"`), objects that change a
 * built-in one (`{"id": "bridge", "reps": 12}`) or whole new exercises. Any invalid field
 * refuses the routine: a prescription that silently lost an exercise would mislead. Unknown
 * fields are reported and ignored. A routine without an id is `custom`. Pictures' relative
 * addresses resolve against `base` (the page's address); without it they are refused.
 */
export function parseRoutine(
  value: unknown,
  builtIn: (id: string) => Exercise | undefined = () => undefined,
  base?: string,
): RoutineParse {
  const problems: JsonProblem[] = [];
  if (!isRecord(value)) {
    problems.push({
      path: '(root)',
      value,
      reason: 'expected a routine object like {"id": ..., "name": ..., "exercises": [...]}',
    });
    return { ok: false, problems };
  }
  const read = new RoutineReader(value, '', problems, ROUTINE_FIELDS);
  const id = value['id'] === undefined ? 'custom' : value['id'];
  if (!isSlugId(id))
    read.fail(
      'id',
      'expected lowercase letters and digits joined by single hyphens, like "my-back"',
    );
  const name = read.text('name', TEXT_LIMITS.name, false) ?? UNNAMED_ROUTINE;
  const prepareSeconds = read.number('prepareSeconds', ROUTINE_DEFAULTS.prepareSeconds);
  const restSeconds = read.number('restSeconds', ROUTINE_DEFAULTS.restSeconds);
  const switchSeconds = read.number('switchSeconds', ROUTINE_DEFAULTS.switchSeconds);

  const exercises: Exercise[] = [];
  const given = value['exercises'];
  if (!Array.isArray(given) || given.length === 0 || given.length > MAX_EXERCISES) {
    read.fail('exercises', `required: an array of 1 to ${MAX_EXERCISES} exercises`);
  } else {
    given.forEach((entry: unknown, index) => {
      const path = `exercises[${index}]`;
      let exercise: Exercise | undefined;
      if (typeof entry === 'string') {
        exercise = builtIn(entry);
        if (!exercise) read.fail(path, 'not a built-in exercise id', entry);
      } else {
        const known =
          isRecord(entry) && typeof entry['id'] === 'string' ? builtIn(entry['id']) : undefined;
        exercise = parseExercise(
          known && isRecord(entry) ? { ...known, ...entry } : entry,
          path,
          problems,
          base,
        );
        if (!exercise) read.usable = false;
      }
      // The same exercise may come twice (a warm-up and a repeat): events carry the index.
      if (exercise) exercises.push(exercise);
    });
  }
  if (
    !read.usable ||
    !isSlugId(id) ||
    prepareSeconds === undefined ||
    restSeconds === undefined ||
    switchSeconds === undefined
  )
    return { ok: false, problems: capProblems(problems) };
  return {
    ok: true,
    problems: capProblems(problems),
    routine: { id, name, prepareSeconds, restSeconds, switchSeconds, exercises },
  };
}
