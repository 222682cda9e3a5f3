import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  FALLBACK_LANGUAGE,
  baseLanguage,
  pickLanguage,
  pickLocale,
} from '../../src/shared/language.js';

const KNOWN = ['en', 'fr', 'es'];
const known = (language: string) => KNOWN.includes(language);

/** Language tags as pages write them: a language, maybe a script and a region, any case. */
const languageTag = fc
  .record({
    language: fc.constantFrom('en', 'fr', 'es', 'de', 'pt', 'zh', 'ar', 'iu', 'haw'),
    script: fc.option(fc.constantFrom('Latn', 'Hant', 'Cans'), { nil: undefined }),
    region: fc.option(fc.constantFrom('CA', 'US', 'MX', 'FR', 'GB', '419', 'BR'), {
      nil: undefined,
    }),
    upper: fc.boolean(),
  })
  .map(({ language, script, region, upper }) => {
    const tag = [language, script, region].filter(Boolean).join('-');
    return { tag: upper ? tag.toUpperCase() : tag, language };
  });
/** What names no language: missing, blank, or not a BCP 47 tag. */
const noLanguage = fc.constantFrom(undefined, null, '', '  ', 'français', 'en_', '-fr', '12');

describe('pickLanguage: the language a widget speaks', () => {
  it('speaks the nearest tag language it knows, whatever its region, script or case', () => {
    fc.assert(
      fc.property(
        fc.array(noLanguage, { maxLength: 3 }),
        languageTag,
        fc.array(
          fc.oneof(
            languageTag.map(({ tag }) => tag),
            noLanguage,
          ),
          { maxLength: 4 },
        ),
        (before, nearest, after) => {
          const picked = pickLanguage([...before, nearest.tag, ...after], known);
          expect(picked).to.equal(known(nearest.language) ? nearest.language : FALLBACK_LANGUAGE);
        },
      ),
    );
  });

  it('speaks English with no tag, or none that names a language', () => {
    fc.assert(
      fc.property(fc.array(noLanguage, { maxLength: 5 }), (tags) => {
        expect(pickLanguage(tags, known)).to.equal('en');
      }),
    );
  });

  it('follows the examples a clinic would write', () => {
    expect(pickLanguage(['fr-CA'], known)).to.equal('fr');
    expect(pickLanguage(['es-MX', 'en'], known)).to.equal('es');
    expect(pickLanguage([undefined, 'fr', 'en-CA'], known)).to.equal('fr');
    // A German section of a French page: not French.
    expect(pickLanguage(['de', 'fr'], known)).to.equal('en');
    expect(pickLanguage(['français', 'es'], known)).to.equal('es');
    // A language registered later counts like a built-in one.
    expect(pickLanguage(['pt-BR'], (language) => language === 'pt')).to.equal('pt');
  });

  it('reads the language subtag, in lowercase', () => {
    expect(baseLanguage('FR-ca')).to.equal('fr');
    expect(baseLanguage(' es-419 ')).to.equal('es');
    expect(baseLanguage('zh-Hant-TW')).to.equal('zh');
    expect(baseLanguage('français')).to.equal(undefined);
    expect(baseLanguage('')).to.equal(undefined);
    expect(baseLanguage(null)).to.equal(undefined);
    // The form CMSs and server locales write (WordPress's get_locale()).
    expect(baseLanguage('fr_CA')).to.equal('fr');
    expect(pickLocale(['es_MX'], known)).to.deep.equal({ language: 'es', locale: 'es-MX' });
    // Private-use and grandfathered tags name languages the widgets lack: English.
    expect(pickLanguage(['x-klingon', 'es'], known)).to.equal('en');
    expect(pickLanguage(['i-klingon', 'es'], known)).to.equal('en');
  });
});
