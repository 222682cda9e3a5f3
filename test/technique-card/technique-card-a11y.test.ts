import { expect, fixture, html } from '@open-wc/testing';
// This folder's elements and the clinic, not the whole library: a test here runs whatever
// state another widget's folder is in.
import '../../src/clinic/define.js';
import '../../src/technique-card/define.js';
import { BUILT_IN_TECHNIQUE_IDS } from '../../src/technique-card/built-in-techniques.js';
import * as harness from '../harness/technique-card.js';
import { HOSTILE_STRINGS, letHostileCodeRun } from '../helpers/hostile.js';
import { builtIn } from '../harness/technique-card.js';
import { luminance } from '../helpers/colour.js';
import { cardFixture, cardWithErrors, hostileTechnique, type Card } from './card-fixtures.js';

/**
 * The text an element's accessible name is built from (accname 2F), with the CSS generated
 * text of its ::before and ::after included, as browsers include it: a `content` with
 * alternative text (`'+' / ''`) gives its alternative, an image or a string its text.
 */
function nameWithGeneratedText(element: Element): string {
  const generated = (pseudo: '::before' | '::after') => {
    const content = getComputedStyle(element, pseudo).content;
    if (content === 'none' || content === 'normal') return '';
    const strings = [...content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]);
    // With alternative text, the strings after the slash are the name.
    return content.includes('/') ? (strings.at(-1) ?? '') : strings.join('');
  };
  return `${generated('::before')}${element.textContent}${generated('::after')}`
    .replace(/\s+/g, ' ')
    .trim();
}

/** Painted luminance of the card's box and of its name. */
const colours = (card: Card) => ({
  background: luminance(getComputedStyle(harness.part(card, 'card')!).backgroundColor),
  text: luminance(getComputedStyle(harness.cardHeading(card)!).color),
});

/** No element a hostile string could have made, and nothing it ran. */
function expectNothingInjected(card: Card): void {
  expect(card.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
  expect(window.__pwned).to.equal(undefined);
}

describe('<knead-technique-card> safety and accessibility', () => {
  describe('hostile text', () => {
    afterEach(() => delete window.__pwned);

    for (const hostile of HOSTILE_STRINGS) {
      it(`shows ${hostile} in attributes as text`, async () => {
        const { el: card } = await cardWithErrors({
          technique: 'swedish',
          name: hostile,
          summary: hostile,
          price: hostile,
        });
        await letHostileCodeRun();
        expectNothingInjected(card);
        expect(harness.cardHeading(card)!.textContent).to.include(hostile);
        expect(harness.part(card, 'summary')!.textContent).to.include(hostile);
        expect(harness.fact(card, 'Price')!.textContent).to.include(hostile);
        expect(harness.detailsToggle(card)!.textContent).to.include(hostile);
      });

      it(`shows ${hostile} in every field of .data as text`, async () => {
        const card = await cardFixture(
          html`<knead-technique-card .data=${hostileTechnique(hostile)}></knead-technique-card>`,
        );
        await harness.toggleDetails(card);
        await letHostileCodeRun();
        expectNothingInjected(card);
        expect(harness.cardHeading(card)!.textContent).to.include(hostile);
        expect(harness.part(card, 'summary')!.textContent).to.include(hostile);
        expect(harness.pressureWords(card)).to.equal(hostile);
        expect(harness.fact(card, 'Price')!.textContent).to.include(hostile);
        const paragraphs = [...harness.details(card)!.querySelectorAll('p')].map(
          (p) => p.textContent,
        );
        expect(paragraphs.filter((text) => text === hostile)).to.have.length(2);
        expect(harness.cautions(card)).to.deep.equal([hostile, hostile]);
      });

      it(`shows an unknown technique id ${hostile} as text`, async () => {
        const { el: card } = await cardWithErrors({ technique: hostile });
        await letHostileCodeRun();
        expectNothingInjected(card);
        expect(harness.part(card, 'message')!.textContent).to.include(hostile);
      });
    }
  });

  describe('accessibility and themes', () => {
    it('is accessible by default and with its details open', async () => {
      const card = await cardFixture({ technique: 'trigger-point' });
      await expect(card).to.be.accessible();
      await harness.toggleDetails(card);
      await expect(card).to.be.accessible();
    });

    it('names its disclosure "More about <name>", the +/− marker left out, closed and open', async () => {
      const card = await cardFixture({ technique: 'trigger-point' });
      const expected = `More about ${builtIn('trigger-point').name}`;
      expect(nameWithGeneratedText(harness.detailsToggle(card)!)).to.equal(expected);
      await harness.toggleDetails(card);
      expect(nameWithGeneratedText(harness.detailsToggle(card)!)).to.equal(expected);
      // The marker is still drawn.
      expect(getComputedStyle(harness.detailsToggle(card)!, '::before').content).to.include('−');
    });

    it('is accessible for every built-in technique', async function () {
      this.timeout(30000);
      for (const id of BUILT_IN_TECHNIQUE_IDS) {
        const card = await cardFixture({ technique: id, highlighted: true });
        await harness.toggleDetails(card);
        await expect(card, id).to.be.accessible();
      }
    });

    it('turns dark with theme="dark", and stays accessible, highlighted too', async () => {
      const light = colours(await cardFixture({ technique: 'swedish' }));
      const card = await cardFixture({ technique: 'swedish', theme: 'dark' });
      const { background, text } = colours(card);
      expect(background).to.be.lessThan(0.1);
      expect(background).to.be.lessThan(light.background);
      expect(text).to.be.greaterThan(0.5);
      await expect(card).to.be.accessible();
      await harness.toggleDetails(card);
      await expect(card).to.be.accessible();
      card.highlighted = true;
      await card.updateComplete;
      await expect(card).to.be.accessible();
    });

    it('stays light with theme="light" on a dark page', async () => {
      const page = await fixture(html`
        <div style="color-scheme: dark; background: #101816; padding: 1em">
          <knead-technique-card
            technique="swedish"
            theme="light"
            highlighted
          ></knead-technique-card>
        </div>
      `);
      const card = page.querySelector('knead-technique-card')!;
      await harness.settle(card);
      const { background, text } = colours(card);
      expect(background).to.be.greaterThan(0.8);
      expect(text).to.be.lessThan(0.1);
      await expect(card).to.be.accessible();
    });
  });
});
