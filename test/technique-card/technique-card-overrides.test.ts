import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
// This folder's elements and the clinic, not the whole library: a test here runs whatever
// state another widget's folder is in.
import '../../src/clinic/define.js';
import '../../src/technique-card/define.js';
import type { TechniqueSelectEvent } from '../../src/technique-card/technique-events.js';
import {
  GOAL_LABELS,
  PRESSURE_LABELS,
  PRESSURE_LEVELS,
  formatSessionLength,
  pressureText,
} from '../../src/technique-card/technique-types.js';
import * as harness from '../harness/technique-card.js';
import { builtIn } from '../harness/technique-card.js';
import { withErrors } from '../helpers/console.js';
import { cardFixture, cardWithErrors, type Card } from './card-fixtures.js';

describe('<knead-technique-card> attributes', () => {
  describe('attribute overrides', () => {
    const swedish = builtIn('swedish');

    it('shows its own name, summary and price', async () => {
      const card = await cardFixture({
        technique: 'swedish',
        name: 'Relaxation massage',
        summary: 'Our calmest treatment.',
        price: '$95',
      });
      expect(harness.cardName(card)).to.equal('Relaxation massage');
      expect(harness.textOf(harness.part(card, 'summary'))).to.equal('Our calmest treatment.');
      expect(harness.factText(card, 'Price')).to.equal('$95');
      expect(harness.textOf(harness.detailsToggle(card))).to.include('Relaxation massage');
      // What was not overridden still comes from the catalog.
      expect(harness.pressureWords(card)).to.equal(pressureText(swedish));
      expect(harness.details(card)!.textContent).to.include(swedish.description);
    });

    it("names the event's technique by the name the card shows", async () => {
      const card = await cardFixture({ technique: 'swedish', name: 'Relaxation massage' });
      const selected = oneEvent(document, 'knead-technique-select');
      harness.detailsToggle(card)!.click();
      const event = (await selected) as TechniqueSelectEvent;
      expect(event.detail).to.deep.equal({ id: 'swedish', name: 'Relaxation massage' });
    });

    it("gives a new pressure level that level's own word, not the catalog's label", async () => {
      const level = PRESSURE_LEVELS.find((candidate) => candidate !== swedish.pressure)!;
      const card = await cardFixture({ technique: 'swedish', pressure: level });
      expect(harness.pressureWords(card)).to.equal(PRESSURE_LABELS[level]);
      expect(harness.pressureWords(card)).not.to.equal(swedish.pressureLabel);
      expect(harness.pressureMeter(card)!.value).to.equal(level);
      expect(harness.filledPips(card).filled).to.equal(level);
    });

    it('shows a session range in minutes', async () => {
      const card = await cardFixture({ technique: 'swedish', duration: '45-90' });
      expect(harness.factText(card, 'Session')).to.equal('45–90 min');
    });

    it('shows its own goals, in the vocabulary order', async () => {
      const card = await cardFixture({ technique: 'swedish', goals: 'mobility knots' });
      expect(harness.goalNames(card)).to.deep.equal([GOAL_LABELS.knots, GOAL_LABELS.mobility]);
    });

    for (const value of ['7', 'abc']) {
      it(`ignores pressure="${value}" with one console error`, async () => {
        const { el: card, errors } = await cardWithErrors({
          technique: 'swedish',
          pressure: value,
        });
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include('pressure').and.include(value);
        expect(harness.pressureWords(card)).to.equal(pressureText(swedish));
        expect(harness.pressureMeter(card)!.value).to.equal(swedish.pressure);
      });
    }

    it('ignores an invalid duration with one console error', async () => {
      const { el: card, errors } = await cardWithErrors({
        technique: 'swedish',
        duration: 'forever',
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('duration').and.include('forever');
      expect(harness.factText(card, 'Session')).to.equal(formatSessionLength(swedish.duration!));
    });

    it('drops an unknown goal with one console error and keeps the known ones', async () => {
      const { el: card, errors } = await cardWithErrors({
        technique: 'swedish',
        goals: 'knots levitation',
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('goals').and.include('levitation');
      expect(harness.goalNames(card)).to.deep.equal([GOAL_LABELS.knots]);
    });

    it('keeps the catalog goals when no goal given is known, with one console error', async () => {
      const { el: card, errors } = await cardWithErrors({
        technique: 'swedish',
        goals: 'levitation',
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('goals').and.include('levitation');
      expect(harness.goalNames(card)).to.deep.equal(swedish.goals.map((goal) => GOAL_LABELS[goal]));
    });

    it('reports a bad value once, however often it re-renders', async () => {
      const { el: card, errors } = await withErrors(async () => {
        const el = await fixture<Card>(
          html`<knead-technique-card technique="swedish" pressure="7"></knead-technique-card>`,
        );
        el.highlighted = true;
        await el.updateComplete;
        el.summary = 'Changed';
        await el.updateComplete;
        return el;
      });
      expect(harness.textOf(harness.part(card, 'summary'))).to.equal('Changed');
      expect(errors).to.have.length(1);
    });
  });

  describe('limits', () => {
    const swedish = builtIn('swedish');
    /** The longest each text attribute may be: the limit of the JSON field it stands for. */
    const LIMITS = { name: 80, summary: 240, price: 40 } as const;
    const shown = {
      name: harness.cardName,
      summary: (card: Card) => harness.textOf(harness.part(card, 'summary')),
      price: (card: Card) => harness.factText(card, 'Price'),
    };
    const catalog = { name: swedish.name, summary: swedish.summary, price: swedish.price ?? '' };

    for (const [attribute, limit] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
      it(`takes a ${attribute} of ${limit} characters, as the JSON field does`, async () => {
        const text = 'x'.repeat(limit);
        const { el: card, errors } = await cardWithErrors({ technique: 'swedish' });
        card.setAttribute(attribute, text);
        await card.updateComplete;
        expect(errors).to.deep.equal([]);
        expect(shown[attribute](card)).to.equal(text);
      });

      it(`ignores a ${attribute} over ${limit} characters, with one console error`, async () => {
        const text = 'x'.repeat(limit + 1);
        const { el: card, errors } = await withErrors(async () => {
          const el = await cardFixture({ technique: 'swedish' });
          el.setAttribute(attribute, text);
          await el.updateComplete;
          return el;
        });
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include(`${attribute}="`).and.include(`at most ${limit} characters`);
        expect(shown[attribute](card)).to.equal(catalog[attribute]);
      });
    }

    describe('at 360 px', () => {
      before(() => setViewport({ width: 360, height: 800 }));
      after(() => setViewport({ width: 800, height: 600 }));
      const HUGE = 'x'.repeat(5000);
      /** One short console error naming the attribute and the limit, and a card of sane size. */
      function expectBounded(card: Card, errors: string[], where: string, limit: number) {
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include(`${where}="xxx`).and.include(`at most ${limit} characters`);
        expect(errors[0]!.length, 'the message length').to.be.below(400);
        expect(card.getBoundingClientRect().height).to.be.below(2000);
        expect(card.shadowRoot!.textContent).not.to.include('x'.repeat(limit + 1));
      }

      it('shows the catalog name for a 5,000-character name', async () => {
        const { el: card, errors } = await cardWithErrors({ technique: 'swedish', name: HUGE });
        expectBounded(card, errors, 'name', 80);
        expect(harness.cardName(card)).to.equal(swedish.name);
      });

      it('refuses a card whose only name has 5,000 characters, with a note', async () => {
        const { el: card, errors } = await cardWithErrors({ name: HUGE, summary: 'Warm stones' });
        expectBounded(card, errors, 'name', 80);
        expect(harness.isShown(harness.part(card, 'message')!)).to.equal(true);
        expect(harness.cardNote(card)).to.equal('This technique could not be shown.');
        await expect(card).to.be.accessible();
      });

      it('refuses a 5,000-character technique id', async () => {
        const { el: card, errors } = await cardWithErrors({ technique: HUGE });
        expectBounded(card, errors, 'technique', 64);
        expect(harness.isShown(harness.part(card, 'message')!)).to.equal(true);
      });

      it('names 5,000 characters of unknown goals briefly', async () => {
        const words = Array.from({ length: 800 }, (_, index) => `goal${index}`).join(' ');
        const { el: card, errors } = await cardWithErrors({ technique: 'swedish', goals: words });
        expect(errors).to.have.length(1);
        expect(errors[0])
          .to.include('goals="goal0 goal1')
          .and.include('unknown goals goal0, goal1');
        expect(errors[0]!.length, 'the message length').to.be.below(600);
        expect(harness.goalNames(card)).to.deep.equal(
          swedish.goals.map((goal) => GOAL_LABELS[goal]),
        );
      });
    });
  });
});
