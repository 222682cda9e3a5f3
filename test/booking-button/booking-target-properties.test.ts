import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROVIDER_IDS, PROVIDERS } from '../../src/booking-button/built-in-providers.js';
import {
  providerForUrl,
  resolveBooking,
  type BookingSettings,
} from '../../src/booking-button/booking-target.js';
import { checkUrl, hostMatches } from '../../src/shared/safe-url.js';
import { targetOf } from './provider-cases.js';

describe('resolveBooking: properties', () => {
  describe('any settings', () => {
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
