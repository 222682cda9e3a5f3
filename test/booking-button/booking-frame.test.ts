import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROVIDER_IDS, PROVIDERS } from '../../src/booking-button/built-in-providers.js';
import { frameUrl, isBookingComplete } from '../../src/booking-button/booking-frame.js';
import { resolveBooking, type BookingSettings } from '../../src/booking-button/booking-target.js';
import { targetOf } from './provider-cases.js';

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
