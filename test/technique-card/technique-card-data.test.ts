import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
// This folder's elements and the clinic, not the whole library: a test here runs whatever
// state another widget's folder is in.
import '../../src/clinic/define.js';
import '../../src/technique-card/define.js';
import type { TechniqueSelectEvent } from '../../src/technique-card/technique-events.js';
import {
  GOALS,
  GOAL_LABELS,
  PRESSURE_LABELS,
  formatSessionLength,
  type Technique,
} from '../../src/technique-card/technique-types.js';
import * as harness from '../harness/technique-card.js';
import { captureReports } from '../helpers/console.js';
import { builtIn } from '../harness/technique-card.js';
import { present } from '../harness/dom.js';
import { withErrors } from '../helpers/console.js';
import { HOT_STONE, cardFixture, type Card } from './card-fixtures.js';

describe('<knead-technique-card> given a technique as data', () => {
  it('renders every field of the technique', async () => {
    const card = await cardFixture(
      html`<knead-technique-card .data=${HOT_STONE}></knead-technique-card>`,
    );
    expect(harness.cardName(card)).to.equal(HOT_STONE.name);
    expect(harness.textOf(harness.part(card, 'summary'))).to.equal(HOT_STONE.summary);
    expect(harness.pressureWords(card)).to.equal(PRESSURE_LABELS[HOT_STONE.pressure]);
    expect(harness.pressureMeter(card)!.value).to.equal(HOT_STONE.pressure);
    expect(harness.factText(card, 'Session')).to.equal(formatSessionLength(HOT_STONE.duration!));
    expect(harness.factText(card, 'Price')).to.equal(HOT_STONE.price);
    expect(harness.goalNames(card)).to.deep.equal(HOT_STONE.goals.map((goal) => GOAL_LABELS[goal]));
    const disclosure = harness.details(card)!;
    expect(disclosure.textContent).to.include(HOT_STONE.description);
    expect(disclosure.textContent).to.include(HOT_STONE.feelsLike);
    expect(disclosure.textContent).to.include(HOT_STONE.cautions[0]);
  });

  it('still lets attributes override it', async () => {
    const card = await cardFixture(html`
      <knead-technique-card
        .data=${HOT_STONE}
        name="Warm stone massage"
        pressure="3"
        price="$99"
      ></knead-technique-card>
    `);
    expect(harness.cardName(card)).to.equal('Warm stone massage');
    expect(harness.pressureWords(card)).to.equal(PRESSURE_LABELS[3]);
    expect(harness.factText(card, 'Price')).to.equal('$99');
    expect(harness.textOf(harness.part(card, 'summary'))).to.equal(HOT_STONE.summary);
  });

  it('is named in the select event by its own id', async () => {
    const card = await cardFixture(
      html`<knead-technique-card .data=${HOT_STONE}></knead-technique-card>`,
    );
    const selected = oneEvent(document, 'knead-technique-select');
    harness.detailsToggle(card)!.click();
    const event = (await selected) as TechniqueSelectEvent;
    expect(event.detail).to.deep.equal({ id: HOT_STONE.id, name: HOT_STONE.name });
  });

  describe('checked before use', () => {
    const bad: [string, unknown, string][] = [
      ['goals as a string', { ...HOT_STONE, goals: 'relaxation' }, 'data.goals'],
      ['cautions not an array', { ...HOT_STONE, cautions: 'Hot stones.' }, 'data.cautions'],
      ['a number for a name', { ...HOT_STONE, name: 42 }, 'data.name'],
      ['null fields', { ...HOT_STONE, goals: null, cautions: null, name: null }, 'data.'],
      ['a 5,000-character name', { ...HOT_STONE, name: 'N'.repeat(5000) }, 'data.name'],
      ['a string', 'hot-stone', 'data'],
    ];
    for (const [what, data, path] of bad) {
      it(`shows a clear note and names ${path} once for ${what}`, async () => {
        let card!: Card;
        const reports = await captureReports(async () => {
          card = await fixture<Card>(
            html`<knead-technique-card .data=${data}></knead-technique-card>`,
          );
          await harness.settle(card);
          card.highlighted = true;
          await harness.settle(card);
        });
        expect(reports.warnings).to.deep.equal([]);
        expect(reports.errors).to.have.length(1);
        expect(reports.errors[0]).to.match(/^knead-widgets: <knead-technique-card> data/);
        expect(reports.errors[0]).to.include(path);
        expect(harness.cardNote(card)).to.equal('This technique could not be shown.');
        expect(harness.part(card, 'message')!.getAttribute('role')).to.equal('note');
        expect(card.getBoundingClientRect().height).to.be.below(400);
      });
    }

    it('falls back to its technique attribute when the data is refused', async () => {
      const { el: card, errors } = await withErrors(() =>
        cardFixture(html`
          <knead-technique-card
            technique="swedish"
            .data=${{ ...HOT_STONE, goals: 'x' }}
          ></knead-technique-card>
        `),
      );
      expect(errors).to.have.length(1);
      expect(harness.cardName(card)).to.equal(builtIn('swedish').name);
    });

    it('takes a built-in technique object as it is, at once', async () => {
      const card = await fixture<Card>(
        html`<knead-technique-card .data=${builtIn('thai')}></knead-technique-card>`,
      );
      // No check to wait for: the first render shows it.
      expect(harness.cardName(card)).to.equal(builtIn('thai').name);
    });

    it('never throws, and logs at most one message a render, for any JSON value', async function () {
      this.timeout(60000);
      const card = await fixture<Card>(html`<knead-technique-card></knead-technique-card>`);
      const field = fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.string({ maxLength: 300 }),
        fc.array(fc.oneof(fc.constantFrom(...GOALS), fc.string()), { maxLength: 4 }),
      );
      const technique = fc.record(
        {
          id: fc.oneof(fc.constant('hot-stone'), field),
          name: fc.oneof(fc.constant('Hot stone'), field),
          summary: fc.oneof(fc.constant('Warm.'), field),
          pressure: fc.oneof(fc.integer({ min: 0, max: 6 }), field),
          goals: field,
          cautions: field,
          duration: field,
          description: field,
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 3 }), technique), async (data) => {
          const { errors, warnings } = await captureReports(async () => {
            card.data = data as Technique;
            await harness.settle(card);
          });
          expect(errors.length + warnings.length).to.be.at.most(1);
          expect(present(harness.part(card, 'card')), 'the card still renders').to.equal(true);
        }),
        { numRuns: 60 },
      );
    });
  });
});
