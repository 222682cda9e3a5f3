import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clinicSettings, type ClinicAttributes } from '../../src/clinic/clinic-settings.js';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A clinic's own settings, as a page may set them. */
const attributes: fc.Arbitrary<ClinicAttributes> = fc.record({
  name: maybe(fc.string()),
  bookingUrl: maybe(fc.oneof(fc.webUrl(), fc.string())),
  bookingProvider: maybe(fc.constantFrom('calendly', 'jane', '', 'bookly')),
  bookingAccount: maybe(fc.string()),
  phone: maybe(fc.string()),
  emergencyNumber: maybe(fc.constantFrom('', '911', '112', '000', 'ask')),
  services: fc.dictionary(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), fc.string()),
  theme: maybe(fc.constantFrom('light', 'dark', 'auto') as fc.Arbitrary<'light' | 'dark' | 'auto'>),
});

describe('clinicSettings: what a clinic gives its widgets', () => {
  it('gives its settings and language as they are, an empty emergency number as none', () => {
    const settings = clinicSettings(
      {
        name: 'Harbour Physio',
        bookingProvider: 'calendly',
        bookingAccount: 'harbour-physio',
        phone: '+1 555 0100',
        emergencyNumber: '',
        services: { swedish: 'relax-45' },
        theme: 'dark',
      },
      'en-CA',
    );
    expect(settings).to.deep.equal({
      name: 'Harbour Physio',
      bookingUrl: undefined,
      bookingProvider: 'calendly',
      bookingAccount: 'harbour-physio',
      phone: '+1 555 0100',
      emergencyNumber: undefined,
      locale: 'en-CA',
      language: undefined,
      services: { swedish: 'relax-45' },
      theme: 'dark',
    });
  });

  it('passes every setting on, and nothing of the element besides', () => {
    fc.assert(
      fc.property(attributes, maybe(fc.constantFrom('fr-CA', 'en', '')), (own, locale) => {
        const element = { ...own, page: true, isConnected: true, report: () => undefined };
        const settings = clinicSettings(element, locale, locale || undefined);
        expect(Object.keys(settings).sort()).to.deep.equal(
          [
            'bookingAccount',
            'bookingProvider',
            'bookingUrl',
            'emergencyNumber',
            'language',
            'locale',
            'name',
            'phone',
            'services',
            'theme',
          ].sort(),
        );
        expect({ ...settings, emergencyNumber: own.emergencyNumber || undefined }).to.deep.equal({
          ...own,
          emergencyNumber: own.emergencyNumber || undefined,
          locale,
          language: locale || undefined,
        });
        expect(settings.emergencyNumber).to.equal(own.emergencyNumber || undefined);
      }),
      { numRuns: 300 },
    );
  });
});
