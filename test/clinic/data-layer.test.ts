import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DATA_LAYER_EVENTS, dataLayerEntry } from '../../src/clinic/data-layer.js';
import { PROVIDER_IDS } from '../../src/booking-button/built-in-providers.js';

/** A booking event's detail as the widgets fill it, with what must never be pushed. */
const detail = (provider: string | undefined) => ({
  url: 'https://calendly.com/harbour-physio/deep-tissue-60?utm_source=symptom-check',
  provider,
  service: 'deep-tissue-60',
  source: document.createElement('knead-booking-button'),
  ids: { event: 'EV-123', invitee: 'IN-456' },
});

describe('dataLayerEntry: what a clinic pushes to window.dataLayer', () => {
  it('pushes a booking click as its name and provider, nothing else', () => {
    expect(dataLayerEntry('knead-booking-click', detail('calendly'))).to.deep.equal({
      event: 'knead_booking_click',
      provider: 'calendly',
    });
  });

  it('pushes a booking made as its name and provider, without the booking ids', () => {
    expect(dataLayerEntry('knead-booking-complete', detail('cal'))).to.deep.equal({
      event: 'knead_booking_complete',
      provider: 'cal',
    });
  });

  it('names a link with no known provider "other"', () => {
    for (const provider of [undefined, ''])
      expect(
        dataLayerEntry('knead-booking-click', detail(provider)),
        String(provider),
      ).to.deep.equal({ event: 'knead_booking_click', provider: 'other' });
    for (const bad of [null, undefined, 42, 'text', {}])
      expect(dataLayerEntry('knead-booking-complete', bad), String(bad)).to.deep.equal({
        event: 'knead_booking_complete',
        provider: 'other',
      });
  });

  it('pushes every built-in provider by its id', () => {
    for (const id of PROVIDER_IDS)
      expect(dataLayerEntry('knead-booking-click', detail(id))?.provider).to.equal(id);
  });

  it('pushes anything else a script put in `provider` as "other", never the text', () => {
    for (const provider of [
      'sciatica and numbness in my left leg',
      'Calendly',
      '<img src=x>',
      'a'.repeat(40),
      'back-pain@example.com',
      42,
      { id: 'calendly' },
    ])
      expect(dataLayerEntry('knead-booking-click', { provider }), String(provider)).to.deep.equal({
        event: 'knead_booking_click',
        provider: 'other',
      });
  });

  it('pushes nothing for any other event: symptom check, timer, popup, or none of ours', () => {
    for (const type of [
      'knead-symptom-check-start',
      'knead-symptom-check-step',
      'knead-symptom-check-complete',
      'knead-exercise-start',
      'knead-exercise-change',
      'knead-exercise-pause',
      'knead-exercise-complete',
      'knead-booking-open',
      'knead-booking-close',
      'click',
      'knead_booking_click',
      'KNEAD-BOOKING-CLICK',
      'toString',
      '__proto__',
      '',
    ])
      expect(dataLayerEntry(type, detail('calendly')), type).to.equal(undefined);
  });

  it('listens for the two booking events only', () => {
    expect([...DATA_LAYER_EVENTS]).to.deep.equal(['knead-booking-click', 'knead-booking-complete']);
  });

  it('gives any detail an entry of the event and a provider id or "other", and never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATA_LAYER_EVENTS), fc.anything(), (type, anything) => {
        const entry = dataLayerEntry(type, anything)!;
        expect(Object.keys(entry)).to.deep.equal(['event', 'provider']);
        expect(entry.event).to.equal(type.replaceAll('-', '_'));
        expect(entry.provider).to.match(/^(other|[a-z][a-z0-9-]{0,31})$/);
      }),
    );
  });
});
