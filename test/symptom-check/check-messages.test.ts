import { sourceOf } from '../helpers/source.js';
import { expect } from '@open-wc/testing';
import { CHECK_MESSAGES, type CheckMessages } from '../../src/symptom-check/check-messages.js';
import { CARE_BY_REGION } from '../../src/shared/care-numbers.js';
import { EXERCISE_NAMES } from '../../src/exercise-timer/exercise-names.js';
import fr from '../../src/symptom-check/languages/fr.js';
import es from '../../src/symptom-check/languages/es.js';

/**
 * The symptom check's words in every language: the same keys as English, none empty, each
 * function a whole sentence with its values in it; French and Spanish typography; and the
 * line between "emergency" and "urgent" kept in each language.
 */

const LANGUAGES = { fr, es } as const;
const ENGLISH_KEYS = Object.keys(CHECK_MESSAGES);
/** Values a message function is tried with: marked so each can be found in the sentence. */
const VALUES = ['⟨1⟩', '⟨2⟩'] as const;
const call = (message: CheckMessages[keyof CheckMessages]) =>
  typeof message === 'string'
    ? message
    : (message as (...values: readonly string[]) => string)(...VALUES);

/** Every sentence of a table, functions called with VALUES. */
const sentences = (table: CheckMessages) => Object.values(table).map(call);

/**
 * The files whose code shows the check's words. Their source, as the test server serves
 * it (compiled, names kept), must name every key: a key no file names is a key no visitor
 * ever reads. A word-bounded search for the key is enough, since every key is a distinct
 * camel-case name; result-rules.ts names the level keys as strings.
 */
const SOURCES = [
  'symptom-check.ts',
  'screen-parts.ts',
  'intro-view.ts',
  'question-view.ts',
  'result-view.ts',
  'care-view.ts',
  'answer-choices.ts',
  'result-rules.ts',
];

describe('symptom check messages', () => {
  for (const [language, tables] of Object.entries(LANGUAGES)) {
    describe(language, () => {
      it("has English's keys, no more and no fewer, each of the same kind", () => {
        expect(Object.keys(tables.check)).to.deep.equal(ENGLISH_KEYS);
        for (const key of ENGLISH_KEYS) {
          const english = CHECK_MESSAGES[key as keyof CheckMessages];
          const given = tables.check[key as keyof CheckMessages];
          expect(typeof given, key).to.equal(typeof english);
          if (typeof english === 'function') expect(given.length, key).to.equal(english.length);
        }
      });

      it('says every message, and every value a function is given, in its sentence', () => {
        for (const key of ENGLISH_KEYS) {
          const english = CHECK_MESSAGES[key as keyof CheckMessages];
          const text = call(tables.check[key as keyof CheckMessages]);
          expect(text.trim(), key).to.not.equal('');
          if (typeof english === 'function')
            for (const value of VALUES.slice(0, english.length))
              expect(text, `${key} shows ${value}`).to.include(value);
        }
      });

      it('differs from English wherever English has words to translate', () => {
        const same = ENGLISH_KEYS.filter(
          (key) =>
            call(tables.check[key as keyof CheckMessages]) ===
            call(CHECK_MESSAGES[key as keyof CheckMessages]),
        );
        // The list of exercise names is the names with a full stop, in any language; "No"
        // is Spanish too.
        expect(same).to.deep.equal(language === 'es' ? ['no', 'exerciseList'] : ['exerciseList']);
      });

      it('names every advice line the care table has, and the six exercises', () => {
        const regions = Object.entries(CARE_BY_REGION)
          .filter(([, care]) => care.advice)
          .map(([region]) => region)
          .sort();
        expect(Object.keys(tables['advice-lines']).sort()).to.deep.equal(regions);
        for (const name of Object.values(tables['advice-lines'])) expect(name).to.not.equal('');
        expect(Object.keys(tables['exercise-names']).sort()).to.deep.equal(
          Object.keys(EXERCISE_NAMES).sort(),
        );
      });
    });
  }

  it('French: a narrow no-break space before ; : ! ?, and typographic apostrophes', () => {
    const french = [...sentences(fr.check), ...Object.values(fr['advice-lines'])];
    for (const text of french) {
      expect(text, text).to.not.match(/[^\u202f][;:!?]/);
      expect(text, text).to.not.include("'");
    }
  });

  it('Spanish: every question opens with ¿, every exclamation with ¡', () => {
    for (const text of sentences(es.check)) {
      if (text.includes('?')) expect(text, text).to.include('¿');
      if (text.includes('!')) expect(text, text).to.include('¡');
      expect(text, text).to.not.include("'");
    }
  });

  it('keeps "urgent" apart from "emergency" in French and Spanish', () => {
    // French: « urgence » is an emergency (numéro d’urgence); the urgent level and its
    // advice never use the word. Spanish: « urgencias » is the emergency department in
    // much of Latin America, so no Spanish message uses the word at all.
    for (const key of ['levelUrgent', 'contactDoctorToday'] as const)
      expect(fr.check[key], key).to.not.match(/urgen/i);
    expect(fr.check.levelEmergency).to.match(/urgence/i);
    for (const text of sentences(es.check)) expect(text, text).to.not.match(/urgenc/i);
    expect(es.check.levelEmergency).to.match(/emergencia/i);
    for (const tables of [fr, es])
      expect(tables.check.levelUrgent).to.not.equal(tables.check.levelEmergency);
  });

  it('every English key is named by the code that shows the words', async () => {
    const code = await sourceOf('symptom-check', SOURCES);
    const unused = ENGLISH_KEYS.filter((key) => !new RegExp(`\\b${key}\\b`).test(code));
    expect(unused).to.deep.equal([]);
  });
});
