import { expect } from '@open-wc/testing';
import {
  GOALS,
  PRESSURE_LEVELS,
  TEXT_LIMITS,
  DURATION_RANGE,
  isTechniqueId,
  type Technique,
} from '../../src/technique-card/technique-types.js';
import { parseTechnique } from '../../src/technique-card/technique-schema.js';
import {
  BUILT_IN_TECHNIQUES,
  BUILT_IN_TECHNIQUE_IDS,
  findTechnique,
} from '../../src/technique-card/built-in-techniques.js';
import { defined } from './schema-fixtures.js';

/** Every piece of visitor-facing text in one technique. */
function textsOf(technique: Technique): string[] {
  return [
    technique.name,
    technique.summary,
    technique.description ?? '',
    technique.pressureLabel ?? '',
    technique.feelsLike ?? '',
    ...technique.cautions,
  ];
}

const EXPECTED_IDS = [
  'swedish',
  'deep-tissue',
  'trigger-point',
  'myofascial-release',
  'sports',
  'thai',
  'muscle-stripping',
  'cross-fiber-friction',
  'pin-and-stretch',
];

/** Claims the facts could not support, and words that overpromise. */
const BANNED = ['toxin', 'immune', 'blood pressure', 'migraine', 'cure', '75%'];

describe('built-in technique catalog', () => {
  it('has the nine techniques, in order', () => {
    expect(BUILT_IN_TECHNIQUES.map((technique) => technique.id)).to.deep.equal(EXPECTED_IDS);
    expect(BUILT_IN_TECHNIQUE_IDS).to.deep.equal(EXPECTED_IDS);
  });

  it('has unique ids that follow the one id rule (isTechniqueId)', () => {
    const ids = BUILT_IN_TECHNIQUES.map((technique) => technique.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(isTechniqueId(id), id).to.equal(true);
  });

  for (const technique of BUILT_IN_TECHNIQUES) {
    describe(technique.id, () => {
      it('round-trips through parseTechnique with no problems', () => {
        const parsed = parseTechnique(technique);
        expect(parsed.problems).to.deep.equal([]);
        expect(parsed.ok).to.equal(true);
        if (!parsed.ok) return;
        expect(defined(parsed.technique)).to.deep.equal(defined(technique));
      });

      it('round-trips through JSON as a clinic would paste it', () => {
        const parsed = parseTechnique(JSON.parse(JSON.stringify(technique)), 'techniques[0]');
        expect(parsed.problems).to.deep.equal([]);
        expect(parsed.ok).to.equal(true);
        if (!parsed.ok) return;
        expect(defined(parsed.technique)).to.deep.equal(defined(technique));
      });

      it('has every field but price, filled in', () => {
        expect(technique.description, 'description').to.be.a('string').and.not.equal('');
        expect(technique.feelsLike, 'feelsLike').to.be.a('string').and.not.equal('');
        expect(technique.pressureLabel, 'pressureLabel').to.be.a('string').and.not.equal('');
        expect(technique.cautions.length, 'cautions').to.be.within(1, 3);
        expect(technique.goals.length, 'goals').to.be.within(2, 4);
        expect(technique.duration, 'duration').to.not.equal(undefined);
        expect(technique.price, 'price').to.equal(undefined);
      });

      it('keeps its values inside the schema', () => {
        expect(PRESSURE_LEVELS).to.include(technique.pressure);
        for (const goal of technique.goals) expect(GOALS).to.include(goal);
        expect(new Set(technique.goals).size).to.equal(technique.goals.length);
        const { min, max } = technique.duration!;
        expect(Number.isInteger(min) && Number.isInteger(max)).to.equal(true);
        expect(min).to.be.within(DURATION_RANGE.min, max);
        expect(max).to.be.within(min, DURATION_RANGE.max);
        expect(technique.name.length).to.be.at.most(TEXT_LIMITS.name);
        expect(technique.summary.length).to.be.at.most(TEXT_LIMITS.summary);
        expect(technique.description!.length).to.be.at.most(TEXT_LIMITS.description);
        expect(technique.feelsLike!.length).to.be.at.most(TEXT_LIMITS.feelsLike);
        expect(technique.pressureLabel!.length).to.be.at.most(TEXT_LIMITS.pressureLabel);
        for (const caution of technique.cautions)
          expect(caution.length).to.be.at.most(TEXT_LIMITS.caution);
      });

      it('has tidy text: trimmed, no doubled spaces, sentences ending in punctuation', () => {
        for (const text of textsOf(technique)) {
          expect(text, text).to.equal(text.trim());
          expect(text, text).to.not.match(/\s{2,}/);
        }
        for (const text of [
          technique.description!,
          technique.feelsLike!,
          technique.summary,
          ...technique.cautions,
        ])
          expect(text, text).to.match(/[.!?]$/);
      });

      it('makes none of the banned claims', () => {
        for (const text of textsOf(technique)) {
          const lower = text.toLowerCase();
          for (const banned of BANNED)
            expect(lower, `"${banned}" in: ${text}`).to.not.include(banned);
        }
      });
    });
  }

  it('describes myofascial release in both its gentle and its strong form', () => {
    const description = findTechnique('myofascial-release')!.description!.toLowerCase();
    expect(description).to.include('indirect');
    expect(description).to.include('direct form');
  });

  it('warns that trigger point pressure can briefly increase referred pain', () => {
    const cautions = findTechnique('trigger-point')!.cautions.join(' ').toLowerCase();
    expect(cautions).to.include('briefly');
  });

  describe('findTechnique', () => {
    it('returns each built-in technique by its id', () => {
      for (const technique of BUILT_IN_TECHNIQUES)
        expect(findTechnique(technique.id)).to.equal(technique);
    });

    for (const id of ['', 'Swedish', ' swedish', 'swedish ', 'reiki', 'deep_tissue', 'toString'])
      it(`returns undefined for ${JSON.stringify(id)}`, () => {
        expect(findTechnique(id)).to.equal(undefined);
      });
  });
});
