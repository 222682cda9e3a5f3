import { expect } from '@open-wc/testing';
import {
  BUILT_IN_TECHNIQUES,
  BUILT_IN_TECHNIQUE_IDS,
  findTechnique,
} from '../../src/technique-card/built-in-techniques.js';
import {
  TECHNIQUE_TEXT_FIELDS as TEXT_FIELDS,
  localizeTechnique,
} from '../../src/technique-card/technique-texts.js';
import type { Technique } from '../../src/technique-card/technique-types.js';
import { TECHNIQUES_FR } from '../../src/technique-card/languages/techniques.fr.js';
import { TECHNIQUES_ES } from '../../src/technique-card/languages/techniques.es.js';

const LANGUAGES = [
  { code: 'fr', techniques: TECHNIQUES_FR },
  { code: 'es', techniques: TECHNIQUES_ES },
] as const;

/**
 * Texts a language may leave as the English, each with its reason. None today: every name
 * has a French and a Spanish form. A name that is the same in every language (say
 * "Shiatsu", a Japanese word each language borrows as it is) would go here.
 */
const SAME_AS_ENGLISH: readonly string[] = [];

describe('the built-in techniques in French and Spanish', () => {
  for (const { code, techniques } of LANGUAGES) {
    it(`${code}: gives exactly the nine built-in techniques`, () => {
      expect(Object.keys(techniques)).to.have.members([...BUILT_IN_TECHNIQUE_IDS]);
    });

    for (const english of BUILT_IN_TECHNIQUES) {
      it(`${code}: gives every text field of ${english.id}, each its own words`, () => {
        const texts = techniques[english.id as keyof typeof techniques];
        for (const field of TEXT_FIELDS) {
          const text = texts[field];
          expect(text.trim(), field).to.not.equal('');
          if (!SAME_AS_ENGLISH.includes(text)) expect(text, field).to.not.equal(english[field]);
        }
        expect(texts.cautions, 'one caution for each English one').to.have.length(
          english.cautions.length,
        );
        texts.cautions.forEach((caution, index) => {
          expect(caution.trim()).to.not.equal('');
          expect(caution).to.not.equal(english.cautions[index]);
        });
      });
    }
  }
});

describe('localizeTechnique', () => {
  const swedish = findTechnique('swedish')!;
  const french = TECHNIQUES_FR;

  it('lays every text over the English and keeps ids, goals, numbers and price', () => {
    const localized = localizeTechnique(swedish, french);
    expect(localized).to.deep.equal({ ...swedish, ...french.swedish });
    expect(localized.id).to.equal('swedish');
    expect(localized.goals).to.equal(swedish.goals);
    expect(localized.duration).to.equal(swedish.duration);
  });

  it('gives English back without texts, and leaves the catalog untouched', () => {
    expect(localizeTechnique(swedish, undefined)).to.equal(swedish);
    localizeTechnique(swedish, french);
    expect(findTechnique('swedish')!.name).to.equal('Swedish massage');
  });

  it('keeps the English of each field a language leaves out, field by field', () => {
    const localized = localizeTechnique(swedish, { swedish: { name: 'Suédois' } });
    expect(localized).to.deep.equal({ ...swedish, name: 'Suédois' });
  });

  it('never overlays a clinic’s own technique, even one with a built-in id', () => {
    const clinics: Technique = { ...swedish, name: 'Our Swedish massage' };
    expect(localizeTechnique(clinics, french)).to.equal(clinics);
    const hotStone: Technique = { ...swedish, id: 'hot-stone', name: 'Hot stone' };
    expect(localizeTechnique(hotStone, { ...french, 'hot-stone': french.swedish })).to.equal(
      hotStone,
    );
  });

  it('ignores what a registered table gives of the wrong kind, or empty', () => {
    const odd = {
      swedish: {
        name: '',
        summary: 42,
        description: '   ',
        cautions: ['Une', 7],
        feelsLike: 'Doux.',
      },
      constructor: { name: 'Object' },
    } as unknown as Parameters<typeof localizeTechnique>[1];
    expect(localizeTechnique(swedish, odd)).to.deep.equal({ ...swedish, feelsLike: 'Doux.' });
    expect(localizeTechnique(swedish, { swedish: null } as never)).to.equal(swedish);
    expect(localizeTechnique(swedish, { swedish: { cautions: [] } })).to.deep.equal(swedish);
  });
});
