import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
// This folder's elements and the clinic, not the whole library: a test here runs whatever
// state another widget's folder is in.
import '../../src/clinic/define.js';
import '../../src/technique-list/define.js';
import { BUILT_IN_TECHNIQUE_IDS } from '../../src/technique-card/built-in-techniques.js';
import * as harness from '../harness/technique-list.js';
import { luminance } from '../helpers/colour.js';
import { listFixture, type List } from './list-fixtures.js';

/** Painted luminance of the first card's box. */
const firstCardBackground = (list: List) =>
  luminance(getComputedStyle(harness.part(list.cards[0]!, 'card')!).backgroundColor);

describe('<knead-technique-list> highlighting, layout and themes', () => {
  describe('highlighting', () => {
    it('highlights the recommended cards and keeps the catalog order', async () => {
      const list = await listFixture({ highlight: 'deep-tissue thai' });
      expect(harness.cardIds(list)).to.deep.equal([...BUILT_IN_TECHNIQUE_IDS]);
      const highlighted = list.cards.filter((card) => card.highlighted).map((c) => c.technique);
      expect(highlighted).to.have.members(['deep-tissue', 'thai']).and.have.length(2);
      const badges = list.cards.map((card) => harness.textOf(harness.part(card, 'badge')));
      expect(badges.filter((badge) => badge === 'Recommended')).to.have.length(2);
      await expect(list).to.be.accessible();
    });

    it('puts them first, in the order recommended, with highlight-first', async () => {
      const list = await listFixture({ highlight: 'thai deep-tissue', 'highlight-first': true });
      expect(harness.cardIds(list)).to.deep.equal([
        'thai',
        'deep-tissue',
        ...BUILT_IN_TECHNIQUE_IDS.filter((id) => id !== 'thai' && id !== 'deep-tissue'),
      ]);
      expect(list.cards.slice(0, 2).every((card) => card.highlighted)).to.equal(true);
      expect(list.cards.slice(2).some((card) => card.highlighted)).to.equal(false);
    });
  });

  describe('layout', () => {
    // A window narrower than every container: the columns must follow the space the list
    // gets, not the window (a media query would give one column everywhere here).
    before(() => setViewport({ width: 360, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    const cases: [width: number, columns: number][] = [
      [320, 1],
      [600, 2],
      [900, 3],
    ];
    for (const [width, columns] of cases) {
      it(`lays cards out in ${columns} column(s) in a ${width}px container`, async () => {
        const list = await harness.listIn(
          await fixture(
            html`<div style="width: ${width}px">
              <knead-technique-list></knead-technique-list>
            </div>`,
          ),
        );
        const grid = harness.part(list, 'list')!;
        const tracks = getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean);
        expect(tracks, getComputedStyle(grid).gridTemplateColumns).to.have.length(columns);
        const tops = harness
          .listItems(list)
          .map((li) => Math.round(li.getBoundingClientRect().top));
        // The first row holds `columns` cards side by side; the next card starts a new row.
        expect(new Set(tops.slice(0, columns)).size).to.equal(1);
        expect(tops[columns]).to.be.greaterThan(tops[0]!);
        expect(list.getBoundingClientRect().width).to.be.closeTo(width, 1);
      });
    }
  });

  describe('layout in a shrink-to-fit container', () => {
    it('keeps room for a readable card where the page sizes it by its content', async () => {
      // CMS layouts often size a block by its content: an inline-block, a row of flex items,
      // a float, a table cell. The list must still get room for a card there.
      const wrappers = [
        'display: inline-block',
        'display: flex',
        'float: left',
        'display: table-cell',
      ];
      const widths: Record<string, number> = {};
      for (const style of wrappers) {
        const list = await harness.listIn(
          await fixture(html`
            <div style=${style}>
              <knead-technique-list techniques="swedish thai"></knead-technique-list>
            </div>
          `),
        );
        widths[style] = Math.round(list.cards[0]!.getBoundingClientRect().width);
      }
      const squeezed = wrappers.filter((style) => widths[style]! < 200);
      expect(squeezed, `card widths: ${JSON.stringify(widths)}`).to.deep.equal([]);
    });
  });

  describe('themes', () => {
    it('stays readable with theme="dark" on a light page, as a card does', async () => {
      const list = await listFixture({ theme: 'dark', filter: true });
      expect(firstCardBackground(list)).to.be.lessThan(0.1);
      await expect(list).to.be.accessible();
    });

    it('stays readable with theme="light" on a dark page, as a card does', async () => {
      const list = await harness.listIn(
        await fixture(html`
          <div style="color-scheme: dark; background: #101816">
            <knead-technique-list theme="light" filter></knead-technique-list>
          </div>
        `),
      );
      expect(firstCardBackground(list)).to.be.greaterThan(0.8);
      await expect(list).to.be.accessible();
    });

    it('is dark with theme="dark", and accessible with filters and a highlight', async () => {
      const list = await harness.listIn(
        await fixture(html`
          <div style="background: #101816; padding: 1em">
            <knead-technique-list theme="dark" filter highlight="swedish"></knead-technique-list>
          </div>
        `),
      );
      expect(firstCardBackground(list)).to.be.lessThan(0.1);
      expect(luminance(getComputedStyle(harness.part(list, 'count')!).color)).to.be.greaterThan(
        0.3,
      );
      await harness.toggleChip(list, harness.chipNames(list)[0]!);
      await expect(list).to.be.accessible();
    });
  });
});
