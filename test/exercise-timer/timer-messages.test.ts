import { sourceOf } from '../helpers/source.js';
import { expect } from '@open-wc/testing';
import { TIMER_MESSAGES, type TimerMessages } from '../../src/exercise-timer/timer-messages.js';
import { TIMER_LANGUAGES } from '../../src/exercise-timer/languages/index.js';
import timerFr from '../../src/exercise-timer/languages/fr.js';
import timerEs from '../../src/exercise-timer/languages/es.js';
import { EXERCISES_FR } from '../../src/exercise-timer/languages/exercises.fr.js';
import { EXERCISES_ES } from '../../src/exercise-timer/languages/exercises.es.js';
import { EXERCISE_NAMES_FR } from '../../src/exercise-timer/languages/exercise-names.fr.js';
import { EXERCISE_NAMES_ES } from '../../src/exercise-timer/languages/exercise-names.es.js';

type Call = (...values: unknown[]) => string;

/** Each message of a table as text: a function called with sample values. */
const textsOf = (table: TimerMessages, ...values: unknown[]) =>
  Object.entries(table).map(
    ([key, message]) =>
      [key, typeof message === 'string' ? message : (message as Call)(...values)] as const,
  );

const LANGUAGES = [
  { code: 'fr', text: timerFr.timer, chunk: timerFr },
  { code: 'es', text: timerEs.timer, chunk: timerEs },
];

/**
 * The modules that read the timer's messages, as the test server serves them. A key is
 * used when one of them names it: as `text.key`, or as a string in a table of keys (the
 * phase names and keyboard hints are picked by the phase or the run's state).
 */
const READERS = [
  'exercise-timer.ts',
  'timer-text.ts',
  'timer-view.ts',
  'controls-view.ts',
  'stage-content.ts',
  'pictures/picture-view.ts',
  'pictures/handout-view.ts',
  'exercise-subset.ts',
  'cue-controller.ts',
  'timer-words.ts',
];
const sourceOfReaders = () => sourceOf('exercise-timer', READERS);

describe('the timer’s messages in French and Spanish', () => {
  for (const { code, text, chunk } of LANGUAGES) {
    it(`${code}: has exactly the English keys, each of the same kind, none empty`, () => {
      expect(Object.keys(text)).to.have.members(Object.keys(TIMER_MESSAGES));
      for (const [key, english] of Object.entries(TIMER_MESSAGES)) {
        const message = text[key as keyof TimerMessages];
        expect(typeof message, key).to.equal(typeof english);
        if (typeof message === 'function')
          expect(message.length, `${key} takes the same values`).to.equal(english.length);
      }
      for (const values of [
        [1, 1],
        [3, 9],
        [0, 0],
      ])
        for (const [key, message] of textsOf(text, ...values)) {
          expect(message.trim(), key).to.not.equal('');
          expect(message, key).to.not.match(/undefined|NaN|\[object/);
        }
    });

    it(`${code}: says every message in its own words`, () => {
      const english = new Map(textsOf(TIMER_MESSAGES, 3, 9));
      // The same word in both languages: « Pause » on the French button, « 3 minutes ».
      const sameWord = code === 'fr' ? ['pause', 'minutes'] : [];
      const same = textsOf(text, 3, 9).filter(
        ([key, message]) => message === english.get(key) && !sameWord.includes(key),
      );
      // Durations in symbols are the same in all three (SI: "3 s", "3 min"), and a rep's
      // sentence is its counter (in the language) with a full stop.
      expect(same.map(([key]) => key)).to.have.members([
        'secondsShort',
        'minutesShort',
        'minutesSecondsShort',
        'announceRep',
      ]);
    });

    it(`${code}: registers the timer’s words, the exercises and their names in its chunk`, () => {
      expect(Object.keys(chunk)).to.have.members(['timer', 'exercises', 'exercise-names']);
    });
  }

  it('registers the French and Spanish texts and names under their content names', () => {
    expect(timerFr.exercises).to.equal(EXERCISES_FR);
    expect(timerFr['exercise-names']).to.equal(EXERCISE_NAMES_FR);
    expect(timerEs.exercises).to.equal(EXERCISES_ES);
    expect(timerEs['exercise-names']).to.equal(EXERCISE_NAMES_ES);
  });

  it('loads each language as a chunk of its own', async () => {
    expect(Object.keys(TIMER_LANGUAGES)).to.have.members(['fr', 'es']);
    expect((await TIMER_LANGUAGES.fr!()).default).to.equal(timerFr);
    expect((await TIMER_LANGUAGES.es!()).default).to.equal(timerEs);
  });

  it('uses every English key', async () => {
    const source = await sourceOfReaders();
    const unused = Object.keys(TIMER_MESSAGES).filter(
      (key) => !new RegExp(`\\.${key}\\b|["'\`]${key}["'\`]`).test(source),
    );
    expect(unused).to.deep.equal([]);
  });

  it('counts in each language’s plural: French "0 seconde", Spanish "0 segundos"', () => {
    const fr = timerFr.timer;
    const es = timerEs.timer;
    expect([0, 1, 2].map((n) => fr.seconds(n))).to.deep.equal([
      '0 seconde',
      '1 seconde',
      '2 secondes',
    ]);
    expect([0, 1, 2].map((n) => es.seconds(n))).to.deep.equal([
      '0 segundos',
      '1 segundo',
      '2 segundos',
    ]);
    expect([fr.reps(1), fr.repsPerSide(10), es.repsAlternating(1)]).to.deep.equal([
      '1 répétition',
      '10 répétitions par côté',
      '1 repetición por lado, alternando',
    ]);
    expect([fr.summary(6, 9), es.summary(1, 2), TIMER_MESSAGES.summary(6, 9)]).to.deep.equal([
      '6 exercices, environ 9 min.',
      '1 ejercicio, unos 2 min.',
      '6 exercises, about 9 min.',
    ]);
    expect(fr.minutesSeconds(8, 57)).to.equal('8 minutes et 57 secondes');
    expect(es.minutesSeconds(1, 1)).to.equal('1 minuto y 1 segundo');
  });

  it('writes French with a narrow no-break space before : ; ! ? and typographic apostrophes', () => {
    const french = [
      ...textsOf(timerFr.timer, 3, 'Pont').map(([, text]) => text),
      ...Object.values(EXERCISES_FR.exercises).flatMap((e) => [...e.steps, e.breathing]),
      ...Object.values(EXERCISES_FR.routines).map((routine) => routine.name),
    ];
    for (const text of french) {
      expect(text, text).to.not.match(/[^\u202f][:;!?]/);
      expect(text, text).to.not.include("'");
    }
  });

  it('writes Spanish with opening ¡ and ¿', () => {
    const spanish = [
      ...textsOf(timerEs.timer, 3, 'Puente').map(([, text]) => text),
      ...Object.values(EXERCISES_ES.exercises).flatMap((e) => [...e.steps, e.breathing]),
    ];
    for (const text of spanish) {
      expect(text.split('!').length, text).to.equal(text.split('¡').length);
      expect(text.split('?').length, text).to.equal(text.split('¿').length);
    }
  });
});
