import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  FRAMING,
  framingOf,
  frameUrl,
  MAX_FRAME_HEIGHT,
  readEmbedMessage,
  readHeight,
  type EmbedMessage,
} from '../../src/booking-button/provider-embeds.js';
import {
  frameUrl as reexported,
  resolveBooking,
  type BookingSettings,
  type BookingTarget,
} from '../../src/booking-button/booking-target.js';
import { PROVIDER_IDS } from '../../src/booking-button/built-in-providers.js';
import { FRAMEABLE, targetOf } from './provider-cases.js';
import {
  CAL_ORIGIN as CAL,
  calBooking,
  CALENDLY_ORIGIN as CALENDLY,
  calendlyHeight,
  calMessage,
  scheduled,
} from './provider-messages.js';

const target = (settings: BookingSettings): BookingTarget => targetOf(resolveBooking(settings));
const calendly = target({ provider: 'calendly', account: 'harbour-physio', service: '60min' });
const cal = target({ provider: 'cal', account: 'harbour', service: '60min' });
const acuity = target({ provider: 'acuity', account: '12345', service: '678' });
const jane = target({ provider: 'jane', account: 'harbourphysio' });

/** What a booking id may be: the only characters a `booked` message ever carries. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const booked = (ids: Record<string, string>): EmbedMessage => ({ kind: 'booked', ids });

describe('frameUrl', () => {
  it('is the function booking-target.ts exports', () => {
    expect(reexported).to.equal(frameUrl);
  });

  const framed: ReadonlyArray<[string, BookingTarget, boolean, string]> = [
    [
      'Calendly in the popup: embed_domain and embed_type PopupWidget',
      calendly,
      false,
      'https://calendly.com/harbour-physio/60min?embed_domain=clinic.example&embed_type=PopupWidget',
    ],
    [
      'Calendly inline: embed_type Inline',
      calendly,
      true,
      'https://calendly.com/harbour-physio/60min?embed_domain=clinic.example&embed_type=Inline',
    ],
    [
      'Cal.com in the popup: <link>/embed from app.cal.com, as a modal',
      cal,
      false,
      'https://app.cal.com/harbour/60min/embed?embed=knead&embedType=modal',
    ],
    [
      'Cal.com inline: embedType inline',
      cal,
      true,
      'https://app.cal.com/harbour/60min/embed?embed=knead&embedType=inline',
    ],
    [
      "a Cal.com account's page",
      target({ provider: 'cal', account: 'harbour' }),
      false,
      'https://app.cal.com/harbour/embed?embed=knead&embedType=modal',
    ],
  ];
  for (const [name, page, inline, expected] of framed) {
    it(`frames ${name}`, () => {
      expect(frameUrl(page, 'clinic.example', inline)).to.equal(expected);
    });
  }

  describe('Calendly', () => {
    it('keeps a port in the embed domain', () => {
      const url = new URL(frameUrl(calendly, 'localhost:8000'));
      expect(url.searchParams.get('embed_domain')).to.equal('localhost:8000');
    });

    it('replaces an embed_domain and embed_type already in the link, keeping UTM parameters', () => {
      const pasted = target({
        provider: 'calendly',
        href: 'https://calendly.com/harbour?embed_domain=evil.com&embed_type=Inline&hide_gdpr_banner=1',
        utm: { source: 'site', campaign: 'spring' },
      });
      const url = new URL(frameUrl(pasted, 'clinic.example'));
      expect(url.origin + url.pathname).to.equal('https://calendly.com/harbour');
      expect(url.searchParams.getAll('embed_domain')).to.deep.equal(['clinic.example']);
      expect(url.searchParams.getAll('embed_type')).to.deep.equal(['PopupWidget']);
      expect(url.searchParams.get('hide_gdpr_banner')).to.equal('1');
      expect(url.searchParams.get('utm_source')).to.equal('site');
      expect(url.searchParams.get('utm_campaign')).to.equal('spring');
    });

    it('encodes an embed domain that holds query characters', () => {
      const url = new URL(frameUrl(calendly, 'a.example&embed_type=x#y'));
      expect(url.searchParams.get('embed_domain')).to.equal('a.example&embed_type=x#y');
      expect(url.searchParams.getAll('embed_type')).to.deep.equal(['PopupWidget']);
      expect(url.hash).to.equal('');
    });

    it('reads back any embed domain exactly, on calendly.com, with one embed_type', () => {
      fc.assert(
        fc.property(fc.string(), fc.boolean(), (domain, inline) => {
          const url = new URL(frameUrl(calendly, domain, inline));
          expect(url.origin + url.pathname).to.equal('https://calendly.com/harbour-physio/60min');
          expect(url.searchParams.getAll('embed_domain')).to.deep.equal([domain]);
          expect(url.searchParams.getAll('embed_type')).to.deep.equal([
            inline ? 'Inline' : 'PopupWidget',
          ]);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('Cal.com', () => {
    const links: ReadonlyArray<[string, string]> = [
      ['a trailing slash', 'https://cal.com/harbour/60min/'],
      ['a link on app.cal.com', 'https://app.cal.com/harbour/60min'],
      ['a link already ending in /embed', 'https://cal.com/harbour/60min/embed'],
      ['an embed link on app.cal.com', 'https://app.cal.com/harbour/60min/embed'],
      ['an embed link with a trailing slash', 'https://cal.com/harbour/60min/embed/'],
      ['two trailing slashes', 'https://cal.com/harbour/60min//'],
    ];
    for (const [name, href] of links) {
      it(`frames ${name} at one /embed`, () => {
        const url = new URL(frameUrl(target({ provider: 'cal', href }), 'x'));
        expect(url.origin + url.pathname).to.equal('https://app.cal.com/harbour/60min/embed');
      });
    }

    it('keeps UTM parameters and replaces an embed namespace already in the link', () => {
      const pasted = target({
        href: 'https://cal.com/harbour/60min?embed=other&embedType=floating&month=2025-03',
        utm: { source: 'site', medium: 'button' },
      });
      const url = new URL(frameUrl(pasted, 'x'));
      expect(url.searchParams.getAll('embed')).to.deep.equal(['knead']);
      expect(url.searchParams.getAll('embedType')).to.deep.equal(['modal']);
      expect(url.searchParams.get('month')).to.equal('2025-03');
      expect(url.searchParams.get('utm_source')).to.equal('site');
      expect(url.searchParams.get('utm_medium')).to.equal('button');
    });

    it('ignores the embed domain', () => {
      expect(frameUrl(cal, 'a.example')).to.equal(frameUrl(cal, 'b.example&embed=x'));
    });

    it('always frames https://app.cal.com/<the link>/embed, for any valid account and service', () => {
      const slug = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,30}$/);
      fc.assert(
        fc.property(slug, fc.option(slug, { nil: undefined }), (account, service) => {
          const page = target({ provider: 'cal', account, service });
          const url = new URL(frameUrl(page, 'clinic.example'));
          expect(url.origin).to.equal(CAL);
          expect(url.pathname).to.equal(`${new URL(page.url).pathname}/embed`);
        }),
        { numRuns: 200 },
      );
    });
  });

  const unchanged: ReadonlyArray<[string, BookingSettings]> = [
    ['acuity', { provider: 'acuity', account: '12345', service: '678' }],
    ['an acuity link with UTM', { href: 'https://harbour.as.me/', utm: { source: 'site' } }],
    ['jane', { provider: 'jane', account: 'harbourphysio' }],
    ['noterro', { provider: 'noterro', account: 'harbour' }],
    ['an href without a provider', { href: 'https://example.com/book?embed_domain=x' }],
    ['a phone link', { href: 'tel:+15550100' }],
  ];
  for (const [name, settings] of unchanged) {
    it(`leaves the URL of ${name} unchanged, inline or not`, () => {
      const page = target(settings);
      expect(frameUrl(page, 'clinic.example')).to.equal(page.url);
      expect(frameUrl(page, 'clinic.example', true)).to.equal(page.url);
    });
  }

  it('leaves a target that may not be framed unchanged, whatever its provider', () => {
    const notFrameable = { ...calendly, frameable: false };
    expect(frameUrl(notFrameable, 'clinic.example')).to.equal(calendly.url);
  });
});

describe('FRAMING and framingOf', () => {
  it('covers exactly the frameable providers', () => {
    expect(Object.keys(FRAMING).sort()).to.deep.equal([...FRAMEABLE].sort());
  });

  it('links each provider’s privacy page over https', () => {
    expect(
      Object.fromEntries(Object.entries(FRAMING).map(([id, each]) => [id, each.privacy])),
    ).to.deep.equal({
      calendly: 'https://calendly.com/legal/privacy-notice',
      cal: 'https://cal.com/privacy',
      acuity: 'https://acuityscheduling.com/privacy.php',
    });
  });

  it('gives the exact origins frames post from, and Acuity no protocol', () => {
    expect(FRAMING['calendly']!.embed!.origin).to.equal(CALENDLY);
    expect(FRAMING['cal']!.embed!.origin).to.equal(CAL);
    expect(FRAMING['acuity']!.embed).to.equal(undefined);
  });

  it('finds the framing of a frameable target only', () => {
    expect(framingOf(calendly)).to.equal(FRAMING['calendly']);
    expect(framingOf(cal)).to.equal(FRAMING['cal']);
    expect(framingOf(acuity)).to.equal(FRAMING['acuity']);
    expect(framingOf(jane)).to.equal(undefined);
    expect(framingOf(undefined)).to.equal(undefined);
    expect(framingOf({ ...calendly, frameable: false })).to.equal(undefined);
    expect(framingOf(target({ href: 'https://example.com/' }))).to.equal(undefined);
  });

  it('finds none for any other provider, even on a target marked frameable', () => {
    for (const id of PROVIDER_IDS.filter((each) => !FRAMEABLE.includes(each))) {
      const other = { ...calendly, provider: { ...calendly.provider!, id } };
      expect(framingOf(other), id).to.equal(undefined);
      expect(frameUrl(other, 'clinic.example'), id).to.equal(calendly.url);
    }
  });

  it('finds nothing for a provider id that names an Object.prototype member', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const odd = { ...calendly, provider: { ...calendly.provider!, id } };
      expect(framingOf(odd), id).to.equal(undefined);
      expect(readEmbedMessage(odd, CALENDLY, scheduled()), id).to.equal(undefined);
    }
  });
});

describe('readEmbedMessage', () => {
  describe('Calendly', () => {
    const read = (data: unknown, origin = CALENDLY) => readEmbedMessage(calendly, origin, data);

    it('reads a booking as the event and invitee ids', () => {
      expect(read(scheduled())).to.deep.equal(
        booked({ event: 'GBGBDCAADAEDCRZ2', invitee: 'AAAAAAAAAAAAAAAA' }),
      );
    });

    it('reads ids with - and _ and of 64 characters', () => {
      const long = 'a'.repeat(64);
      expect(read(scheduled('a-b_C9', long))).to.deep.equal(
        booked({ event: 'a-b_C9', invitee: long }),
      );
    });

    it('reads the page height in pixels, rounded up', () => {
      const height = calendlyHeight;
      expect(read(height('1141px'))).to.deep.equal({ kind: 'height', px: 1141 });
      expect(read(height('1141.2px'))).to.deep.equal({ kind: 'height', px: 1142 });
      expect(read(height('12em'))).to.equal(undefined);
      expect(read(height('0px'))).to.equal(undefined);
      expect(read({ event: 'calendly.page_height' })).to.equal(undefined);
    });

    for (const event of ['calendly.profile_page_viewed', 'calendly.event_type_viewed']) {
      it(`reads ${event} as ready, with or without a payload`, () => {
        expect(read({ event })).to.deep.equal({ kind: 'ready' });
        expect(read({ event, payload: {} })).to.deep.equal({ kind: 'ready' });
      });
    }

    for (const event of ['calendly.date_and_time_selected', 'calendly.other', '']) {
      it(`ignores the event ${JSON.stringify(event)}`, () => {
        expect(read({ event, payload: scheduled().payload })).to.equal(undefined);
      });
    }

    for (const origin of [
      'https://calendly.com.evil.com',
      'http://calendly.com',
      'https://calendly.com/',
      'https://www.calendly.com',
      'https://api.calendly.com',
      'https://assets.calendly.com',
      'https://CALENDLY.com',
      'HTTPS://calendly.com',
      'https://calendly.com:443',
      'https://calendly.com.',
      ' https://calendly.com',
      'https://evilcalendly.com',
      'https://app.cal.com',
      'null',
      '',
    ]) {
      it(`hears nothing from origin ${JSON.stringify(origin)}`, () => {
        expect(read(scheduled(), origin)).to.equal(undefined);
        expect(read({ event: 'calendly.event_type_viewed' }, origin)).to.equal(undefined);
      });
    }

    const payload = scheduled().payload;
    const eventUri = payload.event.uri;
    const inviteeUri = payload.invitee.uri;
    const withUris = (event: unknown, invitee: unknown = inviteeUri) => ({
      event: 'calendly.event_scheduled',
      payload: { event: { uri: event }, invitee: { uri: invitee } },
    });
    const malformed: ReadonlyArray<[string, unknown]> = [
      ['no payload', { event: 'calendly.event_scheduled' }],
      ['a null payload', { event: 'calendly.event_scheduled', payload: null }],
      ['a string payload', { event: 'calendly.event_scheduled', payload: 'booked' }],
      ['an array payload', { event: 'calendly.event_scheduled', payload: [payload] }],
      ['an empty payload', { event: 'calendly.event_scheduled', payload: {} }],
      ['no invitee', { event: 'calendly.event_scheduled', payload: { event: payload.event } }],
      ['no event', { event: 'calendly.event_scheduled', payload: { invitee: payload.invitee } }],
      [
        'objects without uri',
        { event: 'calendly.event_scheduled', payload: { event: {}, invitee: {} } },
      ],
      [
        'uris given directly',
        { event: 'calendly.event_scheduled', payload: { event: eventUri, invitee: inviteeUri } },
      ],
      ['a missing event uri', withUris(undefined)],
      [
        'a missing invitee uri',
        { event: 'calendly.event_scheduled', payload: { event: payload.event, invitee: {} } },
      ],
      ['a null uri', withUris(null)],
      ['a numeric uri', withUris(12345)],
      ['a uri in an array', withUris([eventUri])],
      ['a uri as an object', withUris({ href: eventUri })],
      [
        'a uri on another host',
        withUris('https://api.calendly.com.evil.example/scheduled_events/X'),
      ],
      ['a uri on a look-alike host', withUris('https://evilcalendly.com/scheduled_events/X')],
      ['a uri with a user name', withUris('https://api.calendly.com@evil.example/x/X')],
      ['a uri over http', withUris('http://api.calendly.com/scheduled_events/X')],
      ['a uri with a port', withUris('https://api.calendly.com:444/scheduled_events/X')],
      ['a uri on a subdomain', withUris('https://assets.calendly.com/scheduled_events/X')],
      ['a uri in upper case', withUris('HTTPS://API.CALENDLY.COM/scheduled_events/X')],
      ['a relative uri', withUris('/scheduled_events/X')],
      ['a uri with a space in the id', withUris('https://api.calendly.com/scheduled_events/A B')],
      ['a uri with a query', withUris('https://api.calendly.com/scheduled_events/X?y=1')],
      ['a uri with a fragment', withUris('https://api.calendly.com/scheduled_events/X#y')],
      ['a uri with a trailing slash', withUris('https://api.calendly.com/scheduled_events/X/')],
      ['a uri with a dot in the id', withUris('https://api.calendly.com/scheduled_events/a.b')],
      ['a uri with an encoded id', withUris('https://api.calendly.com/scheduled_events/%41')],
      ['a uri without a path', withUris('https://api.calendly.com')],
      ['a uri with an empty id', withUris('https://api.calendly.com/scheduled_events/')],
      [
        'an id of 65 characters',
        withUris(`https://api.calendly.com/scheduled_events/${'a'.repeat(65)}`),
      ],
      ['an email in the id', withUris('https://api.calendly.com/invitees/jane@example.com')],
      ['a uri with a newline', withUris('https://api.calendly.com/scheduled_events/X\n')],
      [
        'a huge uri',
        withUris(`https://api.calendly.com/scheduled_events/${'a/'.repeat(500_000)}X`),
      ],
      ['the event name in another case', { ...scheduled(), event: 'Calendly.Event_Scheduled' }],
      ['the event name in an array', { ...scheduled(), event: ['calendly.event_scheduled'] }],
      ['the event name as the whole message', 'calendly.event_scheduled'],
      ['the message as JSON text', JSON.stringify(scheduled())],
      ['the message in an array', [scheduled()]],
      ['null', null],
      ['undefined', undefined],
      ['a number', 1],
      ['a huge event name', { event: 'calendly.'.repeat(200_000), payload }],
      [
        'the event name behind a __proto__ key',
        JSON.parse(`{"__proto__": ${JSON.stringify(scheduled())}}`),
      ],
      [
        'the uris behind __proto__ keys',
        JSON.parse(
          `{"event": "calendly.event_scheduled", "payload": {"__proto__": ${JSON.stringify(payload)}}}`,
        ),
      ],
      [
        'constructor and prototype keys',
        { event: 'constructor', payload: { constructor: payload, prototype: payload } },
      ],
      ['a Cal.com booking', calMessage('bookingSuccessfulV2', calBooking)],
    ];
    for (const [name, data] of malformed) {
      it(`hears nothing from ${name}`, () => {
        expect(read(data)).to.equal(undefined);
      });
    }

    it('hears nothing at all for a Calendly message to a Cal.com or Acuity target', () => {
      for (const other of [cal, acuity, jane, undefined]) {
        expect(readEmbedMessage(other, CALENDLY, scheduled())).to.equal(undefined);
        expect(readEmbedMessage(other, CAL, scheduled())).to.equal(undefined);
      }
    });

    it('keeps nothing of the payload but the two ids', () => {
      const message = read({
        ...scheduled(),
        payload: {
          ...scheduled().payload,
          invitee: { uri: inviteeUri, name: 'Jane Doe', email: 'jane.doe@example.com' },
          questions_and_answers: [{ question: 'Why?', answer: 'Lower back pain' }],
        },
      });
      expect(message).to.deep.equal(
        booked({ event: 'GBGBDCAADAEDCRZ2', invitee: 'AAAAAAAAAAAAAAAA' }),
      );
    });
  });

  describe('Cal.com', () => {
    const read = (data: unknown, origin = CAL) => readEmbedMessage(cal, origin, data);

    it('reads bookingSuccessfulV2 as the booking uid and the event type id, nothing else', () => {
      const message = read(calMessage('bookingSuccessfulV2', calBooking));
      expect(message).to.deep.equal(
        booked({ booking: 'f4JqUvNcK1ZmXy7bT2aPsw', eventType: '1234567' }),
      );
      const text = JSON.stringify(message);
      for (const secret of ['Jane', 'jane.doe', 'example.com', 'massage', 'pain', '2025', 'video'])
        expect(text).to.not.include(secret);
    });

    it('reads a booking without an event type id, or with one that is not an integer', () => {
      const { uid } = calBooking;
      for (const eventTypeId of [undefined, null, '1234567', 1.5, 2 ** 53, NaN, Infinity, [1]]) {
        expect(read(calMessage('bookingSuccessfulV2', { uid, eventTypeId }))).to.deep.equal(
          booked({ booking: uid }),
        );
      }
    });

    it('reads the handshake, ready and failed', () => {
      expect(read(calMessage('__iframeReady', { isPrerendering: false }))).to.deep.equal({
        kind: 'handshake',
      });
      expect(read(calMessage('linkReady'))).to.deep.equal({ kind: 'ready' });
      expect(
        read(calMessage('linkFailed', { code: '404', msg: 'Problem loading the link' })),
      ).to.deep.equal({ kind: 'failed' });
    });

    it('reads the frame height from __dimensionChanged', () => {
      const dimensions = (iframeHeight: unknown) =>
        calMessage('__dimensionChanged', { iframeHeight, iframeWidth: 800, isFirstTime: false });
      expect(read(dimensions(812))).to.deep.equal({ kind: 'height', px: 812 });
      expect(read(dimensions(812.25))).to.deep.equal({ kind: 'height', px: 813 });
      expect(read(dimensions(0))).to.equal(undefined);
      expect(read(dimensions(-5))).to.equal(undefined);
      expect(read(dimensions(1e9))).to.equal(undefined);
      expect(read(calMessage('__dimensionChanged'))).to.equal(undefined);
      expect(read({ ...calMessage('__dimensionChanged'), data: null })).to.equal(undefined);
    });

    for (const type of [
      'bookingSuccessful',
      'rescheduleBookingSuccessful',
      'eventTypeSelected',
      '__routeChanged',
      '__closeIframe',
      'bookerViewed',
      'BOOKINGSUCCESSFULV2',
      'CAL:knead:bookingSuccessfulV2',
      '__proto__',
      'constructor',
      'toString',
    ]) {
      it(`ignores the type ${JSON.stringify(type)}`, () => {
        expect(read(calMessage(type, calBooking))).to.equal(undefined);
      });
    }

    for (const origin of [
      'https://cal.com',
      'https://www.cal.com',
      'https://app.cal.com.evil.com',
      'https://evilapp.cal.com',
      'http://app.cal.com',
      'https://app.cal.com/',
      'https://APP.cal.com',
      'https://app.cal.com:443',
      'https://app.cal.dev',
      'https://calendly.com',
      'null',
      '',
    ]) {
      it(`hears nothing from origin ${JSON.stringify(origin)}`, () => {
        expect(read(calMessage('bookingSuccessfulV2', calBooking), origin)).to.equal(undefined);
        expect(read(calMessage('__iframeReady'), origin)).to.equal(undefined);
      });
    }

    const booking = (data: unknown) => calMessage('bookingSuccessfulV2', data);
    const malformed: ReadonlyArray<[string, unknown]> = [
      ['no data', { originator: 'CAL', type: 'bookingSuccessfulV2' }],
      ['null data', booking(null)],
      ['data as text', booking(JSON.stringify(calBooking))],
      ['data in an array', booking([calBooking])],
      ['no uid', booking({ ...calBooking, uid: undefined })],
      ['a numeric uid', booking({ ...calBooking, uid: 12345 })],
      ['a null uid', booking({ ...calBooking, uid: null })],
      ['a uid in an array', booking({ ...calBooking, uid: [calBooking.uid] })],
      ['a uid as an object', booking({ ...calBooking, uid: { toString: () => 'x' } })],
      ['an empty uid', booking({ ...calBooking, uid: '' })],
      ['a uid with a space', booking({ ...calBooking, uid: 'f4Jq UvNc' })],
      ['a uid with a slash', booking({ ...calBooking, uid: '../admin' })],
      ['a uid that is an email', booking({ ...calBooking, uid: 'jane.doe@example.com' })],
      ['a uid of 65 characters', booking({ ...calBooking, uid: 'a'.repeat(65) })],
      ['a huge uid', booking({ ...calBooking, uid: 'a'.repeat(1_000_000) })],
      ['a uid with a newline', booking({ ...calBooking, uid: 'abc\n' })],
      ['the uid behind a __proto__ key', booking(JSON.parse('{"__proto__": {"uid": "abc"}}'))],
      ['no originator', { ...booking(calBooking), originator: undefined }],
      ['another originator', { ...booking(calBooking), originator: 'cal' }],
      ['a numeric type', { ...booking(calBooking), type: 1 }],
      ['the type in an array', { ...booking(calBooking), type: ['bookingSuccessfulV2'] }],
      ['a Calendly booking', scheduled()],
      ['the message as JSON text', JSON.stringify(booking(calBooking))],
      ['null', null],
      ['a string', 'bookingSuccessfulV2'],
    ];
    for (const [name, data] of malformed) {
      it(`hears nothing from ${name}`, () => {
        expect(read(data)).to.equal(undefined);
      });
    }
  });

  describe('providers whose frames say nothing we may rely on', () => {
    for (const [name, page] of [
      ['acuity', acuity],
      ['jane', jane],
      ['an href without a provider', target({ href: 'https://example.com/' })],
      ['no target', undefined],
    ] as const) {
      it(`hears nothing for ${name}`, () => {
        for (const origin of [
          CALENDLY,
          CAL,
          'https://app.acuityscheduling.com',
          'https://example.com',
        ]) {
          expect(readEmbedMessage(page, origin, scheduled())).to.equal(undefined);
          expect(readEmbedMessage(page, origin, calMessage('__iframeReady'))).to.equal(undefined);
          expect(readEmbedMessage(page, origin, { event: 'calendly.event_type_viewed' })).to.equal(
            undefined,
          );
        }
      });
    }
  });

  describe('properties', () => {
    const frameable = fc.constantFrom(
      [calendly, CALENDLY] as const,
      [cal, CAL] as const,
      [acuity, 'https://app.acuityscheduling.com'] as const,
    );
    /** Anything a message could hold, with odd objects too. */
    const anything = fc.anything({
      withNullPrototype: true,
      withObjectString: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withDate: true,
    });
    /** Data close to the documented shapes: the right names, anything inside. */
    const nearlyRight = fc.oneof(
      anything,
      fc.record({
        event: fc.constantFrom(
          'calendly.event_scheduled',
          'calendly.page_height',
          'calendly.event_type_viewed',
        ),
        payload: fc.oneof(
          anything,
          fc.record({
            event: fc.oneof(anything, fc.record({ uri: fc.oneof(fc.string(), fc.webUrl()) })),
            invitee: fc.oneof(anything, fc.record({ uri: fc.oneof(fc.string(), fc.webUrl()) })),
            height: anything,
          }),
        ),
      }),
      fc.record({
        originator: fc.constant('CAL'),
        type: fc.constantFrom('bookingSuccessfulV2', '__dimensionChanged', '__iframeReady'),
        data: fc.oneof(
          anything,
          fc.record({
            uid: fc.oneof(anything, fc.string({ maxLength: 80 })),
            eventTypeId: anything,
            iframeHeight: anything,
          }),
        ),
      }),
    );

    /** The only shapes a message may have. */
    const expectWellFormed = (message: EmbedMessage | undefined) => {
      if (!message) return;
      expect(['ready', 'height', 'booked', 'handshake', 'failed']).to.include(message.kind);
      if (message.kind === 'height') {
        expect(Number.isInteger(message.px)).to.equal(true);
        expect(message.px).to.be.within(1, MAX_FRAME_HEIGHT);
      }
      if (message.kind === 'booked') {
        expect(Object.getPrototypeOf(message.ids)).to.equal(Object.prototype);
        expect(Object.keys(message.ids)).to.have.length.within(1, 2);
        for (const [key, id] of Object.entries(message.ids)) {
          expect(['event', 'invitee', 'booking', 'eventType']).to.include(key);
          expect(id).to.be.a('string').and.match(ID);
        }
      }
    };

    it('never throws, and a booking only ever carries short plain ids', () => {
      fc.assert(
        fc.property(frameable, nearlyRight, ([page, origin], data) => {
          expectWellFormed(readEmbedMessage(page, origin, data));
        }),
        { numRuns: 2000 },
      );
    });

    it('never throws for anything from anywhere', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(calendly, cal, acuity, jane, undefined),
          fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom(CALENDLY, CAL)),
          anything,
          (page, origin, data) => {
            expectWellFormed(readEmbedMessage(page, origin, data));
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('hears nothing from any origin but the provider’s own', () => {
      const messages = [scheduled(), calMessage('bookingSuccessfulV2', calBooking)];
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.webUrl(),
            fc.webUrl().map((url) => new URL(url).origin),
            fc.constantFrom(CALENDLY, CAL).map((origin) => origin.toUpperCase()),
          ),
          (origin) => {
            if (origin !== CALENDLY)
              expect(readEmbedMessage(calendly, origin, messages[0])).to.equal(undefined);
            if (origin !== CAL)
              expect(readEmbedMessage(cal, origin, messages[1])).to.equal(undefined);
          },
        ),
        { numRuns: 500 },
      );
    });

    it('reads back any plain ids it is given, in either provider’s shape', () => {
      const id = fc.stringMatching(ID);
      fc.assert(
        fc.property(id, id, fc.integer({ min: 0, max: 2 ** 40 }), (first, second, type) => {
          expect(readEmbedMessage(calendly, CALENDLY, scheduled(first, second))).to.deep.equal(
            booked({ event: first, invitee: second }),
          );
          expect(
            readEmbedMessage(
              cal,
              CAL,
              calMessage('bookingSuccessfulV2', { uid: first, eventTypeId: type }),
            ),
          ).to.deep.equal(booked({ booking: first, eventType: String(type) }));
        }),
        { numRuns: 300 },
      );
    });

    it('carries none of the words of a Cal.com booking', () => {
      const words = fc.string({ minLength: 3, maxLength: 40 });
      fc.assert(
        fc.property(words, words, words, (title, name, email) => {
          const message = readEmbedMessage(
            cal,
            CAL,
            calMessage('bookingSuccessfulV2', {
              ...calBooking,
              title,
              attendees: [{ name, email }],
              responses: { name, email },
            }),
          );
          expect(message).to.deep.equal(
            booked({ booking: calBooking.uid, eventType: String(calBooking.eventTypeId) }),
          );
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('readHeight', () => {
  const cases: ReadonlyArray<[unknown, number | undefined]> = [
    [1141, 1141],
    ['1141', 1141],
    ['1141px', 1141],
    [1141.2, 1142],
    // Layout arithmetic: more decimals than a person writes.
    [812.8000000000001, 813],
    ['1141.2px', 1142],
    [0.1, 1],
    [1, 1],
    [MAX_FRAME_HEIGHT, MAX_FRAME_HEIGHT],
    [`${MAX_FRAME_HEIGHT}px`, MAX_FRAME_HEIGHT],
    [MAX_FRAME_HEIGHT + 0.5, undefined],
    [MAX_FRAME_HEIGHT + 1, undefined],
    [0, undefined],
    ['0px', undefined],
    [-0, undefined],
    [-1, undefined],
    ['-1141px', undefined],
    [NaN, undefined],
    ['NaN', undefined],
    [Infinity, undefined],
    [-Infinity, undefined],
    [1e9, undefined],
    ['1e3', undefined],
    [1e-7, 1],
    ['12em', undefined],
    ['50%', undefined],
    ['1141PX', undefined],
    [' 1141px', undefined],
    ['1141px ', undefined],
    ['1141 px', undefined],
    ['0x400', undefined],
    ['', undefined],
    ['px', undefined],
    ['.5px', undefined],
    ['1141.px', undefined],
    ['9'.repeat(1000), undefined],
    [true, undefined],
    [null, undefined],
    [undefined, undefined],
    [[1141], undefined],
    [{ valueOf: () => 1141 }, undefined],
    [{ toString: () => '1141px' }, undefined],
    [1141n, undefined],
  ];
  /** A case's value as a test title: NaN, -0 and 1141n as written, not as JSON has them. */
  const written = (value: unknown): string => {
    if (typeof value === 'string') return JSON.stringify(value);
    if (typeof value === 'bigint') return `${value}n`;
    if (Object.is(value, -0)) return '-0';
    if (value && typeof value === 'object' && !Array.isArray(value))
      return `{ ${Object.keys(value).join(', ')} }`;
    return Array.isArray(value) ? `[${value.map(written).join(', ')}]` : String(value);
  };
  for (const [value, px] of cases) {
    const name = written(value);
    it(`reads ${name} as ${px}`, () => {
      expect(readHeight(value)).to.equal(px);
    });
  }

  it('reads any whole number of pixels up to the maximum, as a number or with px', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_FRAME_HEIGHT }), (px) => {
        expect(readHeight(px)).to.equal(px);
        expect(readHeight(String(px))).to.equal(px);
        expect(readHeight(`${px}px`)).to.equal(px);
      }),
      { numRuns: 300 },
    );
  });

  it('reads any number of pixels in range rounded up, however it is written', () => {
    fc.assert(
      fc.property(
        fc.double({ min: Number.MIN_VALUE, max: MAX_FRAME_HEIGHT, noNaN: true }),
        (px) => {
          expect(readHeight(px), String(px)).to.equal(Math.ceil(px));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never reads a number out of range', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ max: 0 }),
          fc.double({ min: MAX_FRAME_HEIGHT + 1e-9 }),
          fc.integer({ max: 0 }),
          fc.integer({ min: MAX_FRAME_HEIGHT + 1 }),
        ),
        (value) => {
          expect(readHeight(value)).to.equal(undefined);
          expect(readHeight(`${value}px`)).to.equal(undefined);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws, and reads only whole pixels within bounds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.double()), (value) => {
        const px = readHeight(value);
        if (px === undefined) return;
        expect(Number.isInteger(px)).to.equal(true);
        expect(px).to.be.within(1, MAX_FRAME_HEIGHT);
      }),
      { numRuns: 1000 },
    );
  });
});
