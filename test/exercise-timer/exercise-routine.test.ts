import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ROUTINE_DEFAULTS } from '../../src/exercise-timer/routine-types.js';
import { LIMITS, MAX_STEPS, parseRoutine } from '../../src/exercise-timer/routine-validation.js';
import {
  BACK_BASICS,
  EXERCISES,
  ROUTINES,
  findExercise,
  findRoutine,
} from '../../src/exercise-timer/built-in-exercises.js';
import { EXERCISE_NAMES, exerciseName } from '../../src/exercise-timer/exercise-names.js';
import { isSlugId } from '../../src/shared/json-fields.js';
import { idArb } from '../technique-card/technique-arbitraries.js';
import {
  exerciseOf,
  okRoutine,
  plain,
  parsedShape,
  MINIMAL,
  routineWith,
} from './routine-checks.js';

describe('routine and exercise ids: the one id rule (isSlugId)', () => {
  /** Whether the validator takes `id` for an exercise, and for a routine. */
  const taken = (id: unknown) => ({
    exercise: exerciseOf({ ...MINIMAL, id }).exercise !== undefined,
    routine: parseRoutine({ ...routineWith('bridge'), id }, findExercise).ok,
  });
  const both = (ok: boolean) => ({ exercise: ok, routine: ok });

  it('takes lowercase letters and digits joined by single hyphens', () => {
    for (const id of ['a', '7', 'bridge', 'bird-dog', 'a1-b2-c3', 'x'.repeat(64)])
      expect(taken(id), id).to.deep.equal(both(true));
  });

  it('refuses anything else', () => {
    const refused: unknown[] = [
      '',
      'Bridge',
      'bird dog',
      'bird_dog',
      'bird--dog',
      '-bridge',
      'bridge-',
      'brücke',
      ' bridge',
      'bridge\n',
      'x'.repeat(65),
      7,
      null,
      {},
      ['bridge'],
    ];
    for (const id of refused) expect(taken(id), String(id)).to.deep.equal(both(false));
  });

  it('takes exactly the ids isSlugId takes, as every widget does', () => {
    const anyIdArb = fc.oneof(
      fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      fc.string({ maxLength: 70 }),
      fc.constantFrom('__proto__', 'toString', 'constructor'),
    );
    fc.assert(
      fc.property(anyIdArb, (id) => {
        expect(taken(id)).to.deep.equal(both(isSlugId(id)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('LIMITS and ROUTINE_DEFAULTS', () => {
  it('puts every default inside its range', () => {
    for (const [field, value] of Object.entries(ROUTINE_DEFAULTS)) {
      const { min, max } = LIMITS[field as keyof typeof LIMITS];
      expect(value, field).to.be.within(min, max);
    }
  });

  it('counts reps in whole numbers and times in any number, none below 0', () => {
    expect(LIMITS.reps.whole).to.equal(true);
    expect(LIMITS.reps.min).to.equal(1);
    expect(LIMITS.repSeconds.min, 'a rep must take some time').to.be.greaterThan(0);
    for (const [field, { min, max }] of Object.entries(LIMITS)) {
      expect(min, field).to.be.at.least(0);
      expect(max, field).to.be.greaterThan(min);
    }
  });
});

describe('built-in exercises and routine', () => {
  it('names the same exercises as EXERCISE_NAMES, each under its own id', () => {
    expect(Object.keys(EXERCISES)).to.have.members(Object.keys(EXERCISE_NAMES));
    for (const [key, exercise] of Object.entries(EXERCISES)) {
      expect(exercise.id).to.equal(key);
      expect(exercise.name).to.equal(EXERCISE_NAMES[key as keyof typeof EXERCISE_NAMES]);
    }
  });

  it('passes the schema a clinic routine must pass, each exercise unchanged', () => {
    for (const exercise of Object.values(EXERCISES)) {
      const { exercise: parsed, problems } = exerciseOf(exercise, exercise.id);
      expect(problems, exercise.id).to.deep.equal([]);
      expect(parsed).to.deep.equal(parsedShape(exercise));
      expect(exercise.steps.length, exercise.id).to.be.within(1, MAX_STEPS);
      expect(exercise.breathing?.length, exercise.id).to.be.greaterThan(0);
    }
  });

  it('round-trips back-basics through parseRoutine unchanged', () => {
    for (const given of [BACK_BASICS, plain(BACK_BASICS)]) {
      const parsed = parseRoutine(given, findExercise);
      expect(parsed.problems).to.deep.equal([]);
      expect(plain(okRoutine(parsed))).to.deep.equal(plain(BACK_BASICS));
    }
    // Built-in ids resolve to the very same exercises.
    const byIds = okRoutine(
      parseRoutine(
        { ...BACK_BASICS, exercises: BACK_BASICS.exercises.map((exercise) => exercise.id) },
        findExercise,
      ),
    );
    expect(byIds).to.deep.equal(BACK_BASICS);
  });

  it('uses the routine defaults and is found by its id', () => {
    expect(BACK_BASICS.id).to.equal('back-basics');
    expect(BACK_BASICS.prepareSeconds).to.equal(ROUTINE_DEFAULTS.prepareSeconds);
    expect(BACK_BASICS.restSeconds).to.equal(ROUTINE_DEFAULTS.restSeconds);
    expect(BACK_BASICS.switchSeconds).to.equal(ROUTINE_DEFAULTS.switchSeconds);
    expect(Object.keys(ROUTINES)).to.deep.equal(['back-basics']);
  });

  it('runs the exercises in the order of docs/content-sources.md, "Home exercises"', () => {
    expect(BACK_BASICS.exercises.map((exercise) => exercise.id)).to.deep.equal([
      'cat-cow',
      'bird-dog',
      'bridge',
      'superman',
      'dead-bug',
      'pelvic-tilt',
    ]);
    BACK_BASICS.exercises.forEach((exercise) =>
      expect(exercise).to.equal(EXERCISES[exercise.id as keyof typeof EXERCISES]),
    );
  });

  describe('doses take the lower bound of docs/content-sources.md, "Home exercises"', () => {
    /** "Hold a few seconds": more than a moment, less than a long hold. */
    const aFewSeconds = (seconds: number) => expect(seconds).to.be.within(2, 5);

    it('cat-cow: 8 flowing reps, no sides, no hold', () => {
      const { reps, sides, holdSeconds } = EXERCISES['cat-cow'];
      expect({ reps, sides, holdSeconds }).to.deep.equal({
        reps: 8,
        sides: 'none',
        holdSeconds: 0,
      });
    });

    it('bird-dog: 10 per side, alternating, hold a few seconds', () => {
      const { reps, sides, holdSeconds } = EXERCISES['bird-dog'];
      expect({ reps, sides }).to.deep.equal({ reps: 10, sides: 'alternating' });
      aFewSeconds(holdSeconds);
    });

    it('bridge: hold 10 s, 8 reps', () => {
      const { reps, sides, holdSeconds } = EXERCISES.bridge;
      expect({ reps, sides, holdSeconds }).to.deep.equal({
        reps: 8,
        sides: 'none',
        holdSeconds: 10,
      });
    });

    it('superman: hold 3 s, 10 reps', () => {
      const { reps, sides, holdSeconds } = EXERCISES.superman;
      expect({ reps, sides, holdSeconds }).to.deep.equal({
        reps: 10,
        sides: 'none',
        holdSeconds: 3,
      });
    });

    it('dead-bug: 10 per side, alternating, no hold', () => {
      const { reps, sides, holdSeconds } = EXERCISES['dead-bug'];
      expect({ reps, sides, holdSeconds }).to.deep.equal({
        reps: 10,
        sides: 'alternating',
        holdSeconds: 0,
      });
    });

    it('pelvic-tilt: hold a few seconds, 10 reps', () => {
      const { reps, sides, holdSeconds } = EXERCISES['pelvic-tilt'];
      expect({ reps, sides }).to.deep.equal({ reps: 10, sides: 'none' });
      aFewSeconds(holdSeconds);
    });

    it('moves at a tempo a person can follow', () => {
      for (const exercise of Object.values(EXERCISES))
        expect(exercise.repSeconds, exercise.id).to.be.within(2, 10);
    });
  });

  describe('findExercise and findRoutine', () => {
    it('find each built-in by id', () => {
      for (const id of Object.keys(EXERCISES))
        expect(findExercise(id)).to.equal(EXERCISES[id as keyof typeof EXERCISES]);
      expect(findRoutine('back-basics')).to.equal(BACK_BASICS);
    });

    it('use own keys only', () => {
      const inherited = ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'];
      for (const id of [...inherited, '', 'Bridge', 'bridge ', 'plank']) {
        expect(findExercise(id), id).to.equal(undefined);
        expect(findRoutine(id), id).to.equal(undefined);
      }
      expect(findRoutine('bridge')).to.equal(undefined);
      expect(findExercise('back-basics')).to.equal(undefined);
    });
  });
});

describe('exerciseName', () => {
  it('names the built-in exercises as docs/content-sources.md, "Home exercises" does', () => {
    expect(Object.keys(EXERCISE_NAMES).map((id) => exerciseName(id))).to.deep.equal([
      'Cat-cow',
      'Bird dog',
      'Bridge',
      'Superman',
      'Dead bug',
      'Pelvic tilt',
    ]);
  });

  it('makes an unknown id readable', () => {
    expect(exerciseName('side-plank')).to.equal('Side plank');
    expect(exerciseName('wall_sit')).to.equal('Wall sit');
    expect(exerciseName('hip--flexor_-stretch')).to.equal('Hip flexor stretch');
    expect(exerciseName('plank')).to.equal('Plank');
    expect(exerciseName('')).to.equal('');
    // Separators at the ends leave no stray spaces (and own keys only: not a built-in).
    expect(exerciseName('__proto__')).to.equal('Proto');
    expect(exerciseName('-knee-hug-')).to.equal('Knee hug');
  });

  it('reads own keys only', () => {
    expect(exerciseName('toString')).to.equal('ToString');
    expect(exerciseName('constructor')).to.equal('Constructor');
    expect(exerciseName('__proto__')).to.be.a('string');
  });

  it('keeps every letter of an id and uppercases only the first', () => {
    fc.assert(
      fc.property(idArb, (id) => {
        fc.pre(!Object.hasOwn(EXERCISE_NAMES, id));
        const name = exerciseName(id);
        expect(name.toLowerCase()).to.equal(id.replace(/-+/g, ' '));
        expect(name.slice(1)).to.equal(name.slice(1).toLowerCase());
      }),
      { numRuns: 100 },
    );
  });
});
