import { expect, oneEvent } from '@open-wc/testing';
// This folder's elements and the clinic, not the whole library: a test here runs whatever
// state another widget's folder is in.
import '../../src/clinic/define.js';
import '../../src/technique-card/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import * as harness from '../harness/technique-card.js';
import { builtIn } from '../harness/technique-card.js';
import { present } from '../harness/dom.js';
import { BOOKING_URL, CALENDLY_CLINIC, cardWithErrors, clinicWithCards } from './card-fixtures.js';

const link = (button: KneadBookingButton | null) =>
  harness.bookingControl(button!) as HTMLAnchorElement | null;

describe('<knead-technique-card> booking', () => {
  it('shows a "Book <name>" button when bookable', async () => {
    const { cards } = await clinicWithCards(
      { attributes: { 'booking-url': BOOKING_URL } },
      { technique: 'thai', bookable: true },
    );
    const card = cards[0]!;
    const button = await harness.bookingButton(card);
    expect(button!.getAttribute('label')).to.equal(`Book ${builtIn('thai').name}`);
    expect(harness.textOf(link(button))).to.include(`Book ${builtIn('thai').name}`);
    expect(link(button)!.href).to.equal(BOOKING_URL);
    expect(harness.part(card, 'actions')!.contains(button)).to.equal(true);
    await expect(card).to.be.accessible();
  });

  it('names the button for the longest name a card takes, without console errors', async () => {
    const name = 'N'.repeat(80);
    const { cards, errors } = await clinicWithCards(
      { attributes: { 'booking-url': BOOKING_URL } },
      { technique: 'thai', name, bookable: true },
    );
    expect(harness.textOf(link(await harness.bookingButton(cards[0]!)))).to.include(`Book ${name}`);
    expect(errors).to.deep.equal([]);
  });

  it('shows the button, named for the technique, even with no clinic', async () => {
    const { el: card, errors } = await cardWithErrors({ technique: 'thai', bookable: true });
    const button = await harness.bookingButton(card);
    expect(present(button), 'a booking button').to.equal(true);
    expect(harness.textOf(link(button))).to.include(`Book ${builtIn('thai').name}`);
    // Only the booking button itself complains that booking is not set up.
    expect(errors.every((error) => error.includes('knead-booking-button'))).to.equal(true);
  });

  it("books a technique's mapped service with the clinic, and only mapped ones", async () => {
    const { cards, errors } = await clinicWithCards(
      { attributes: CALENDLY_CLINIC, services: { 'deep-tissue': 'deep-60' } },
      { technique: 'deep-tissue' },
      { technique: 'swedish' },
    );
    expect(errors).to.deep.equal([]);
    const [deep, swedish] = cards;
    const button = await harness.bookingButton(deep!);
    expect(present(button), 'a deep tissue booking button').to.equal(true);
    expect(button!.bookingUrl).to.equal('https://calendly.com/harbour-physio/deep-60');
    expect(link(button)!.href).to.equal('https://calendly.com/harbour-physio/deep-60');
    expect(harness.textOf(link(button))).to.include(`Book ${builtIn('deep-tissue').name}`);
    expect(present(swedish!.bookingButton), 'a Swedish booking button').to.equal(false);
    expect(present(harness.part(swedish!, 'actions')), 'a Swedish actions row').to.equal(false);
  });

  it("keeps a page of cards quiet when the clinic's booking-url gives the link", async () => {
    const { cards, errors, warnings } = await clinicWithCards(
      {
        attributes: { 'booking-url': BOOKING_URL },
        services: { 'deep-tissue': 'deep-60', swedish: 'relax-60' },
      },
      { technique: 'deep-tissue' },
      { technique: 'swedish' },
      { technique: 'thai' },
    );
    expect({ errors, warnings }).to.deep.equal({ errors: [], warnings: [] });
    // The map still chooses which techniques offer booking; the link is the clinic's.
    expect(cards.map((card) => card.bookingButton?.bookingUrl ?? 'none')).to.deep.equal([
      BOOKING_URL,
      BOOKING_URL,
      'none',
    ]);
    const click = oneEvent(cards[0]!, 'knead-booking-click');
    const control = link(cards[0]!.bookingButton)!;
    control.addEventListener('click', (event) => event.preventDefault(), { once: true });
    control.click();
    expect((await click).detail.service, 'no service is reported as booked').to.equal(undefined);
  });

  it('books nothing for ids every object has ("constructor", "__proto__")', async () => {
    const { cards, errors } = await clinicWithCards(
      { attributes: CALENDLY_CLINIC, services: { 'deep-tissue': 'deep-60' } },
      { technique: 'constructor', name: 'Odd one' },
      { technique: '__proto__', name: 'Another' },
    );
    expect(errors).to.deep.equal([]);
    expect(cards.map(harness.cardName)).to.deep.equal(['Odd one', 'Another']);
    expect(cards.map((card) => present(card.bookingButton))).to.deep.equal([false, false]);
  });
});
