import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  PROVIDER_IDS,
  PROVIDERS,
  type ProviderId,
} from '../../src/booking-button/built-in-providers.js';
import { resolveBooking } from '../../src/booking-button/booking-target.js';
import { targetOf } from './provider-cases.js';

describe('resolveBooking', () => {
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
      expect(target.notice).to.include('Jane');
      expect(target.notice).to.match(
        / so service="massage-60" was ignored and the account page is used; set href to link a service$/,
      );
    });

    it('still refuses an invalid service for jane', () => {
      const result = resolveBooking({ provider: 'jane', account: 'harbourphysio', service: 'a b' });
      expect(result).to.include({ ok: false, attribute: 'service' });
    });
  });

  describe('Noterro services', () => {
    const noterro = (service: string) =>
      resolveBooking({ provider: 'noterro', account: 'HarbourPhysio', service });

    it('links the page of a service given as its id and name', () => {
      const target = targetOf(noterro('26506/myofascial-therapy'));
      expect(target.url).to.equal(
        'https://harbourphysio.noterro.com/service/26506/myofascial-therapy',
      );
      expect(target).to.not.have.property('notice');
      expect(target.frameable).to.equal(false);
    });

    it('links a name in upper case, or of one word, in lower case', () => {
      expect(targetOf(noterro('26506/Myofascial-Therapy')).url).to.equal(
        'https://harbourphysio.noterro.com/service/26506/myofascial-therapy',
      );
      expect(targetOf(noterro('7/massage')).url).to.equal(
        'https://harbourphysio.noterro.com/service/7/massage',
      );
    });

    it('links the longest id and name', () => {
      const service = `${'9'.repeat(12)}/${'a'.repeat(100)}`;
      expect(targetOf(noterro(service)).url).to.equal(
        `https://harbourphysio.noterro.com/service/${service}`,
      );
    });

    it('books the account page for a bare id, and says which form links the service', () => {
      const target = targetOf(noterro('26506'));
      expect(target.url).to.equal('https://harbourphysio.noterro.com/');
      expect(target.notice).to.include('Noterro').and.include('service="26506/myofascial-therapy"');
      expect(target.notice).to.match(
        / so service="26506" was ignored and the account page is used; set href to link a service$/,
      );
    });

    const invalid = [
      '26506/',
      '/x',
      '/',
      'abc/def',
      'abc',
      'massage-60',
      '26506/a b',
      '26506/x/y',
      '26506//x',
      '26506/-x',
      '26506/x-',
      '26506/x--y',
      '26506/my_therapy',
      '26506/th\u00e9rapie',
      '26506/x?y=1',
      '26506/x#y',
      '26506/%2e%2e',
      '26506/..',
      '../26506',
      ' 26506/x',
      '26506/x\n',
      '-26506',
      '1'.repeat(13),
      `${'1'.repeat(13)}/x`,
      `26506/${'a'.repeat(101)}`,
      `26506/${'ab-'.repeat(1000)}x`,
      `26506/${'a'.repeat(3000)}`,
    ];
    for (const service of invalid) {
      const name =
        service.length > 40 ? `of ${service.length} characters` : JSON.stringify(service);
      it(`refuses service ${name}`, () => {
        expect(noterro(service)).to.include({ ok: false, attribute: 'service', value: service });
      });
    }

    it('keeps every valid service on the account subdomain, under /service/', () => {
      fc.assert(
        fc.property(
          fc.stringMatching(/^[0-9]{1,12}\/[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,5}$/),
          (service) => {
            const url = new URL(targetOf(noterro(service)).url);
            expect(url.origin).to.equal('https://harbourphysio.noterro.com');
            expect(url.pathname).to.equal(`/service/${service}`);
            expect(url.search + url.hash).to.equal('');
          },
        ),
        { numRuns: 200 },
      );
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
});
