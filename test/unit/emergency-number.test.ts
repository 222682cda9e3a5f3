import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_EMERGENCY_NUMBER, emergencyNumberFor } from '../../src/clinic/emergency-number.js';

describe('emergencyNumberFor', () => {
  it('falls back to 911', () => {
    expect(DEFAULT_EMERGENCY_NUMBER).to.equal('911');
  });

  const known: ReadonlyArray<[string, string]> = [
    ['en-US', '911'],
    ['en-GB', '999'],
    ['en-AU', '000'],
    ['en-NZ', '111'],
    ['de-DE', '112'],
    ['fr-FR', '112'],
    ['fr-CA', '911'],
    ['en-CA', '911'],
    ['es-MX', '911'],
    ['en-IE', '112'],
    ['ja-JP', '119'],
    ['ko-KR', '119'],
    ['en-SG', '995'],
    ['zh-HK', '999'],
    ['hi-IN', '112'],
    ['en-ZA', '112'],
    ['nb-NO', '112'],
    ['de-CH', '112'],
    ['en-gb', '999'],
    ['EN-AU', '000'],
    ['zh-Hant-HK', '999'],
    ['en-GB-u-ca-gregory', '999'],
  ];
  for (const [locale, number] of known) {
    it(`gives ${number} for ${locale}`, () => {
      expect(emergencyNumberFor(locale)).to.equal(number);
    });
  }

  const unknown: ReadonlyArray<[string, string | undefined]> = [
    ['undefined', undefined],
    ['the empty string', ''],
    ['garbage', 'not a locale!!'],
    ['a language without a region', 'de'],
    ['English without a region', 'en'],
    ['an unlisted region', 'pt-BR'],
    ['a numeric region', 'es-419'],
    ['an underscore locale', 'en_GB'],
    ['a lone hyphen', '-'],
  ];
  for (const [name, locale] of unknown) {
    it(`falls back to 911 for ${name}`, () => {
      expect(emergencyNumberFor(locale)).to.equal('911');
    });
  }

  it('never throws and always returns a known number', () => {
    const numbers = ['911', '999', '000', '111', '112', '995', '119'];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc
            .tuple(fc.constantFrom('en', 'de', 'fr', 'x'), fc.string({ maxLength: 4 }))
            .map(([language, region]) => `${language}-${region}`),
        ),
        (locale) => {
          expect(numbers).to.include(emergencyNumberFor(locale));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the same number for any language in the same region', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en', 'fr', 'de', 'es', 'zh', 'ar'),
        fc.constantFrom('US', 'GB', 'AU', 'NZ', 'DE', 'JP', 'BR'),
        (language, region) => {
          expect(emergencyNumberFor(`${language}-${region}`)).to.equal(
            emergencyNumberFor(`en-${region}`),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
