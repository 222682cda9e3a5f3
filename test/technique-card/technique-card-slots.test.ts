import { expect, html } from '@open-wc/testing';
// This folder's elements and the clinic, not the whole library: a test here runs whatever
// state another widget's folder is in.
import '../../src/clinic/define.js';
import '../../src/technique-card/define.js';
import { GOAL_LABELS, PRESSURE_LABELS } from '../../src/technique-card/technique-types.js';
import * as harness from '../harness/technique-card.js';
import { builtIn } from '../harness/technique-card.js';
import { present } from '../harness/dom.js';
import { cardFixture, cardWithErrors, element, type Card } from './card-fixtures.js';

const IMAGE =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90"><rect width="160" height="90" fill="teal"/></svg>',
  );

/** Adds a child the way a framework does after the first render, and lets the card update. */
async function addLater(card: Card, child: HTMLElement): Promise<HTMLElement> {
  card.append(child);
  await harness.nextFrame();
  await card.updateComplete;
  return child;
}

describe('<knead-technique-card> slots', () => {
  const swedish = builtIn('swedish');

  it('shows a photo in the media slot, across the card', async () => {
    const card = await cardFixture(html`
      <knead-technique-card technique="swedish">
        <img slot="media" src=${IMAGE} alt="A therapist massaging a client's shoulders" />
      </knead-technique-card>
    `);
    const image = card.querySelector('img')!;
    expect(image.assignedSlot?.getAttribute('name')).to.equal('media');
    expect(harness.isShown(image)).to.equal(true);
    const box = image.getBoundingClientRect();
    expect(box.width).to.be.closeTo(harness.part(card, 'card')!.clientWidth, 1);
    expect(box.height).to.be.greaterThan(0);
    // The photo comes before the name.
    expect(box.bottom).to.be.at.most(harness.cardHeading(card)!.getBoundingClientRect().top + 1);
    await expect(card).to.be.accessible();
  });

  it('shows slotted text under the summary and links beside the booking button', async () => {
    const card = await cardFixture(html`
      <knead-technique-card technique="swedish">
        <p>Ask about our 30-minute version.</p>
        <a slot="actions" href="/techniques/swedish">Read more</a>
      </knead-technique-card>
    `);
    const note = card.querySelector('p')!;
    expect(present(note.assignedSlot), 'the note is slotted').to.equal(true);
    expect(harness.isShown(note)).to.equal(true);
    expect(note.getBoundingClientRect().top).to.be.greaterThan(
      harness.part(card, 'summary')!.getBoundingClientRect().top,
    );
    const link = card.querySelector('a')!;
    expect(harness.isShown(link)).to.equal(true);
    expect(harness.part(card, 'actions')!.contains(link.assignedSlot)).to.equal(true);
    expect(present(card.bookingButton), 'a booking button').to.equal(false);
  });

  it('replaces the description inside the details with slotted text', async () => {
    const card = await cardFixture(html`
      <knead-technique-card technique="swedish">
        <p slot="description">In our clinic, every session starts with a short chat.</p>
      </knead-technique-card>
    `);
    await harness.toggleDetails(card);
    const own = card.querySelector('[slot="description"]')!;
    expect(harness.details(card)!.contains(own.assignedSlot)).to.equal(true);
    expect(harness.isShown(own)).to.equal(true);
    const builtInText = [...card.shadowRoot!.querySelectorAll('p')].filter(
      (p) => harness.textOf(p) === swedish.description,
    );
    expect(builtInText.filter(harness.isShown).length, 'built-in description shown').to.equal(0);
    // The rest of the details stay.
    expect(harness.isShown(harness.detailsSection(card, 'What it feels like')!.heading)).to.equal(
      true,
    );
  });

  it('builds a whole custom card from HTML alone, without console errors', async () => {
    const { el: card, errors } = await cardWithErrors(html`
      <knead-technique-card name="Hot stone" pressure="2" goals="relaxation">
        <p slot="description">Smooth, warm stones glide along the back.</p>
      </knead-technique-card>
    `);
    expect(errors).to.deep.equal([]);
    expect(harness.cardName(card)).to.equal('Hot stone');
    expect(harness.pressureWords(card)).to.equal(PRESSURE_LABELS[2]);
    expect(harness.filledPips(card).filled).to.equal(2);
    expect(harness.goalNames(card)).to.deep.equal([GOAL_LABELS.relaxation]);
    expect(present(harness.part(card, 'summary')), 'a summary').to.equal(false);
    expect(present(harness.fact(card, 'Session')), 'a session length').to.equal(false);
    await harness.toggleDetails(card);
    expect(harness.isShown(card.querySelector('[slot="description"]')!)).to.equal(true);
    await expect(card).to.be.accessible();
  });

  it('shows no details when there is nothing to put in them', async () => {
    const card = await cardFixture({ name: 'Hot stone', pressure: 2 });
    expect(present(harness.details(card)), 'details').to.equal(false);
    expect(present(harness.part(card, 'actions')), 'an actions row').to.equal(false);
  });

  it('shows details and actions when slotted content arrives after the first render', async () => {
    const card = await cardFixture({ name: 'Hot stone', pressure: 2 });
    const description = await addLater(
      card,
      element('p', { slot: 'description' }, new Text('Added later by a framework.')),
    );
    expect(present(harness.details(card)), 'details').to.equal(true);
    await harness.toggleDetails(card);
    expect(harness.isShown(description)).to.equal(true);

    const link = await addLater(
      card,
      element('a', { slot: 'actions', href: '/hot-stone' }, new Text('Read more')),
    );
    expect(present(harness.part(card, 'actions')), 'the actions row').to.equal(true);
    expect(harness.isShown(link)).to.equal(true);
  });
});
