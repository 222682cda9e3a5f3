import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  findProvider,
  PROVIDER_IDS,
  PROVIDERS,
  type BookingProvider,
  type ProviderId,
} from '../../src/booking-button/built-in-providers.js';
import { frameUrl, isBookingComplete } from '../../src/booking-button/booking-frame.js';
import {
  providerForUrl,
  resolveBooking,
  type BookingResolution,
  type BookingSettings,
  type BookingTarget,
} from '../../src/booking-button/booking-target.js';
import { checkUrl, hostMatches } from '../../src/shared/safe-url.js';

/** The target of a resolution that must be ok; fails the test otherwise. */
function targetOf(resolution: BookingResolution): BookingTarget {
  if (!resolution.ok) {
    throw new Error(
      `expected ok, got problem on ${resolution.attribute}: ${resolution.value} (${resolution.reason})`,
    );
  }
  return resolution.target;
}

/** The documented link for each provider, from a valid account and, where it has one, service. */
const EXPECTED: Record<
  ProviderId,
  {
    readonly account?: string;
    readonly accountUrl?: string;
    readonly service?: string;
    readonly serviceUrl?: string;
    readonly href?: string;
  }
> = {
  noterro: { account: 'HarbourPhysio', accountUrl: 'https://harbourphysio.noterro.com/' },
  jane: { account: 'harbourphysio', accountUrl: 'https://harbourphysio.janeapp.com/' },
  calendly: {
    account: 'harbour-physio',
    accountUrl: 'https://calendly.com/harbour-physio',
    service: '60min',
    serviceUrl: 'https://calendly.com/harbour-physio/60min',
  },
  cal: {
    account: 'harbour',
    accountUrl: 'https://cal.com/harbour',
    service: '60min',
    serviceUrl: 'https://cal.com/harbour/60min',
  },
  acuity: {
    account: '12345',
    accountUrl: 'https://app.acuityscheduling.com/schedule.php?owner=12345',
    service: '678',
    serviceUrl: 'https://app.acuityscheduling.com/schedule.php?owner=12345&appointmentType=678',
  },
  square: { href: 'https://book.squareup.com/appointments/abc123/location/def456/services' },
  vagaro: { account: 'harbourphysio', accountUrl: 'https://www.vagaro.com/harbourphysio' },
  fresha: { href: 'https://www.fresha.com/a/harbour-physio-london-abc123' },
  mindbody: {
    account: '12345',
    accountUrl: 'https://clients.mindbodyonline.com/classic/ws?studioid=12345',
  },
};

const FRAMEABLE: readonly ProviderId[] = ['calendly', 'cal', 'acuity'];

describe('PROVIDERS and findProvider', () => {
  it('lists exactly the providers this suite documents', () => {
    expect([...PROVIDER_IDS].sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  it('gives each provider its own key as id, a name and at least one host', () => {
    for (const id of PROVIDER_IDS) {
      const provider: BookingProvider = PROVIDERS[id];
      expect(provider.id).to.equal(id);
      expect(provider.name).to.be.a('string').with.length.greaterThan(0);
      expect(provider.hosts.length).to.be.greaterThan(0);
    }
  });

  it('marks only calendly, cal and acuity as frameable', () => {
    for (const id of PROVIDER_IDS) {
      expect(PROVIDERS[id].frameable, id).to.equal(FRAMEABLE.includes(id));
    }
  });

  it('finds every provider by id, ignoring case and outer spaces', () => {
    for (const id of PROVIDER_IDS) {
      expect(findProvider(id)).to.equal(PROVIDERS[id]);
      expect(findProvider(` ${id.toUpperCase()} `)).to.equal(PROVIDERS[id]);
    }
  });

  for (const id of [
    undefined,
    '',
    '   ',
    'zocdoc',
    'calendly.com',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
  ]) {
    it(`finds nothing for ${JSON.stringify(id)}`, () => {
      expect(findProvider(id)).to.equal(undefined);
    });
  }
});

describe('resolveBooking', () => {
  describe('documented link patterns', () => {
    for (const id of PROVIDER_IDS) {
      const expected = EXPECTED[id];
      const provider = PROVIDERS[id];

      if (expected.accountUrl) {
        it(`${id}: builds ${expected.accountUrl} from account "${expected.account}"`, () => {
          const target = targetOf(resolveBooking({ provider: id, account: expected.account }));
          expect(target.url).to.equal(expected.accountUrl);
          expect(target.kind).to.equal('web');
          expect(target.provider).to.equal(provider);
          expect(target).to.not.have.property('notice');
          expect(checkUrl(target.url, { hosts: provider.hosts })).to.deep.equal({
            ok: true,
            url: expected.accountUrl,
            kind: 'web',
          });
        });
      }

      if (expected.serviceUrl) {
        it(`${id}: builds ${expected.serviceUrl} from service "${expected.service}"`, () => {
          const target = targetOf(
            resolveBooking({ provider: id, account: expected.account, service: expected.service }),
          );
          expect(target.url).to.equal(expected.serviceUrl);
          expect(checkUrl(target.url, { hosts: provider.hosts })).to.deep.equal({
            ok: true,
            url: expected.serviceUrl,
            kind: 'web',
          });
        });
      }

      if (!expected.accountUrl) {
        it(`${id}: has no account link, so asks for href`, () => {
          expect('accountUrl' in provider).to.equal(false);
          const result = resolveBooking({ provider: id, account: 'harbour-physio' });
          expect(result.ok).to.equal(false);
          if (!result.ok) {
            expect(result.attribute).to.equal('href');
            expect(result.value).to.equal('');
            expect(result.reason).to.include(provider.name).and.include('href');
          }
        });

        it(`${id}: accepts an href on its own host`, () => {
          const target = targetOf(resolveBooking({ provider: id, href: expected.href }));
          expect(target.url).to.equal(expected.href);
          expect(target.provider).to.equal(provider);
          expect(target.frameable).to.equal(false);
          expect(checkUrl(target.url, { hosts: provider.hosts }).ok).to.equal(true);
        });
      }
    }

    it('calls each link builder directly with the documented result', () => {
      expect(PROVIDERS.calendly.serviceUrl('a', 'b')).to.equal('https://calendly.com/a/b');
      expect(PROVIDERS.cal.accountUrl('a')).to.equal('https://cal.com/a');
      expect(PROVIDERS.jane.accountUrl('ABC')).to.equal('https://abc.janeapp.com/');
      expect(PROVIDERS.acuity.serviceUrl('1', '2')).to.equal(
        'https://app.acuityscheduling.com/schedule.php?owner=1&appointmentType=2',
      );
    });

    it('accepts a square.site subdomain for square', () => {
      const target = targetOf(
        resolveBooking({ provider: 'square', href: 'https://harbour.square.site/' }),
      );
      expect(target.url).to.equal('https://harbour.square.site/');
    });

    it('treats an empty service as no service', () => {
      const target = targetOf(
        resolveBooking({ provider: 'calendly', account: 'harbour-physio', service: '' }),
      );
      expect(target.url).to.equal('https://calendly.com/harbour-physio');
    });

    it('resolves a provider id given in another case with spaces around it', () => {
      const target = targetOf(resolveBooking({ provider: ' Calendly ', account: 'harbour' }));
      expect(target.url).to.equal('https://calendly.com/harbour');
      expect(target.provider).to.equal(PROVIDERS.calendly);
    });
  });

  describe('invalid accounts', () => {
    const cases: ReadonlyArray<[ProviderId, string | undefined]> = [
      ['calendly', 'harbour physio'],
      ['calendly', 'harbour/physio'],
      ['calendly', '../admin'],
      ['calendly', '..'],
      ['calendly', 'physi\u00f6'],
      ['calendly', '\u0441\u0430lendly'],
      ['calendly', 'a'.repeat(101)],
      ['calendly', '-leading'],
      ['calendly', 'a?b=c'],
      ['calendly', 'a#b'],
      ['calendly', '%2e%2e'],
      ['calendly', ''],
      ['calendly', undefined],
      ['cal', 'harbour\n'],
      ['jane', 'harbour_physio'],
      ['jane', 'harbour.evil.com'],
      ['jane', 'evil.com/'],
      ['jane', '-harbour'],
      ['jane', 'harbour-'],
      ['jane', 'a'.repeat(64)],
      ['noterro', 'x@evil.com'],
      ['acuity', 'abc'],
      ['acuity', '12.5'],
      ['acuity', '1'.repeat(13)],
      ['acuity', '12345&appointmentType=1'],
      ['mindbody', '12345&x=1'],
      ['vagaro', 'harbour physio'],
    ];
    for (const [provider, account] of cases) {
      it(`${provider}: refuses account ${JSON.stringify(account)}`, () => {
        const result = resolveBooking({ provider, account });
        expect(result.ok).to.equal(false);
        if (!result.ok) {
          expect(result.attribute).to.equal('account');
          expect(result.value).to.equal(account ?? '');
          expect(result.reason).to.include(PROVIDERS[provider].name);
        }
      });
    }

    it('accepts the longest allowed accounts', () => {
      expect(resolveBooking({ provider: 'calendly', account: 'a'.repeat(100) }).ok).to.equal(true);
      expect(resolveBooking({ provider: 'jane', account: 'a'.repeat(63) }).ok).to.equal(true);
      expect(resolveBooking({ provider: 'acuity', account: '1'.repeat(12) }).ok).to.equal(true);
    });
  });

  describe('invalid services', () => {
    const services = [
      'sixty min',
      '60/min',
      '../admin',
      '60min?x=1',
      'm\u00fc',
      'a'.repeat(101),
      '-60min',
    ];
    for (const service of services) {
      it(`refuses service ${JSON.stringify(service)}`, () => {
        const result = resolveBooking({ provider: 'calendly', account: 'harbour', service });
        expect(result).to.include({ ok: false, attribute: 'service', value: service });
      });
    }
  });

  describe('unknown providers', () => {
    for (const provider of ['zocdoc', 'calendly.com', '__proto__', 'constructor', '   ']) {
      it(`refuses provider ${JSON.stringify(provider)} and lists the known ids`, () => {
        const result = resolveBooking({ provider, account: 'harbour' });
        expect(result.ok).to.equal(false);
        if (!result.ok) {
          expect(result.attribute).to.equal('provider');
          expect(result.value).to.equal(provider);
          for (const id of PROVIDER_IDS) expect(result.reason).to.include(id);
        }
      });
    }

    it('refuses an unknown provider even when a valid href is given', () => {
      const result = resolveBooking({ provider: 'zocdoc', href: 'https://example.com/' });
      expect(result).to.include({ ok: false, attribute: 'provider' });
    });
  });

  describe('services a provider cannot link', () => {
    it('uses the account link for jane and explains that the service was ignored', () => {
      const target = targetOf(
        resolveBooking({ provider: 'jane', account: 'harbourphysio', service: 'massage-60' }),
      );
      expect(target.url).to.equal('https://harbourphysio.janeapp.com/');
      expect(target.notice).to.be.a('string');
      expect(target.notice).to.include('service="massage-60"').and.include('Jane');
    });

    it('still refuses an invalid service for jane', () => {
      const result = resolveBooking({ provider: 'jane', account: 'harbourphysio', service: 'a b' });
      expect(result).to.include({ ok: false, attribute: 'service' });
    });
  });

  describe('href', () => {
    const lookAlikes = [
      'https://calendly.com.evil.com/x',
      'https://evilcalendly.com/x',
      'https://calendIy.com/x',
      'https://\u0441\u0430lendly.com/x',
      'https://calendly.com:8443/x',
      'https://calendly.com@evil.com/x',
      'http://calendly.com/x',
      'tel:+15550100',
      'mailto:desk@clinic.example',
      'javascript:alert(1)',
    ];
    for (const href of lookAlikes) {
      it(`refuses href "${href}" with provider calendly`, () => {
        const result = resolveBooking({ provider: 'calendly', href });
        expect(result).to.include({ ok: false, attribute: 'href', value: href });
      });
    }

    it('accepts an href on the provider host and normalises it', () => {
      const target = targetOf(
        resolveBooking({ provider: 'calendly', href: 'https://CALENDLY.com/harbour/intro' }),
      );
      expect(target.url).to.equal('https://calendly.com/harbour/intro');
      expect(target.frameable).to.equal(true);
    });

    it('accepts tel: and mailto: when no provider is given', () => {
      expect(targetOf(resolveBooking({ href: 'tel:+15550100' }))).to.deep.equal({
        url: 'tel:+15550100',
        kind: 'tel',
        provider: undefined,
        frameable: false,
      });
      expect(targetOf(resolveBooking({ href: 'mailto:desk@clinic.example' }))).to.deep.equal({
        url: 'mailto:desk@clinic.example',
        kind: 'mailto',
        provider: undefined,
        frameable: false,
      });
    });

    it('accepts any public https host when no provider is given, without framing it', () => {
      const target = targetOf(resolveBooking({ href: 'https://book.example.com/harbour' }));
      expect(target.url).to.equal('https://book.example.com/harbour');
      expect(target.provider).to.equal(undefined);
      expect(target.frameable).to.equal(false);
    });

    it("counts an href on a known provider's host as that provider, so it may be framed", () => {
      const target = targetOf(resolveBooking({ href: 'https://calendly.com/harbour/60min' }));
      expect(target.url).to.equal('https://calendly.com/harbour/60min');
      expect(target.provider?.id).to.equal('calendly');
      expect(target.frameable).to.equal(true);
      const jane = targetOf(resolveBooking({ href: 'https://harbour.janeapp.com/' }));
      expect(jane.provider?.id).to.equal('jane');
      expect(jane.frameable).to.equal(false);
    });

    for (const href of ['javascript:alert(1)', '//evil.com', 'http://example.com', 'tel:abc']) {
      it(`refuses href "${href}" without a provider`, () => {
        const result = resolveBooking({ href });
        expect(result).to.include({ ok: false, attribute: 'href', value: href });
      });
    }
  });

  describe('nothing given', () => {
    for (const settings of [{}, { provider: '', href: '' }, { account: 'harbour' }]) {
      it(`reports a missing href for ${JSON.stringify(settings)}`, () => {
        const result = resolveBooking(settings);
        expect(result).to.include({ ok: false, attribute: 'href', value: '' });
      });
    }
  });

  describe('UTM parameters', () => {
    const utm = { source: 'clinic-site', medium: 'booking-button', campaign: 'spring' };

    it('adds UTM parameters to a provider link and keeps it frameable', () => {
      const target = targetOf(
        resolveBooking({ provider: 'calendly', account: 'harbour', service: '60min', utm }),
      );
      expect(target.url).to.equal(
        'https://calendly.com/harbour/60min?utm_source=clinic-site&utm_medium=booking-button&utm_campaign=spring',
      );
      expect(target.frameable).to.equal(true);
    });

    it('keeps existing query parameters of a provider link', () => {
      const target = targetOf(
        resolveBooking({ provider: 'acuity', account: '12345', service: '678', utm }),
      );
      const url = new URL(target.url);
      expect(url.searchParams.get('owner')).to.equal('12345');
      expect(url.searchParams.get('appointmentType')).to.equal('678');
      expect(url.searchParams.get('utm_source')).to.equal('clinic-site');
    });

    it('adds UTM parameters to a pasted web href', () => {
      const target = targetOf(resolveBooking({ href: 'https://example.com/book', utm }));
      expect(new URL(target.url).searchParams.get('utm_campaign')).to.equal('spring');
    });

    it('leaves tel: and mailto: hrefs without UTM parameters', () => {
      expect(targetOf(resolveBooking({ href: 'tel:+15550100', utm })).url).to.equal(
        'tel:+15550100',
      );
      expect(targetOf(resolveBooking({ href: 'mailto:desk@clinic.example', utm })).url).to.equal(
        'mailto:desk@clinic.example',
      );
    });
  });

  describe('frameable', () => {
    for (const id of PROVIDER_IDS) {
      const expected = EXPECTED[id];
      const settings: BookingSettings = expected.accountUrl
        ? { provider: id, account: expected.account }
        : { provider: id, href: expected.href };
      const frameable = FRAMEABLE.includes(id);
      it(`is ${frameable} for ${id}`, () => {
        expect(targetOf(resolveBooking(settings)).frameable).to.equal(frameable);
      });
    }
  });

  describe('properties', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const settingsArb: fc.Arbitrary<BookingSettings> = fc.record({
      provider: maybe(
        fc.oneof(fc.constantFrom(...PROVIDER_IDS, ' Jane ', 'CAL', 'unknown'), fc.string()),
      ),
      account: maybe(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/),
          fc.stringMatching(/^[0-9]{1,12}$/),
        ),
      ),
      service: maybe(fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/))),
      href: maybe(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.constantFrom(
            'https://calendly.com/x',
            'https://harbour.janeapp.com/',
            'tel:+15550100',
            'mailto:desk@clinic.example',
          ),
        ),
      ),
      utm: maybe(
        fc.record({
          source: maybe(fc.string({ maxLength: 20 })),
          medium: maybe(fc.string({ maxLength: 20 })),
          campaign: maybe(fc.string({ maxLength: 20 })),
        }),
      ),
    });

    it('never throws, and every result is well formed', () => {
      fc.assert(
        fc.property(settingsArb, (settings) => {
          const result = resolveBooking(settings);
          if (result.ok) {
            expect(result.target.url).to.be.a('string').with.length.greaterThan(0);
          } else {
            expect(['provider', 'account', 'service', 'href']).to.include(result.attribute);
            expect(result.value).to.be.a('string');
            expect(result.reason).to.be.a('string').with.length.greaterThan(0);
          }
        }),
        { numRuns: 1000 },
      );
    });

    it('only returns URLs that pass checkUrl, on the provider hosts when there is a provider', () => {
      let accepted = 0;
      fc.assert(
        fc.property(settingsArb, (settings) => {
          const result = resolveBooking(settings);
          if (!result.ok) return;
          accepted += 1;
          const { target } = result;
          const rules = target.provider
            ? { hosts: target.provider.hosts }
            : { kinds: ['web', 'tel', 'mailto'] as const };
          const checked = checkUrl(target.url, rules);
          expect(checked.ok, target.url).to.equal(true);
          if (checked.ok) expect(checked.kind).to.equal(target.kind);
          if (target.provider) {
            expect(target.kind).to.equal('web');
            expect(hostMatches(new URL(target.url).hostname, target.provider.hosts)).to.equal(true);
          }
          if (target.frameable) {
            expect(target.provider?.frameable).to.equal(true);
          }
        }),
        { numRuns: 1000 },
      );
      expect(accepted, 'some generated settings should resolve').to.be.greaterThan(0);
    });

    it('always lands on calendly.com for calendly, whatever the account and service', () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\w.-]{1,30}$/)),
          fc.option(fc.oneof(fc.string(), fc.stringMatching(/^[\w.-]{1,30}$/)), {
            nil: undefined,
          }),
          (account, service) => {
            const result = resolveBooking({ provider: 'calendly', account, service });
            if (result.ok) {
              const url = new URL(result.target.url);
              expect(url.host).to.equal('calendly.com');
              expect(url.protocol).to.equal('https:');
            }
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('resolves every valid account of every linkable provider onto its hosts', () => {
      const linkable = PROVIDER_IDS.filter((id) => 'accountUrl' in PROVIDERS[id]);
      // stringMatching refuses the i flag, so draw lower case and upper-case some draws.
      const validAccount = fc.oneof(
        ...linkable.map((id) =>
          fc.tuple(
            fc.constant(id),
            fc.stringMatching(new RegExp(PROVIDERS[id].account.source)),
            fc.boolean(),
          ),
        ),
      );
      fc.assert(
        fc.property(validAccount, ([id, account, upper]) => {
          const target = targetOf(
            resolveBooking({ provider: id, account: upper ? account.toUpperCase() : account }),
          );
          expect(hostMatches(new URL(target.url).hostname, PROVIDERS[id].hosts)).to.equal(true);
        }),
        { numRuns: 500 },
      );
    });
  });
});

describe('providerForUrl', () => {
  /** A host a provider's pattern allows: itself, or a subdomain for a `*.` pattern. */
  const hostOf = (pattern: string, label: string) =>
    pattern.startsWith('*.') ? `${label}${pattern.slice(1)}` : pattern;
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
  const pathAndQuery = fc.tuple(fc.webPath(), fc.option(fc.webQueryParameters(), { nil: '' }));

  it("maps any https URL on a provider's hosts to that provider", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROVIDER_IDS),
        fc.nat(),
        label,
        fc.boolean(),
        pathAndQuery,
        (id, which, sub, upper, [path, query]) => {
          const provider = PROVIDERS[id];
          let host = hostOf(provider.hosts[which % provider.hosts.length]!, sub);
          if (upper) host = host.toUpperCase();
          const url = `https://${host}${path}${query ? `?${query}` : ''}`;
          expect(providerForUrl(url)?.id, url).to.equal(id);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('maps a URL to a provider only when its host is one of that provider hosts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string(),
          fc.webUrl({ authoritySettings: { withUserInfo: true, withPort: true } }),
        ),
        (url) => {
          const provider = providerForUrl(url);
          if (!provider) return;
          expect(url.trim().toLowerCase().startsWith('https://')).to.equal(true);
          expect(hostMatches(new URL(url.trim()).hostname, provider.hosts)).to.equal(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never matches look-alike hosts, user info, plain http, ports or other schemes', () => {
    const bare = (pattern: string) => pattern.replace(/^\*\./, '');
    fc.assert(
      fc.property(
        fc.constantFrom(...PROVIDER_IDS),
        fc.nat(),
        fc.domain(),
        label,
        fc.constantFrom(
          (host: string, evil: string) => `https://${host}.${evil}/x`,
          (host: string, evil: string) => `https://${host}-${evil}/x`,
          (host: string, evil: string) => `https://${evil.split('.')[0]}${host}/x`,
          (host: string, evil: string) => `https://${host}@${evil}/x`,
          (host: string, evil: string) => `https://${evil}/${host}/x`,
          (host: string, evil: string) => `https://${evil}?${host}`,
          (host: string, evil: string) => `https://${evil}#${host}`,
          (host: string) => `http://${host}/x`,
          (host: string) => `https://${host}:8443/x`,
          (host: string) => `javascript://${host}/%0aalert(1)`,
          (host: string) => `//${host}/x`,
        ),
        (id, which, evil, sub, make) => {
          const pattern = PROVIDERS[id].hosts[which % PROVIDERS[id].hosts.length]!;
          const host = pattern.startsWith('*.') ? hostOf(pattern, sub) : bare(pattern);
          const url = make(host, evil);
          const found = providerForUrl(url);
          if (found) {
            // Only when the evil part happens to be a real host of that provider.
            expect(hostMatches(new URL(url).hostname, found.hosts), url).to.equal(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
    for (const url of [
      'https://calendly.com.evil.example/harbour',
      'https://evilcalendly.com/harbour',
      'https://calendly.com@evil.example/harbour',
      'https://calendIy.com/harbour',
      'https://\u0441\u0430lendly.com/harbour',
      'https://janeapp.com.evil.example/',
      'https://janeapp.com/',
      'https://calendly.com:8443/harbour',
      'http://calendly.com/harbour',
      'tel:+15550100',
      '',
    ]) {
      expect(providerForUrl(url)?.id, url).to.equal(undefined);
    }
  });
});

describe('frameUrl', () => {
  it('adds embed_domain and embed_type for calendly', () => {
    const target = targetOf(
      resolveBooking({ provider: 'calendly', account: 'harbour-physio', service: '60min' }),
    );
    expect(frameUrl(target, 'clinic.example')).to.equal(
      'https://calendly.com/harbour-physio/60min?embed_domain=clinic.example&embed_type=PopupWidget',
    );
  });

  it('keeps UTM parameters and replaces an existing embed_domain', () => {
    const target = targetOf(
      resolveBooking({
        provider: 'calendly',
        href: 'https://calendly.com/harbour?embed_domain=evil.com',
        utm: { source: 'site' },
      }),
    );
    const url = new URL(frameUrl(target, 'clinic.example'));
    expect(url.searchParams.getAll('embed_domain')).to.deep.equal(['clinic.example']);
    expect(url.searchParams.get('utm_source')).to.equal('site');
  });

  it('encodes an embed domain that contains query characters', () => {
    const target = targetOf(resolveBooking({ provider: 'calendly', account: 'harbour' }));
    const url = new URL(frameUrl(target, 'a.example&embed_type=x'));
    expect(url.searchParams.get('embed_domain')).to.equal('a.example&embed_type=x');
    expect(url.searchParams.getAll('embed_type')).to.deep.equal(['PopupWidget']);
  });

  const unchanged: ReadonlyArray<[string, BookingSettings]> = [
    ['cal', { provider: 'cal', account: 'harbour', service: '60min' }],
    ['acuity', { provider: 'acuity', account: '12345', service: '678' }],
    ['jane', { provider: 'jane', account: 'harbourphysio' }],
    ['an href without a provider', { href: 'https://example.com/book' }],
  ];
  for (const [name, settings] of unchanged) {
    it(`returns the URL unchanged for ${name}`, () => {
      const target = targetOf(resolveBooking(settings));
      expect(frameUrl(target, 'clinic.example')).to.equal(target.url);
    });
  }
});

describe('isBookingComplete', () => {
  const calendly = PROVIDERS.calendly;
  const scheduled = { event: 'calendly.event_scheduled' };

  it('is true for calendly, its exact origin and the scheduled event', () => {
    expect(isBookingComplete(calendly, 'https://calendly.com', scheduled)).to.equal(true);
    expect(
      isBookingComplete(calendly, 'https://calendly.com', {
        event: 'calendly.event_scheduled',
        payload: { invitee: {} },
      }),
    ).to.equal(true);
  });

  for (const origin of [
    'https://calendly.com.evil.com',
    'http://calendly.com',
    'https://calendly.com/',
    'https://www.calendly.com',
    'https://CALENDLY.com',
    'https://calendly.com:443',
    'null',
    '',
  ]) {
    it(`is false for origin ${JSON.stringify(origin)}`, () => {
      expect(isBookingComplete(calendly, origin, scheduled)).to.equal(false);
    });
  }

  const badData: ReadonlyArray<[string, unknown]> = [
    ['another event', { event: 'calendly.profile_page_viewed' }],
    ['an event in another case', { event: 'Calendly.Event_Scheduled' }],
    ['the event name as a plain string', 'calendly.event_scheduled'],
    ['null', null],
    ['undefined', undefined],
    ['an array', ['calendly.event_scheduled']],
    ['an array of the event object', [scheduled]],
    ['an object without event', { type: 'calendly.event_scheduled' }],
    ['a number', 1],
  ];
  for (const [name, data] of badData) {
    it(`is false for ${name}`, () => {
      expect(isBookingComplete(calendly, 'https://calendly.com', data)).to.equal(false);
    });
  }

  it('is false for every other provider and for no provider', () => {
    for (const id of PROVIDER_IDS.filter((other) => other !== 'calendly')) {
      expect(isBookingComplete(PROVIDERS[id], 'https://calendly.com', scheduled), id).to.equal(
        false,
      );
    }
    expect(isBookingComplete(undefined, 'https://calendly.com', scheduled)).to.equal(false);
  });

  it('is false for any origin other than https://calendly.com', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (origin) => {
        fc.pre(origin !== 'https://calendly.com');
        expect(isBookingComplete(calendly, origin, scheduled)).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });

  it('is true for any object whose event is the scheduled event', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (extra) => {
        const data = { ...extra, event: 'calendly.event_scheduled' };
        expect(isBookingComplete(calendly, 'https://calendly.com', data)).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and is false for arbitrary data without the scheduled event', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        fc.pre(
          !(
            typeof data === 'object' &&
            data !== null &&
            (data as { event?: unknown }).event === 'calendly.event_scheduled'
          ),
        );
        expect(isBookingComplete(calendly, 'https://calendly.com', data)).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });
});
