import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  planBooking,
  type ButtonSettings,
  type ClinicBooking,
} from '../../src/booking-button/booking-settings.js';

const CLINIC_PROVIDER: ClinicBooking = {
  bookingProvider: 'calendly',
  bookingAccount: 'harbour-physio',
};
const CLINIC_URL: ClinicBooking = {
  bookingUrl: 'https://calendly.com/harbour-physio/intro',
  bookingProvider: 'calendly',
  bookingAccount: 'harbour-physio',
};
const FALLBACK = 'https://calendly.com/harbour-physio/60min';

/** The console messages a plan asks for, as `where=value` pairs, in a stable order. */
function ignoredOf(plan: ReturnType<typeof planBooking>): string[] {
  return plan.ignored.map(({ attribute, value }) => `${attribute}=${value}`).sort();
}

function urlOf(plan: ReturnType<typeof planBooking>): string | undefined {
  return plan.resolution.ok ? plan.resolution.target.url : undefined;
}

describe('planBooking: which booking settings win', () => {
  describe('the README popup example', () => {
    it('a fallback link on calendly.com counts as Calendly, so the popup can frame it', () => {
      const plan = planBooking({ mode: 'popup' }, FALLBACK, CLINIC_PROVIDER);
      expect(plan.source).to.equal('fallback');
      expect(urlOf(plan)).to.equal(FALLBACK);
      expect(plan.resolution.ok && plan.resolution.target.provider?.id).to.equal('calendly');
      expect(plan.resolution.ok && plan.resolution.target.frameable).to.equal(true);
      expect(plan.ignored).to.deep.equal([]);
    });

    it('says once that service is ignored when the fallback link gives the URL', () => {
      const plan = planBooking({ mode: 'popup', service: '60min' }, FALLBACK, CLINIC_PROVIDER);
      expect(urlOf(plan)).to.equal(FALLBACK);
      expect(plan.ignored).to.have.length(1);
      expect(plan.ignored[0]).to.include({ attribute: 'service', value: '60min' });
      expect(plan.ignored[0]!.reason).to.include('<a href> child');
      expect(plan.service, 'the service the events report').to.equal(undefined);
    });
  });

  describe('every combination of own settings, fallback link and clinic', () => {
    // [own settings, fallback link?, clinic?] -> [source, url, ignored attributes]
    const table: [
      string,
      ButtonSettings,
      string | undefined,
      ClinicBooking | undefined,
      string,
      string | undefined,
      string[],
    ][] = [
      ['nothing at all', {}, undefined, undefined, 'own', undefined, []],
      [
        'href alone',
        { href: 'https://book.example.com/own' },
        undefined,
        undefined,
        'own',
        'https://book.example.com/own',
        [],
      ],
      [
        'href wins over account and service, which say so',
        {
          href: 'https://calendly.com/harbour-physio/intro',
          provider: 'calendly',
          account: 'other',
          service: '30min',
        },
        FALLBACK,
        CLINIC_URL,
        'own',
        'https://calendly.com/harbour-physio/intro',
        ['account=other', 'service=30min'],
      ],
      [
        'provider, account and service build the link; fallback and clinic stand back',
        { provider: 'cal', account: 'harbour', service: '60min' },
        FALLBACK,
        CLINIC_URL,
        'own',
        'https://cal.com/harbour/60min',
        [],
      ],
      [
        'own provider checks the fallback link',
        { provider: 'calendly', service: '30min' },
        FALLBACK,
        CLINIC_URL,
        'fallback',
        FALLBACK,
        ['service=30min'],
      ],
      [
        'an account without provider is ignored with the fallback link',
        { account: 'harbour' },
        FALLBACK,
        undefined,
        'fallback',
        FALLBACK,
        ['account=harbour'],
      ],
      [
        'the fallback link wins over the clinic',
        {},
        FALLBACK,
        CLINIC_URL,
        'fallback',
        FALLBACK,
        [],
      ],
      [
        "service with the clinic's provider and account",
        { service: '30min' },
        undefined,
        CLINIC_PROVIDER,
        'clinic',
        'https://calendly.com/harbour-physio/30min',
        [],
      ],
      [
        "service is ignored when the clinic's booking-url gives the link",
        { service: '30min' },
        undefined,
        CLINIC_URL,
        'clinic',
        'https://calendly.com/harbour-physio/intro',
        ['service=30min'],
      ],
      [
        'an account without provider is ignored under a clinic',
        { account: 'other' },
        undefined,
        CLINIC_PROVIDER,
        'clinic',
        'https://calendly.com/harbour-physio',
        ['account=other'],
      ],
      [
        'a service the provider cannot link is ignored (Jane)',
        { service: '30min' },
        undefined,
        { bookingProvider: 'jane', bookingAccount: 'harbourphysio' },
        'clinic',
        'https://harbourphysio.janeapp.com/',
        ['service=30min'],
      ],
      [
        'UTM parameters are ignored on a phone link',
        { href: 'tel:+15550100', utm: { source: 'site', campaign: 'spring' } },
        undefined,
        undefined,
        'own',
        'tel:+15550100',
        ['utm-campaign=spring', 'utm-source=site'],
      ],
      [
        'popup is ignored for a provider that refuses framing',
        { provider: 'jane', account: 'harbourphysio', mode: 'popup' },
        undefined,
        undefined,
        'own',
        'https://harbourphysio.janeapp.com/',
        ['mode=popup'],
      ],
      [
        'popup is ignored for a page of no known provider',
        { href: 'https://book.example.com/', mode: 'popup' },
        undefined,
        undefined,
        'own',
        'https://book.example.com/',
        ['mode=popup'],
      ],
      [
        'an unknown mode says so',
        { href: 'https://book.example.com/', mode: 'sideways' },
        undefined,
        undefined,
        'own',
        'https://book.example.com/',
        ['mode=sideways'],
      ],
    ];
    for (const [name, own, fallback, clinic, source, url, ignored] of table) {
      it(name, () => {
        const plan = planBooking(own, fallback, clinic);
        expect(plan.source).to.equal(source);
        expect(urlOf(plan)).to.equal(url);
        expect(ignoredOf(plan)).to.deep.equal(ignored);
        for (const each of plan.ignored)
          expect(each.reason).to.be.a('string').with.length.greaterThan(0);
      });
    }
  });

  describe('how the booking page opens', () => {
    const cases: [ButtonSettings, string][] = [
      [{ href: 'https://book.example.com/' }, 'new-tab'],
      [{ href: 'https://book.example.com/', mode: 'same-tab' }, 'same-tab'],
      [{ href: 'https://book.example.com/', mode: 'sideways' }, 'new-tab'],
      [{ href: 'https://book.example.com/', mode: 'popup' }, 'new-tab'],
      [{ provider: 'jane', account: 'harbour', mode: 'popup' }, 'new-tab'],
      [{ provider: 'calendly', account: 'harbour', mode: 'popup' }, 'popup'],
      [{ href: 'https://cal.com/harbour/60min', mode: 'popup' }, 'popup'],
      [{ href: 'tel:+15550100' }, 'same-tab'],
      [{ href: 'mailto:desk@example.com', mode: 'popup' }, 'same-tab'],
    ];
    for (const [own, opens] of cases)
      it(`${JSON.stringify(own)} opens ${opens}`, () => {
        expect(planBooking(own, undefined, undefined).opens).to.equal(opens);
      });
  });

  it("names the clinic's attribute when its link is refused", () => {
    const plan = planBooking({}, undefined, { bookingUrl: 'http://book.example.com/' });
    expect(plan.resolution.ok).to.equal(false);
    expect(plan.where).to.equal('<knead-clinic> booking-url');
  });

  it('names the fallback link when it is refused', () => {
    const plan = planBooking({}, 'javascript:alert(1)', undefined);
    expect(plan.where).to.equal('<a href> child');
  });

  describe('properties', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const text = fc.oneof(
      fc.constantFrom('calendly', 'jane', 'cal', '60min', 'harbour', 'popup', 'new-tab'),
      fc.string({ maxLength: 12 }),
    );
    const href = fc.oneof(
      fc.constantFrom(FALLBACK, 'https://book.example.com/', 'tel:+15550100', 'javascript:x'),
      fc.webUrl(),
    );
    const own: fc.Arbitrary<ButtonSettings> = fc.record({
      provider: maybe(text),
      account: maybe(text),
      service: maybe(text),
      href: maybe(href),
      mode: maybe(text),
      utm: maybe(fc.record({ source: maybe(text), medium: maybe(text), campaign: maybe(text) })),
    });
    const clinic: fc.Arbitrary<ClinicBooking | undefined> = maybe(
      fc.record({
        bookingProvider: maybe(text),
        bookingAccount: maybe(text),
        bookingUrl: maybe(href),
      }),
    );

    it('never throws, and names each ignored attribute once', () => {
      fc.assert(
        fc.property(own, maybe(href), clinic, (settings, fallback, clinicSettings) => {
          const plan = planBooking(settings, fallback, clinicSettings);
          const names = plan.ignored.map((each) => each.attribute);
          expect(new Set(names).size).to.equal(names.length);
          for (const each of plan.ignored) {
            expect(each.reason).to.be.a('string').with.length.greaterThan(0);
          }
        }),
        { numRuns: 500 },
      );
    });

    it('never uses an ignored service', () => {
      fc.assert(
        fc.property(own, maybe(href), clinic, (settings, fallback, clinicSettings) => {
          const plan = planBooking(settings, fallback, clinicSettings);
          if (plan.ignored.some((each) => each.attribute === 'service')) {
            expect(plan.service).to.equal(undefined);
          }
        }),
        { numRuns: 500 },
      );
    });

    it('opens a popup only where one may frame the page, and a phone link in place', () => {
      fc.assert(
        fc.property(own, maybe(href), clinic, (settings, fallback, clinicSettings) => {
          const { resolution, opens } = planBooking(settings, fallback, clinicSettings);
          expect(['new-tab', 'same-tab', 'popup']).to.include(opens);
          if (!resolution.ok) return;
          const { frameable, kind } = resolution.target;
          if (opens === 'popup') expect(frameable && settings.mode === 'popup').to.equal(true);
          if (kind !== 'web') expect(opens).to.equal('same-tab');
          if (settings.mode === 'popup' && frameable) expect(opens).to.equal('popup');
        }),
        { numRuns: 500 },
      );
    });

    it('own href always wins, whatever the fallback link and clinic', () => {
      fc.assert(
        fc.property(fc.webUrl(), maybe(href), clinic, (ownHref, fallback, clinicSettings) => {
          const plan = planBooking({ href: ownHref }, fallback, clinicSettings);
          expect(plan.source).to.equal('own');
          if (!plan.resolution.ok) expect(plan.where).to.equal('href');
        }),
        { numRuns: 300 },
      );
    });
  });
});
