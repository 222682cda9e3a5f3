import { expect } from '@open-wc/testing';
import {
  findProvider,
  PROVIDER_IDS,
  PROVIDERS,
  type BookingProvider,
} from '../../src/booking-button/built-in-providers.js';
import { resolveBooking, type BookingSettings } from '../../src/booking-button/booking-target.js';
import { checkUrl } from '../../src/shared/safe-url.js';
import { EXPECTED, FRAMEABLE, targetOf } from './provider-cases.js';

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

describe('resolveBooking: each provider', () => {
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
      expect(PROVIDERS.noterro.serviceUrl('Harbour', '26506/Myofascial-Therapy')).to.equal(
        'https://harbour.noterro.com/service/26506/myofascial-therapy',
      );
      expect(PROVIDERS.noterro.serviceUrl('harbour', '26506')).to.equal(undefined);
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
});
