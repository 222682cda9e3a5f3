import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import type { KneadTechniqueList } from '../../src/technique-list/technique-list.js';
import type { KneadSymptomCheck } from '../../src/symptom-check/symptom-check.js';
import type { KneadExerciseTimer } from '../../src/exercise-timer/exercise-timer.js';
import { fakeAdapters } from '../exercise-timer/fake-adapters.js';
import { part } from '../harness/dom.js';
import { settle } from '../harness/technique-card.js';
import { withErrors } from '../helpers/console.js';
import { HOSTILE_PAGE_CSS, addPageStyle, shadowElements, textSetting } from '../helpers/layout.js';

/**
 * A page's stylesheet reaches a widget's host element (`* { line-height: 1 }` matches it
 * like any other element), and through it everything inside that inherits. Each widget sets
 * its own text inside its shadow root, so such rules leave it as designed, while the page's
 * font family and size still carry in, and the `--knead-*` tokens still work.
 */

/** A widget on the page, rendered and settled, at a screen worth checking. */
interface Case {
  readonly name: string;
  readonly render: (wrapper?: TemplateResult) => Promise<Element>;
}

const settled = async <T extends Element>(element: T): Promise<T> => {
  await settle(
    element,
    ...shadowElements(element).filter((child) => child.localName.startsWith('knead-')),
  );
  return element;
};

/** The widget inside a clinic that books online, so booking buttons are real links. */
const inClinic = async (widget: TemplateResult, selector: string) => {
  const clinic = await fixture(
    html`<knead-clinic booking-url="https://example.com/book" emergency-number="911"
      >${widget}</knead-clinic
    >`,
  );
  return settled(clinic.querySelector(selector)!);
};

const CASES: readonly Case[] = [
  {
    name: 'technique card, details open',
    render: async () => {
      const card = await inClinic(
        html`<knead-technique-card
          technique="deep-tissue"
          bookable
          highlighted
        ></knead-technique-card>`,
        'knead-technique-card',
      );
      part<HTMLDetailsElement>(card, 'details')!.open = true;
      return card;
    },
  },
  {
    name: 'technique list with filters',
    render: () =>
      fixture<KneadTechniqueList>(
        html`<knead-technique-list filter techniques="swedish deep-tissue"></knead-technique-list>`,
      ).then(settled),
  },
  {
    name: 'symptom check, a question',
    render: async () => {
      const check = await inClinic(
        html`<knead-symptom-check></knead-symptom-check>`,
        'knead-symptom-check',
      );
      [...check.shadowRoot!.querySelectorAll('button')]
        .find((button) => button.textContent?.includes('Start'))!
        .click();
      return settled(check as KneadSymptomCheck);
    },
  },
  {
    name: 'exercise timer',
    render: () =>
      fixture<KneadExerciseTimer>(
        html`<knead-exercise-timer .adapters=${fakeAdapters()}></knead-exercise-timer>`,
      ).then(settled),
  },
  {
    name: 'booking button',
    render: () =>
      fixture(
        html`<knead-booking-button href="https://example.com/book"></knead-booking-button>`,
      ).then(settled),
  },
  {
    name: 'booking button with its message',
    render: async () =>
      (
        await withErrors(() =>
          fixture(html`<knead-booking-button></knead-booking-button>`).then(settled),
        )
      ).el,
  },
];

describe('page styles and the widgets', () => {
  let removeStyles: (() => void)[] = [];
  const pageStyle = (text: string) => removeStyles.push(addPageStyle(text));
  afterEach(() => {
    for (const remove of removeStyles) remove();
    removeStyles = [];
  });

  for (const { name, render } of CASES) {
    describe(name, () => {
      it('keeps its own text setting under a page rule for every element', async () => {
        const widget = await render();
        const designed = textSetting(widget);
        expect(designed.length).to.be.greaterThan(0);
        pageStyle(HOSTILE_PAGE_CSS);
        expect(textSetting(widget)).to.deep.equal(designed);
      });

      it("follows the page's font family and size, even when a page rule sets them", async () => {
        pageStyle(`${HOSTILE_PAGE_CSS} * { font-family: Georgia, serif; font-size: 20px; }`);
        const widget = await render();
        const fonts = textSetting(widget, ['font-family']);
        expect(fonts.filter((font) => !font.includes('Georgia'))).to.deep.equal([]);
        const sizes = textSetting(widget, ['font-size']);
        expect(sizes.some((size) => size.endsWith('font-size: 20px'))).to.equal(true);
      });

      it('takes --knead-font-family and --knead-line-height over any page rule', async () => {
        pageStyle(`${HOSTILE_PAGE_CSS} * { font-family: monospace; }
          body { --knead-font-family: Georgia, serif; --knead-line-height: 2; }`);
        const widget = await render();
        const fonts = textSetting(widget, ['font-family']);
        expect(fonts.filter((font) => !font.includes('Georgia'))).to.deep.equal([]);
        // Text without a line height of its own (headings have theirs) is set at 2.
        const doubled = shadowElements(widget).filter((element) => {
          const style = getComputedStyle(element);
          return parseFloat(style.lineHeight) === 2 * parseFloat(style.fontSize);
        });
        expect(doubled.length).to.be.greaterThan(0);
      });
    });
  }

  it("does not show what a widget hides when a page styles its parts' display", async () => {
    pageStyle('knead-exercise-timer::part(button) { display: inline-block; }');
    const timer = await fixture<KneadExerciseTimer>(
      html`<knead-exercise-timer .adapters=${fakeAdapters()}></knead-exercise-timer>`,
    );
    await settled(timer);
    const buttons = [...timer.shadowRoot!.querySelectorAll('button')];
    const hidden = buttons.filter((button) => button.hidden);
    expect(hidden.length).to.be.greaterThan(0);
    expect(
      hidden.filter((button) => button.checkVisibility()).map((b) => b.textContent?.trim()),
    ).to.deep.equal([]);
  });

  it('keeps a card the same height under a page rule', async () => {
    const card = (await CASES[0]!.render()) as KneadTechniqueCard;
    const designed = card.getBoundingClientRect().height;
    pageStyle(HOSTILE_PAGE_CSS);
    expect(card.getBoundingClientRect().height).to.equal(designed);
  });
});
