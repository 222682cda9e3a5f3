import { expect, fixture, html } from '@open-wc/testing';
// This folder's elements and the clinic, not the whole library: a test here runs whatever
// state another widget's folder is in.
import '../../src/clinic/define.js';
import '../../src/technique-list/define.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import { GOAL_LABELS } from '../../src/technique-card/technique-types.js';
import {
  BUILT_IN_TECHNIQUES,
  BUILT_IN_TECHNIQUE_IDS,
} from '../../src/technique-card/built-in-techniques.js';
import * as harness from '../harness/technique-list.js';
import { HOSTILE_STRINGS, letHostileCodeRun } from '../helpers/hostile.js';
import { builtIn } from '../harness/technique-card.js';
import { withErrors } from '../helpers/console.js';
import { element, hostileTechnique } from '../technique-card/card-fixtures.js';
import { HOT_STONE_JSON, TOTAL, jsonList, listFixture, type List } from './list-fixtures.js';

describe('<knead-technique-list>', () => {
  describe('which techniques it shows', () => {
    it('shows every built-in technique, in catalog order, as a labelled list', async () => {
      const list = await listFixture({});
      expect(harness.cardIds(list)).to.deep.equal([...BUILT_IN_TECHNIQUE_IDS]);
      expect(list.cards.map(harness.cardName)).to.deep.equal(
        BUILT_IN_TECHNIQUES.map((t) => t.name),
      );
      expect(harness.listItems(list).length).to.equal(TOTAL);
      expect(harness.part(list, 'list')!.getAttribute('aria-label')).to.equal('Massage techniques');
      expect(harness.visibleCardIds(list)).to.have.length(TOTAL);
      await expect(list).to.be.accessible();
    });

    it('shows only the chosen techniques, in the order given', async () => {
      const list = await listFixture({ techniques: 'thai swedish' });
      expect(harness.cardIds(list)).to.deep.equal(['thai', 'swedish']);
      expect(list.cards.map(harness.cardName)).to.deep.equal([
        builtIn('thai').name,
        builtIn('swedish').name,
      ]);
    });

    it('names an unknown id once, with the known ids, and shows the rest', async () => {
      const { el: list, errors } = await withErrors(() =>
        listFixture({ techniques: 'thai levitation swedish' }),
      );
      expect(harness.cardIds(list)).to.deep.equal(['thai', 'swedish']);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('techniques').and.include('levitation');
      for (const id of BUILT_IN_TECHNIQUE_IDS) expect(errors[0]).to.include(id);
    });

    it('names thousands of characters of unknown ids in one short message', async () => {
      const unknown = Array.from({ length: 800 }, (_, index) => `made-up-${index}`).join(' ');
      const { el: list, errors } = await withErrors(() =>
        listFixture({ techniques: `swedish ${unknown}` }),
      );
      expect(harness.cardIds(list)).to.deep.equal(['swedish']);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('unknown ids made-up-0, made-up-1');
      expect(errors[0]!.length, 'the message length').to.be.below(900);
    });

    it('says the list could not be shown when no id is known', async () => {
      const { el: list, errors } = await withErrors(() =>
        listFixture({ techniques: 'levitation' }),
      );
      const note = harness.part(list, 'message')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(harness.listNote(list)).to.include('could not be shown');
      expect(harness.isShown(note)).to.equal(true);
      expect(list.cards.length).to.equal(0);
      expect(errors).to.have.length(1);
      await expect(list).to.be.accessible();
    });

    it('passes heading-level to every card', async () => {
      const list = await listFixture({ 'heading-level': 2 });
      const levels = list.cards.map((card) =>
        harness.part(card, 'name')!.getAttribute('aria-level'),
      );
      expect(levels).to.deep.equal(BUILT_IN_TECHNIQUE_IDS.map(() => '2'));
    });

    it('gives every card a booking button with bookable', async () => {
      const list = element('knead-technique-list', {
        bookable: true,
        techniques: 'swedish thai sports',
      }) as List;
      await fixture<KneadClinic>(
        element('knead-clinic', { 'booking-url': 'https://book.example.com/massage' }, list),
      );
      await harness.settleList(list);
      const buttons = await Promise.all(list.cards.map(harness.bookingButton));
      expect(buttons.map((button) => button?.getAttribute('label'))).to.deep.equal(
        ['swedish', 'thai', 'sports'].map((id) => `Book ${builtIn(id).name}`),
      );
      expect(buttons.map((button) => button?.bookingUrl)).to.deep.equal(
        buttons.map(() => 'https://book.example.com/massage'),
      );
    });
  });

  describe("a clinic's own list in JSON", () => {
    it('shows built-in ids and its own techniques together', async () => {
      const { el: list, errors } = await jsonList(JSON.stringify(['swedish', HOT_STONE_JSON]));
      expect(errors).to.deep.equal([]);
      expect(harness.cardIds(list)).to.deep.equal(['swedish', 'hot-stone']);
      expect(list.cards.map(harness.cardName)).to.deep.equal([
        builtIn('swedish').name,
        HOT_STONE_JSON.name,
      ]);
      expect(harness.textOf(harness.part(list.cards[1]!, 'summary'))).to.equal(
        HOT_STONE_JSON.summary,
      );
      expect(harness.textOf(harness.part(list.cards[1]!, 'goal'))).to.equal(GOAL_LABELS.relaxation);
    });

    it('also reads {"techniques": [...]}', async () => {
      const { el: list, errors } = await jsonList(
        JSON.stringify({ techniques: [HOT_STONE_JSON, 'thai'] }),
      );
      expect(errors).to.deep.equal([]);
      expect(harness.cardIds(list)).to.deep.equal(['hot-stone', 'thai']);
    });

    it('skips a bad entry, naming it, and shows the good ones', async () => {
      const { el: list, errors } = await jsonList(
        JSON.stringify(['swedish', { ...HOT_STONE_JSON, pressure: 9 }, 'thai']),
      );
      expect(harness.cardIds(list)).to.deep.equal(['swedish', 'thai']);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('[1].pressure').and.include('9');
    });

    it('logs one error and says so when the JSON cannot be read', async () => {
      const { el: list, errors } = await jsonList('[ "swedish", ');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('knead-technique-list').and.include('JSON');
      expect(harness.listNote(list)).to.include('could not be shown');
      expect(list.cards.length).to.equal(0);
      await expect(list).to.be.accessible();
    });

    it('takes the list as a .data property', async () => {
      const list = await listFixture(
        html`<knead-technique-list
          .data=${[HOT_STONE_JSON, 'deep-tissue']}
        ></knead-technique-list>`,
      );
      expect(harness.cardIds(list)).to.deep.equal(['hot-stone', 'deep-tissue']);
      expect(harness.cardName(list.cards[0]!)).to.equal(HOT_STONE_JSON.name);
    });

    it('prefers the .data property to the JSON child, and the JSON child to the catalog', async () => {
      const { el: list } = await jsonList(JSON.stringify(['thai', HOT_STONE_JSON]));
      expect(harness.cardIds(list)).to.deep.equal(['thai', 'hot-stone']);
      list.data = ['swedish'];
      await harness.settleList(list);
      expect(harness.cardIds(list), 'the property wins').to.deep.equal(['swedish']);
      list.data = undefined;
      await harness.settleList(list);
      expect(harness.cardIds(list), 'then the JSON child').to.deep.equal(['thai', 'hot-stone']);
    });

    it('lets techniques="..." choose from its own list', async () => {
      const { el: list } = await jsonList(JSON.stringify(['swedish', HOT_STONE_JSON, 'thai']), {
        techniques: 'hot-stone thai',
      });
      expect(harness.cardIds(list)).to.deep.equal(['hot-stone', 'thai']);
    });

    for (const hostile of HOSTILE_STRINGS) {
      it(`shows ${hostile} in a JSON technique as text`, async () => {
        const entry = hostileTechnique(hostile);
        const { el: list, errors } = await jsonList(JSON.stringify([entry]), { filter: true });
        try {
          expect(errors).to.deep.equal([]);
          const card = list.cards[0]!;
          harness.part(card, 'details-toggle')!.click();
          await letHostileCodeRun();
          expect(list.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
          expect(card.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
          expect(harness.part(card, 'name')!.textContent).to.include(hostile);
          expect(harness.part(card, 'summary')!.textContent).to.include(hostile);
          expect(harness.part(card, 'facts')!.textContent).to.include(hostile);
          const details = harness.part(card, 'details')!;
          const paragraphs = [...details.querySelectorAll('p')].map((p) => p.textContent);
          expect(paragraphs.filter((text) => text === hostile)).to.have.length(2);
          expect(harness.textOf(details.querySelector('li'))).to.equal(hostile);
          expect(window.__pwned).to.equal(undefined);
        } finally {
          delete window.__pwned;
        }
      });
    }
  });
});
