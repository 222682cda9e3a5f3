import { expect } from '@open-wc/testing';
// This folder's elements and the clinic, not the whole library: a test here runs whatever
// state another widget's folder is in.
import '../../src/clinic/define.js';
import '../../src/technique-card/define.js';
import { TechniqueSelectEvent } from '../../src/technique-card/technique-events.js';
import {
  GOAL_LABELS,
  PRESSURE_LEVELS,
  formatSessionLength,
  pressureText,
} from '../../src/technique-card/technique-types.js';
import { BUILT_IN_TECHNIQUE_IDS } from '../../src/technique-card/built-in-techniques.js';
import * as harness from '../harness/technique-card.js';
import { builtIn } from '../harness/technique-card.js';
import { present } from '../harness/dom.js';
import { cardFixture, cardWithErrors, type Card } from './card-fixtures.js';

/** How the card's box is framed: border, ring and outline, as painted. */
function frame(card: Card): string {
  const style = getComputedStyle(harness.part(card, 'card')!);
  return [style.borderTopColor, style.borderTopWidth, style.boxShadow, style.outlineStyle].join();
}

describe('<knead-technique-card>', () => {
  describe('a built-in technique', () => {
    const swedish = builtIn('swedish');

    it('shows its name as a level-3 heading and its summary', async () => {
      const card = await cardFixture({ technique: 'swedish' });
      expect(harness.cardName(card)).to.equal(swedish.name);
      expect(harness.cardHeadingLevel(card)).to.equal('3');
      expect(harness.textOf(harness.part(card, 'summary'))).to.equal(swedish.summary);
      // The card is a landmark-free article named by its heading.
      const article = harness.part(card, 'card')!;
      const labelledBy = card.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!);
      expect(labelledBy === harness.cardHeading(card), 'the card is named by its heading').to.equal(
        true,
      );
    });

    it('takes its heading level from heading-level, with sub-headings one below', async () => {
      const card = await cardFixture({ technique: 'swedish', 'heading-level': 2 });
      expect(harness.cardHeadingLevel(card)).to.equal('2');
      expect(harness.detailsSection(card, 'What it feels like')!.level).to.equal('3');
      expect(harness.detailsSection(card, 'Cautions')!.level).to.equal('3');
    });

    it('falls back to level 3 for an invalid heading-level, with one console error', async () => {
      const { el: card, errors } = await cardWithErrors({
        technique: 'swedish',
        'heading-level': 9,
      });
      expect(harness.cardHeadingLevel(card)).to.equal('3');
      expect(harness.detailsSection(card, 'Cautions')!.level).to.equal('4');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('heading-level').and.include('9');
    });

    it('names a heading-level that is not a number as the page wrote it', async () => {
      const { el: card, errors } = await cardWithErrors({
        technique: 'swedish',
        'heading-level': 'two',
      });
      expect(harness.cardHeadingLevel(card)).to.equal('3');
      expect(errors).to.have.length(1);
      // The clinic searches its page for what it typed, not for the number it became.
      expect(errors[0]).to.include('heading-level').and.include('"two"');
    });

    it('says how firm it is in words, on a native meter and with five pips', async () => {
      for (const id of BUILT_IN_TECHNIQUE_IDS) {
        const technique = builtIn(id);
        const card = await cardFixture({ technique: id });
        expect(harness.pressureWords(card), id).to.equal(pressureText(technique));
        const gauge = harness.pressureMeter(card)!;
        expect(gauge.value, id).to.equal(technique.pressure);
        expect(gauge.min).to.equal(1);
        expect(gauge.max).to.equal(PRESSURE_LEVELS.length);
        expect(gauge.getAttribute('aria-label')).to.equal('Pressure');
        expect(harness.filledPips(card), id).to.deep.equal({
          filled: technique.pressure,
          total: PRESSURE_LEVELS.length,
        });
      }
    });

    it('shows the session length and what it is good for', async () => {
      const card = await cardFixture({ technique: 'swedish' });
      expect(harness.factText(card, 'Session')).to.equal(formatSessionLength(swedish.duration!));
      expect(harness.goalNames(card)).to.deep.equal(swedish.goals.map((goal) => GOAL_LABELS[goal]));
      const list = harness.part(card, 'goals')!;
      const label = card.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!);
      expect(harness.textOf(label)).to.equal('Good for');
      expect(present(harness.fact(card, 'Price')), 'a price').to.equal(false);
    });

    it('keeps the description, what it feels like and cautions in closed details', async () => {
      const card = await cardFixture({ technique: 'swedish' });
      const disclosure = harness.details(card)!;
      expect(disclosure.open).to.equal(false);
      expect(harness.textOf(harness.detailsToggle(card))).to.include(swedish.name);
      const paragraphs = [...disclosure.querySelectorAll('p')];
      const description = paragraphs.find((p) => harness.textOf(p) === swedish.description)!;
      const feelsLike = paragraphs.find((p) => harness.textOf(p) === swedish.feelsLike)!;
      expect(present(description), 'the built-in description').to.equal(true);
      expect(present(feelsLike), 'what it feels like').to.equal(true);
      expect(present(harness.detailsSection(card, 'What it feels like')), 'its heading').to.equal(
        true,
      );
      expect(present(harness.detailsSection(card, 'Cautions')), 'a Cautions heading').to.equal(
        true,
      );
      expect(harness.cautions(card)).to.deep.equal([...swedish.cautions]);
      const firstCaution = disclosure.querySelector('.cautions li')!;
      expect(harness.isShown(description)).to.equal(false);
      expect(harness.isShown(firstCaution)).to.equal(false);

      await harness.toggleDetails(card);
      expect(disclosure.open).to.equal(true);
      expect(harness.isShown(description)).to.equal(true);
      expect(harness.isShown(feelsLike)).to.equal(true);
      expect(harness.isShown(firstCaution)).to.equal(true);
    });

    it('announces a visitor opening its harness.details, on the document', async () => {
      const card = await cardFixture({ technique: 'deep-tissue' });
      // What the page sees, noted while the event is being dispatched.
      const seen: { event: TechniqueSelectEvent; target: EventTarget | null }[] = [];
      const record = (event: TechniqueSelectEvent) => seen.push({ event, target: event.target });
      document.addEventListener('knead-technique-select', record);
      try {
        await harness.toggleDetails(card);
        await harness.nextFrame();
        expect(seen.length).to.equal(1);
        const [{ event, target }] = seen as [(typeof seen)[number]];
        expect(event instanceof TechniqueSelectEvent).to.equal(true);
        expect(event.detail).to.deep.equal({
          id: 'deep-tissue',
          name: builtIn('deep-tissue').name,
        });
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        expect(target === card, 'the page sees the card as the target').to.equal(true);

        await harness.toggleDetails(card);
        await harness.nextFrame();
        expect(harness.details(card)!.open).to.equal(false);
        expect(seen.length, 'closing fires nothing').to.equal(1);
      } finally {
        document.removeEventListener('knead-technique-select', record);
      }
    });
  });

  describe('nothing to show', () => {
    it('explains an unknown technique id, naming it and the known ids', async () => {
      const { el: card, errors } = await cardWithErrors({ technique: 'hot-rocks' });
      const note = harness.part(card, 'message')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(harness.cardNote(card)).to.include('hot-rocks');
      expect(harness.isShown(note)).to.equal(true);
      expect(present(harness.cardHeading(card)), 'a heading').to.equal(false);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('technique').and.include('hot-rocks');
      for (const id of BUILT_IN_TECHNIQUE_IDS) expect(errors[0]).to.include(id);
      await expect(card).to.be.accessible();
    });

    it('explains a card with neither a technique nor a name', async () => {
      const { el: card, errors } = await cardWithErrors({});
      const note = harness.part(card, 'message')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(harness.cardNote(card)).not.to.equal('');
      expect(harness.isShown(note)).to.equal(true);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('knead-technique-card');
      await expect(card).to.be.accessible();
    });

    it("uses a clinic's own id with a name as a custom card", async () => {
      const { el: card, errors } = await cardWithErrors({
        technique: 'hot-stone',
        name: 'Hot stone',
      });
      expect(errors).to.deep.equal([]);
      expect(present(harness.part(card, 'message')), 'an unknown-technique note').to.equal(false);
      expect(harness.cardName(card)).to.equal('Hot stone');
    });
  });

  describe('highlighted', () => {
    it('says "Recommended" in words, not by colour alone', async () => {
      const card = await cardFixture({ technique: 'sports' });
      expect(present(harness.part(card, 'badge')), 'a Recommended badge').to.equal(false);
      const plainFrame = frame(card);
      card.highlighted = true;
      await card.updateComplete;
      expect(card.hasAttribute('highlighted')).to.equal(true);
      const badge = harness.part(card, 'badge')!;
      expect(harness.textOf(badge)).to.equal('Recommended');
      expect(harness.isShown(badge)).to.equal(true);
      // The card's frame also changes, however the theme draws it.
      expect(frame(card)).not.to.equal(plainFrame);
      await expect(card).to.be.accessible();
    });
  });
});
