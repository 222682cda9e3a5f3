import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  bookingFace,
  type ButtonInput,
  type ButtonShows,
} from '../../src/booking-button/booking-face.js';
import { BOOKING_MESSAGES } from '../../src/booking-button/booking-messages.js';
import type { Severity } from '../../src/shared/log.js';

/** The face for `input`, with the console messages it asks for as `where=value (severity)`. */
function faceOf(input: ButtonInput) {
  const reports: string[] = [];
  const face = bookingFace(
    input,
    BOOKING_MESSAGES,
    (where, value, _reason, severity: Severity = 'error') =>
      reports.push(`${where}=${String(value)} (${severity})`),
  );
  return { ...face, reports };
}

const CALENDLY = { provider: 'calendly', account: 'harbour-physio' };
const CLINIC = { bookingProvider: 'calendly', bookingAccount: 'harbour-physio' };

describe('bookingFace: what the booking button shows', () => {
  describe('a link', () => {
    it('opens a web page in a new tab and says so in its name', () => {
      const { shows, reports } = faceOf({ href: 'https://book.example.com/', label: 'Book now' });
      expect(shows).to.deep.include({ as: 'link', newTab: true });
      expect(shows.as === 'link' && shows.name).to.equal('Book now, opens in a new tab');
      expect(reports).to.deep.equal([]);
    });

    it('names itself from the label, else the fallback link, the slot, or the default', () => {
      const href = 'https://book.example.com/';
      const names = [
        faceOf({ href, label: '  Book   a massage ', slotText: 'Slot' }),
        faceOf({ fallback: { href, text: 'Book a massage' }, slotText: 'Slot' }),
        faceOf({ href, slotText: 'Book a massage' }),
        faceOf({ href, slotText: '' }),
      ].map(({ shows }) => (shows.as === 'link' ? shows.name : shows.as));
      expect(names).to.deep.equal([
        'Book a massage, opens in a new tab',
        'Book a massage, opens in a new tab',
        'Book a massage, opens in a new tab',
        `${BOOKING_MESSAGES.book}, opens in a new tab`,
      ]);
    });

    it('stays in the tab in same-tab mode, and for phone and email links', () => {
      for (const input of [
        { href: 'https://book.example.com/', mode: 'same-tab' },
        { href: 'tel:+15550100' },
        { href: 'mailto:desk@example.com', mode: 'popup' },
      ])
        expect(faceOf(input).shows, JSON.stringify(input)).to.deep.include({
          as: 'link',
          newTab: false,
        });
    });

    it('opens a page a popup cannot frame in a new tab', () => {
      const { shows, reports } = faceOf({ provider: 'jane', account: 'harbour', mode: 'popup' });
      expect(shows).to.deep.include({ as: 'link', newTab: true });
      expect(reports).to.deep.equal(['mode=popup (warn)']);
    });
  });

  describe('a popup', () => {
    it('where the provider allows framing, titled with the clinic name', () => {
      const { shows } = faceOf({
        mode: 'popup',
        clinic: { ...CLINIC, name: '  Harbour   Physio ' },
      });
      expect(shows.as).to.equal('popup');
      expect(shows.as === 'popup' && shows.heading).to.equal('Book with Harbour Physio');
    });

    it("titled with the provider's name without a clinic name, or with a refused one", () => {
      const long = 'Harbour Physio '.repeat(20);
      const { shows, reports } = faceOf({ ...CALENDLY, mode: 'popup', clinic: { name: long } });
      expect(shows.as === 'popup' && shows.heading).to.equal('Book with Calendly');
      expect(reports).to.have.length(1);
      expect(reports[0]).to.match(/^<knead-clinic> name=Harbour/);
    });
  });

  describe('booking unavailable', () => {
    const whyOf = (input: ButtonInput) => {
      const { shows } = faceOf(input);
      return shows.as === 'refused' ? shows.why : shows.as;
    };

    it('says why: not set up, an unsafe link, or invalid settings', () => {
      expect(whyOf({})).to.equal('Online booking is not set up yet.');
      expect(whyOf({ href: 'javascript:alert(1)' })).to.include('not a safe web address');
      expect(whyOf({ provider: 'bookly', account: 'x' })).to.include('settings are not valid');
    });

    it("offers the clinic's phone, as a link where it dials", () => {
      const call = (phone: string) => {
        const { shows } = faceOf({ clinic: { phone } });
        return shows.as === 'refused' ? shows.call : undefined;
      };
      expect(call('+1 (555) 010-0100')).to.deep.equal({
        text: '+1 (555) 010-0100',
        href: 'tel:+15550100100',
      });
      expect(call('ask at reception')).to.deep.equal({ text: 'ask at reception', href: undefined });
      expect(call('')).to.equal(undefined);
    });

    it('reports the refused setting once, as the page wrote it, before anything else', () => {
      const { reports } = faceOf({
        href: 'http://book.example.com/',
        label: 'x'.repeat(121),
        utm: { source: 'site' },
      });
      expect(reports).to.deep.equal([
        'href=http://book.example.com/ (error)',
        `label=${'x'.repeat(121)} (error)`,
      ]);
    });

    it('waits calmly, reporting nothing, while a clinic that may give the link is defined', () => {
      const { shows, reports } = faceOf({ clinicPending: true, label: 'Book' });
      expect(shows).to.deep.equal({ as: 'inactive' });
      expect(reports).to.deep.equal([]);
    });

    it('still refuses its own unsafe link while a clinic is being defined', () => {
      const { shows, reports } = faceOf({ href: 'javascript:x', clinicPending: true });
      expect(shows.as).to.equal('refused');
      expect(reports).to.have.length(1);
    });
  });

  it('shows an inactive button when disabled, and a refusal over that', () => {
    expect(faceOf({ href: 'https://book.example.com/', disabled: true }).shows).to.deep.equal({
      as: 'inactive',
    });
    expect(faceOf({ href: 'data:text/html,hi', disabled: true }).shows.as).to.equal('refused');
  });

  it('shows the label or the fallback text in place of the slot', () => {
    const href = 'https://book.example.com/';
    expect(faceOf({ href, label: 'Book' }).labelText).to.equal('Book');
    expect(faceOf({ fallback: { href, text: ' Reserve ' } }).labelText).to.equal('Reserve');
    expect(faceOf({ href }).labelText).to.equal(undefined);
  });

  describe('properties', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const text = fc.oneof(
      fc.constantFrom('calendly', 'jane', 'cal', '60min', 'harbour', 'popup', 'same-tab', ''),
      fc.string({ maxLength: 130 }),
    );
    const href = fc.oneof(
      fc.constantFrom(
        'https://calendly.com/harbour/60min',
        'https://book.example.com/',
        'tel:+15550100',
        'javascript:x',
      ),
      fc.webUrl(),
    );
    const input: fc.Arbitrary<ButtonInput> = fc.record({
      provider: maybe(text),
      account: maybe(text),
      service: maybe(text),
      href: maybe(href),
      mode: maybe(text),
      fallback: maybe(fc.record({ href, text })),
      clinic: maybe(
        fc.record({
          bookingProvider: maybe(text),
          bookingAccount: maybe(text),
          bookingUrl: maybe(href),
          name: maybe(fc.oneof(text, fc.integer())),
          phone: maybe(fc.oneof(text, fc.constant('+1 555 0100'))),
        }),
      ),
      label: maybe(fc.oneof(text, fc.integer(), fc.array(text, { maxLength: 3 }))),
      // As the element passes it: whitespace collapsed, ends trimmed.
      slotText: maybe(text.map((slotted) => slotted.replace(/\s+/g, ' ').trim())),
      disabled: fc.boolean(),
      clinicPending: fc.boolean(),
    });

    it('never throws; refuses exactly when unavailable and not waiting, reporting it first', () => {
      fc.assert(
        fc.property(input, (given) => {
          const { plan, shows, reports } = faceOf(given);
          const { resolution } = plan;
          const waiting = !!given.clinicPending && !resolution.ok && !resolution.value;
          expect(shows.as === 'refused').to.equal(!resolution.ok && !waiting);
          if (shows.as === 'refused') expect(reports[0]).to.match(/ \(error\)$/);
          if (waiting) expect(shows.as).to.equal('inactive');
        }),
        { numRuns: 400 },
      );
    });

    it('books only a checked URL, in a popup only where one may frame it', () => {
      fc.assert(
        fc.property(input, (given) => {
          const { plan, shows } = faceOf(given);
          const booking = (s: ButtonShows) => s.as === 'link' || s.as === 'popup';
          if (!booking(shows)) return;
          expect(plan.resolution.ok).to.equal(true);
          expect(given.disabled).to.equal(false);
          if (shows.as === 'popup') expect(shows.target.frameable).to.equal(true);
          if (shows.as === 'link' && shows.newTab) {
            expect(shows.target.kind).to.equal('web');
            expect(shows.name).to.match(/\S, opens in a new tab$/);
          }
        }),
        { numRuns: 400 },
      );
    });
  });
});
