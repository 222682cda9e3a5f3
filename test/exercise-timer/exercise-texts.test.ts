import { expect } from '@open-wc/testing';
import {
  BACK_BASICS,
  EXERCISES,
  findExercise,
} from '../../src/exercise-timer/built-in-exercises.js';
import {
  EXERCISE_NAMES,
  type BuiltInExerciseId,
  type ExerciseNames,
} from '../../src/exercise-timer/exercise-names.js';
import {
  localExercise,
  localRoutine,
  type ExerciseTexts,
  type LocalContent,
} from '../../src/exercise-timer/exercise-texts.js';
import { EXERCISES_FR } from '../../src/exercise-timer/languages/exercises.fr.js';
import { EXERCISES_ES } from '../../src/exercise-timer/languages/exercises.es.js';
import { EXERCISE_NAMES_FR } from '../../src/exercise-timer/languages/exercise-names.fr.js';
import { EXERCISE_NAMES_ES } from '../../src/exercise-timer/languages/exercise-names.es.js';
import { parseRoutine, TEXT_LIMITS } from '../../src/exercise-timer/routine-validation.js';
import { UNNAMED_ROUTINE, type Exercise } from '../../src/exercise-timer/routine-types.js';

const FRENCH: LocalContent = { texts: EXERCISES_FR, names: EXERCISE_NAMES_FR };
const SPANISH: LocalContent = { texts: EXERCISES_ES, names: EXERCISE_NAMES_ES };
const IDS = Object.keys(EXERCISES) as BuiltInExerciseId[];
const LANGUAGES: [string, ExerciseTexts, ExerciseNames][] = [
  ['fr', EXERCISES_FR, EXERCISE_NAMES_FR],
  ['es', EXERCISES_ES, EXERCISE_NAMES_ES],
];
const unnamed = 'Vos exercices';

/** The words of an exercise, for comparing. */
const words = ({ name, steps, breathing }: Exercise) => ({ name, steps, breathing });

describe('the built-in exercises in French and Spanish', () => {
  for (const [language, texts, names] of LANGUAGES) {
    it(`gives every built-in exercise a name, steps and breathing in ${language}, none English`, () => {
      expect(Object.keys(texts.exercises)).to.have.members(IDS);
      expect(Object.keys(names)).to.have.members(IDS);
      for (const id of IDS) {
        const english = EXERCISES[id];
        const { steps, breathing } = texts.exercises[id];
        expect(steps.length, id).to.equal(english.steps.length);
        for (const [index, step] of steps.entries()) {
          expect(step.trim(), `${id} step ${index + 1}`).to.not.equal('');
          expect(step, `${id} step ${index + 1}`).to.not.equal(english.steps[index]);
        }
        expect(breathing.trim(), id).to.not.equal('');
        expect(breathing, id).to.not.equal(english.breathing);
      }
      expect(texts.routines['back-basics']!.name).to.not.equal(BACK_BASICS.name);
    });

    it(`keeps ${language} texts within the bounds a clinic's routine has, so they fit the screen`, () => {
      const local = localRoutine(BACK_BASICS, true, { texts, names, unnamed });
      const parsed = parseRoutine(JSON.parse(JSON.stringify(local)));
      expect(parsed.problems).to.deep.equal([]);
      for (const exercise of local.exercises) {
        expect(exercise.name.length).to.be.at.most(TEXT_LIMITS.name);
        for (const step of exercise.steps) expect(step.length).to.be.at.most(TEXT_LIMITS.step);
      }
    });
  }
});

describe('localExercise', () => {
  it('gives a built-in exercise its words in the language, and keeps its dose and id', () => {
    const bridge = localExercise(EXERCISES.bridge, FRENCH);
    expect(words(bridge)).to.deep.equal({
      name: 'Pont',
      steps: EXERCISES_FR.exercises.bridge.steps,
      breathing: EXERCISES_FR.exercises.bridge.breathing,
    });
    const dose = (e: Exercise) => [e.id, e.reps, e.repSeconds, e.holdSeconds, e.sides];
    expect(dose(bridge)).to.deep.equal(dose(EXERCISES.bridge));
    expect(localExercise(EXERCISES['dead-bug'], SPANISH).name).to.equal('Bicho muerto');
  });

  it('gives English, and clinics’ own exercises, back as they are (the same object)', () => {
    for (const id of IDS) expect(localExercise(EXERCISES[id], {})).to.equal(EXERCISES[id]);
    const own: Exercise = { ...EXERCISES.bridge, id: 'clamshell', name: 'Clamshell' };
    expect(localExercise(own, FRENCH)).to.equal(own);
  });

  it('lays the words over field by field: a field the language lacks stays English', () => {
    const texts = { exercises: { bridge: { breathing: 'Expirez en montant.' } } };
    const bridge = localExercise(EXERCISES.bridge, { texts: texts as Partial<ExerciseTexts> });
    expect(words(bridge)).to.deep.equal({
      name: 'Bridge',
      steps: EXERCISES.bridge.steps,
      breathing: 'Expirez en montant.',
    });
    const named = localExercise(EXERCISES.bridge, { names: { bridge: 'Pont fessier' } });
    expect(words(named)).to.deep.equal({ ...words(EXERCISES.bridge), name: 'Pont fessier' });
  });

  it('takes an exercise’s own name in the texts before the shared names', () => {
    const texts = { exercises: { bridge: { name: 'Pont fessier' } } };
    const content = { texts: texts as Partial<ExerciseTexts>, names: EXERCISE_NAMES_FR };
    expect(localExercise(EXERCISES.bridge, content).name).to.equal('Pont fessier');
  });

  it('keeps English for texts a developer registered that are not usable words', () => {
    const broken = {
      exercises: {
        bridge: { name: '', steps: ['Lie down.', 3], breathing: '   ' },
        superman: { steps: [] },
        'cat-cow': { steps: 'Kneel.' },
        'bird-dog': null,
      },
      routines: { 'back-basics': { name: 42 } },
    } as unknown as Partial<ExerciseTexts>;
    for (const id of IDS) {
      const local = localExercise(EXERCISES[id], { texts: broken });
      expect(local, id).to.equal(EXERCISES[id]);
    }
    expect(localRoutine(BACK_BASICS, true, { texts: broken, unnamed })).to.equal(BACK_BASICS);
    const odd = { exercises: Object.create({ bridge: { breathing: 'Inherited' } }) };
    expect(localExercise(EXERCISES.bridge, { texts: odd }), 'own keys only').to.equal(
      EXERCISES.bridge,
    );
  });

  it('in a clinic’s routine, replaces only the words it took from a built-in exercise', () => {
    // By id alone, or with a new dose: every word is the built-in's.
    const redosed = { ...EXERCISES.bridge, reps: 12 };
    expect(words(localExercise(redosed, FRENCH))).to.deep.equal(
      words(localExercise(EXERCISES.bridge, FRENCH)),
    );
    expect(localExercise(redosed, FRENCH).reps).to.equal(12);
    // Its own steps stay; the name and breathing it kept are the built-in's.
    const ownSteps = { ...EXERCISES.bridge, steps: ['Lift your hips, slowly.'] };
    expect(words(localExercise(ownSteps, FRENCH))).to.deep.equal({
      name: 'Pont',
      steps: ['Lift your hips, slowly.'],
      breathing: EXERCISES_FR.exercises.bridge.breathing,
    });
    // Its own name and breathing stay too; no breathing stays none.
    const own = { ...EXERCISES.bridge, name: 'Hip lift', breathing: undefined };
    expect(words(localExercise(own, FRENCH))).to.deep.equal({
      name: 'Hip lift',
      steps: EXERCISES_FR.exercises.bridge.steps,
      breathing: undefined,
    });
  });
});

describe('localRoutine', () => {
  it('names a built-in routine in the language and lays out its exercises in it', () => {
    const local = localRoutine(BACK_BASICS, true, { ...FRENCH, unnamed });
    expect(local.name).to.equal('L’essentiel pour le dos');
    expect(local.exercises.map((e) => e.name)).to.deep.equal(
      IDS.map((id) => EXERCISE_NAMES_FR[id]),
    );
    expect(local.exercises.map((e) => e.id)).to.deep.equal(BACK_BASICS.exercises.map((e) => e.id));
    expect(local).to.deep.include({
      id: BACK_BASICS.id,
      prepareSeconds: BACK_BASICS.prepareSeconds,
      restSeconds: BACK_BASICS.restSeconds,
      switchSeconds: BACK_BASICS.switchSeconds,
    });
  });

  it('keeps a clinic’s routine name, and names one that has none in the language', () => {
    const clinic = { ...BACK_BASICS, id: 'my-back', name: 'Morning back care' };
    expect(localRoutine(clinic, false, { ...FRENCH, unnamed }).name).to.equal('Morning back care');
    const parsed = parseRoutine({ exercises: ['bridge'] }, findExercise);
    expect(parsed.ok && parsed.routine.name).to.equal(UNNAMED_ROUTINE);
    if (!parsed.ok) return;
    const local = localRoutine(parsed.routine, false, { ...SPANISH, unnamed: 'Sus ejercicios' });
    expect(local.name).to.equal('Sus ejercicios');
    expect(local.exercises[0]!.name, 'a built-in exercise by id').to.equal('Puente');
  });

  it('is the same routine in English', () => {
    expect(localRoutine(BACK_BASICS, true, { unnamed: 'Your exercises' })).to.equal(BACK_BASICS);
    expect(EXERCISE_NAMES.bridge).to.equal(EXERCISES.bridge.name);
  });
});
