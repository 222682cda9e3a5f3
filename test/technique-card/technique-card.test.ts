import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import { TechniqueSelectEvent } from '../../src/shared/events.js';
import {
  GOALS,
  GOAL_LABELS,
  PRESSURE_LABELS,
  PRESSURE_LEVELS,
  formatSessionLength,
  pressureText,
  type Technique,
} from '../../src/technique-card/technique-types.js';
import { BUILT_IN_TECHNIQUE_IDS } from '../../src/technique-card/built-in-techniques.js';
import {
  HOSTILE_STRINGS,
  builtIn,
  isShown,
  letHostileCodeRun,
  luminance,
  part,
  parts,
  present,
  settle,
  textOf,
  withErrors,
} from './helpers.js';
import { captureReports } from '../helpers/console.js';

type Card = KneadTechniqueCard;

/** The card's name, as the heading a screen reader lists. */
const heading = (card: Card) => card.shadowRoot!.querySelector('[role="heading"][part~="name"]');

/** The value next to a fact's label ("Pressure", "Session", "Price"). */
function fact(card: Card, label: string): HTMLElement | null {
  const term = [...card.shadowRoot!.querySelectorAll('dt')].find((dt) => textOf(dt) === label);
  return (term?.nextElementSibling as HTMLElement | null) ?? null;
}

/** The pressure in words, as printed beside the meter. */
const pressureWords = (card: Card) =>
  textOf(fact(card, 'Pressure')?.querySelector(':scope > span:not([part])'));

const meter = (card: Card) => fact(card, 'Pressure')?.querySelector('meter') ?? null;

/** How many of the meter's pips are filled in, by their painted background. */
function filledPips(card: Card): { filled: number; total: number } {
  const pips = [...part(card, 'meter')!.children];
  const filled = pips.filter(
    (pip) => !['transparent', 'rgba(0, 0, 0, 0)'].includes(getComputedStyle(pip).backgroundColor),
  );
  return { filled: filled.length, total: pips.length };
}

/** How the card's box is framed: border, ring and outline, as painted. */
function frame(card: Card): string {
  const style = getComputedStyle(part(card, 'card')!);
  return [style.borderTopColor, style.borderTopWidth, style.boxShadow, style.outlineStyle].join();
}

const goalTags = (card: Card) => parts(card, 'goal').map(textOf);
const details = (card: Card) => part<HTMLDetailsElement>(card, 'details');
const detailsToggle = (card: Card) => part(card, 'details-toggle');

/** A sub-heading inside the details, and the text that follows it. */
function section(card: Card, title: string): { heading: Element; level: string | null } | null {
  const found = [...details(card)!.querySelectorAll('[role="heading"]')].find(
    (element) => textOf(element) === title,
  );
  return found ? { heading: found, level: found.getAttribute('aria-level') } : null;
}

/** Opens or closes the details the way a visitor does: by clicking its summary line. */
async function toggleDetails(card: Card): Promise<void> {
  const disclosure = details(card)!;
  const toggled = oneEvent(disclosure, 'toggle');
  detailsToggle(card)!.click();
  await toggled;
  await card.updateComplete;
}

async function cardFixture(template: ReturnType<typeof html>): Promise<Card> {
  const card = await fixture<Card>(template);
  await settle(card);
  return card;
}

/** A card, with every console error it logged while rendering. */
async function cardWithErrors(template: ReturnType<typeof html>) {
  return withErrors(async () => {
    const card = await fixture<Card>(template);
    await settle(card, card.bookingButton);
    return card;
  });
}

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

describe('<knead-technique-card>', () => {
  describe('a built-in technique', () => {
    const swedish = builtIn('swedish');

    it('shows its name as a level-3 heading and its summary', async () => {
      const card = await cardFixture(
        html`<knead-technique-card technique="swedish"></knead-technique-card>`,
      );
      const name = heading(card)!;
      expect(textOf(name)).to.equal(swedish.name);
      expect(name.getAttribute('aria-level')).to.equal('3');
      expect(textOf(part(card, 'summary'))).to.equal(swedish.summary);
      // The card is a landmark-free article named by its heading.
      const article = part(card, 'card')!;
      const labelledBy = card.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!);
      expect(labelledBy === name, 'the card is named by its heading').to.equal(true);
    });

    it('takes its heading level from heading-level, with sub-headings one below', async () => {
      const card = await cardFixture(
        html`<knead-technique-card technique="swedish" heading-level="2"></knead-technique-card>`,
      );
      expect(heading(card)!.getAttribute('aria-level')).to.equal('2');
      expect(section(card, 'What it feels like')!.level).to.equal('3');
      expect(section(card, 'Cautions')!.level).to.equal('3');
    });

    it('falls back to level 3 for an invalid heading-level, with one console error', async () => {
      const { el: card, errors } = await cardWithErrors(
        html`<knead-technique-card technique="swedish" heading-level="9"></knead-technique-card>`,
      );
      expect(heading(card)!.getAttribute('aria-level')).to.equal('3');
      expect(section(card, 'Cautions')!.level).to.equal('4');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('heading-level').and.include('9');
    });

    it('names a heading-level that is not a number as the page wrote it', async () => {
      const { el: card, errors } = await cardWithErrors(
        html`<knead-technique-card technique="swedish" heading-level="two"></knead-technique-card>`,
      );
      expect(heading(card)!.getAttribute('aria-level')).to.equal('3');
      expect(errors).to.have.length(1);
      // The clinic searches its page for what it typed, not for the number it became.
      expect(errors[0]).to.include('heading-level').and.include('"two"');
    });

    it('says how firm it is in words, on a native meter and with five pips', async () => {
      for (const id of BUILT_IN_TECHNIQUE_IDS) {
        const technique = builtIn(id);
        const card = await cardFixture(
          html`<knead-technique-card technique=${id}></knead-technique-card>`,
        );
        expect(pressureWords(card), id).to.equal(pressureText(technique));
        const gauge = meter(card)!;
        expect(gauge.value, id).to.equal(technique.pressure);
        expect(gauge.min).to.equal(1);
        expect(gauge.max).to.equal(PRESSURE_LEVELS.length);
        expect(gauge.getAttribute('aria-label')).to.equal('Pressure');
        expect(filledPips(card), id).to.deep.equal({
          filled: technique.pressure,
          total: PRESSURE_LEVELS.length,
        });
      }
    });

    it('shows the session length and what it is good for', async () => {
      const card = await cardFixture(
        html`<knead-technique-card technique="swedish"></knead-technique-card>`,
      );
      expect(textOf(fact(card, 'Session'))).to.equal(formatSessionLength(swedish.duration!));
      expect(goalTags(card)).to.deep.equal(swedish.goals.map((goal) => GOAL_LABELS[goal]));
      const list = part(card, 'goals')!;
      const label = card.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!);
      expect(textOf(label)).to.equal('Good for');
      expect(present(fact(card, 'Price')), 'a price').to.equal(false);
    });

    it('keeps the description, what it feels like and cautions in closed details', async () => {
      const card = await cardFixture(
        html`<knead-technique-card technique="swedish"></knead-technique-card>`,
      );
      const disclosure = details(card)!;
      expect(disclosure.open).to.equal(false);
      expect(textOf(detailsToggle(card))).to.include(swedish.name);
      const paragraphs = [...disclosure.querySelectorAll('p')];
      const description = paragraphs.find((p) => textOf(p) === swedish.description)!;
      const feelsLike = paragraphs.find((p) => textOf(p) === swedish.feelsLike)!;
      expect(present(description), 'the built-in description').to.equal(true);
      expect(present(feelsLike), 'what it feels like').to.equal(true);
      expect(present(section(card, 'What it feels like')), 'its heading').to.equal(true);
      expect(present(section(card, 'Cautions')), 'a Cautions heading').to.equal(true);
      const cautions = [...disclosure.querySelectorAll('li')];
      expect(cautions.map(textOf)).to.deep.equal([...swedish.cautions]);
      expect(isShown(description)).to.equal(false);
      expect(isShown(cautions[0]!)).to.equal(false);

      await toggleDetails(card);
      expect(disclosure.open).to.equal(true);
      expect(isShown(description)).to.equal(true);
      expect(isShown(feelsLike)).to.equal(true);
      expect(isShown(cautions[0]!)).to.equal(true);
    });

    it('announces a visitor opening its details, on the document', async () => {
      const card = await cardFixture(
        html`<knead-technique-card technique="deep-tissue"></knead-technique-card>`,
      );
      // What the page sees, noted while the event is being dispatched.
      const seen: { event: TechniqueSelectEvent; target: EventTarget | null }[] = [];
      const record = (event: TechniqueSelectEvent) => seen.push({ event, target: event.target });
      document.addEventListener('knead-technique-select', record);
      try {
        await toggleDetails(card);
        await nextFrame();
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

        await toggleDetails(card);
        await nextFrame();
        expect(details(card)!.open).to.equal(false);
        expect(seen.length, 'closing fires nothing').to.equal(1);
      } finally {
        document.removeEventListener('knead-technique-select', record);
      }
    });
  });

  describe('attribute overrides', () => {
    const swedish = builtIn('swedish');

    it('shows its own name, summary and price', async () => {
      const card = await cardFixture(html`
        <knead-technique-card
          technique="swedish"
          name="Relaxation massage"
          summary="Our calmest treatment."
          price="$95"
        ></knead-technique-card>
      `);
      expect(textOf(heading(card))).to.equal('Relaxation massage');
      expect(textOf(part(card, 'summary'))).to.equal('Our calmest treatment.');
      expect(textOf(fact(card, 'Price'))).to.equal('$95');
      expect(textOf(detailsToggle(card))).to.include('Relaxation massage');
      // What was not overridden still comes from the catalog.
      expect(pressureWords(card)).to.equal(pressureText(swedish));
      expect(details(card)!.textContent).to.include(swedish.description);
    });

    it("names the event's technique by the name the card shows", async () => {
      const card = await cardFixture(
        html`<knead-technique-card technique="swedish" name="Relaxation massage">
        </knead-technique-card>`,
      );
      const selected = oneEvent(document, 'knead-technique-select');
      detailsToggle(card)!.click();
      const event = (await selected) as TechniqueSelectEvent;
      expect(event.detail).to.deep.equal({ id: 'swedish', name: 'Relaxation massage' });
    });

    it("gives a new pressure level that level's own word, not the catalog's label", async () => {
      const level = PRESSURE_LEVELS.find((candidate) => candidate !== swedish.pressure)!;
      const card = await cardFixture(
        html`<knead-technique-card technique="swedish" pressure=${level}></knead-technique-card>`,
      );
      expect(pressureWords(card)).to.equal(PRESSURE_LABELS[level]);
      expect(pressureWords(card)).not.to.equal(swedish.pressureLabel);
      expect(meter(card)!.value).to.equal(level);
      expect(filledPips(card).filled).to.equal(level);
    });

    it('shows a session range in minutes', async () => {
      const card = await cardFixture(
        html`<knead-technique-card technique="swedish" duration="45-90"></knead-technique-card>`,
      );
      expect(textOf(fact(card, 'Session'))).to.equal('45–90 min');
    });

    it('shows its own goals, in the vocabulary order', async () => {
      const card = await cardFixture(
        html`<knead-technique-card
          technique="swedish"
          goals="mobility knots"
        ></knead-technique-card>`,
      );
      expect(goalTags(card)).to.deep.equal([GOAL_LABELS.knots, GOAL_LABELS.mobility]);
    });

    for (const value of ['7', 'abc']) {
      it(`ignores pressure="${value}" with one console error`, async () => {
        const { el: card, errors } = await cardWithErrors(
          html`<knead-technique-card technique="swedish" pressure=${value}></knead-technique-card>`,
        );
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include('pressure').and.include(value);
        expect(pressureWords(card)).to.equal(pressureText(swedish));
        expect(meter(card)!.value).to.equal(swedish.pressure);
      });
    }

    it('ignores an invalid duration with one console error', async () => {
      const { el: card, errors } = await cardWithErrors(
        html`<knead-technique-card technique="swedish" duration="forever"></knead-technique-card>`,
      );
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('duration').and.include('forever');
      expect(textOf(fact(card, 'Session'))).to.equal(formatSessionLength(swedish.duration!));
    });

    it('drops an unknown goal with one console error and keeps the known ones', async () => {
      const { el: card, errors } = await cardWithErrors(
        html`<knead-technique-card technique="swedish" goals="knots levitation">
        </knead-technique-card>`,
      );
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('goals').and.include('levitation');
      expect(goalTags(card)).to.deep.equal([GOAL_LABELS.knots]);
    });

    it('keeps the catalog goals when no goal given is known, with one console error', async () => {
      const { el: card, errors } = await cardWithErrors(
        html`<knead-technique-card technique="swedish" goals="levitation"></knead-technique-card>`,
      );
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('goals').and.include('levitation');
      expect(goalTags(card)).to.deep.equal(swedish.goals.map((goal) => GOAL_LABELS[goal]));
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
      expect(textOf(part(card, 'summary'))).to.equal('Changed');
      expect(errors).to.have.length(1);
    });
  });

  describe('limits', () => {
    const swedish = builtIn('swedish');
    /** The longest each text attribute may be: the limit of the JSON field it stands for. */
    const LIMITS = { name: 80, summary: 240, price: 40 } as const;
    const shown = {
      name: (card: Card) => textOf(heading(card)),
      summary: (card: Card) => textOf(part(card, 'summary')),
      price: (card: Card) => textOf(fact(card, 'Price')),
    };
    const catalog = { name: swedish.name, summary: swedish.summary, price: swedish.price ?? '' };

    for (const [attribute, limit] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
      it(`takes a ${attribute} of ${limit} characters, as the JSON field does`, async () => {
        const text = 'x'.repeat(limit);
        const { el: card, errors } = await cardWithErrors(
          html`<knead-technique-card technique="swedish"></knead-technique-card>`,
        );
        card.setAttribute(attribute, text);
        await card.updateComplete;
        expect(errors).to.deep.equal([]);
        expect(shown[attribute](card)).to.equal(text);
      });

      it(`ignores a ${attribute} over ${limit} characters, with one console error`, async () => {
        const text = 'x'.repeat(limit + 1);
        const { el: card, errors } = await withErrors(async () => {
          const el = await cardFixture(
            html`<knead-technique-card technique="swedish"></knead-technique-card>`,
          );
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
        const { el: card, errors } = await cardWithErrors(
          html`<knead-technique-card technique="swedish" name=${HUGE}></knead-technique-card>`,
        );
        expectBounded(card, errors, 'name', 80);
        expect(textOf(heading(card))).to.equal(swedish.name);
      });

      it('refuses a card whose only name has 5,000 characters, with a note', async () => {
        const { el: card, errors } = await cardWithErrors(
          html`<knead-technique-card name=${HUGE} summary="Warm stones"></knead-technique-card>`,
        );
        expectBounded(card, errors, 'name', 80);
        const note = part(card, 'message')!;
        expect(isShown(note)).to.equal(true);
        expect(textOf(note)).to.equal('This technique could not be shown.');
        await expect(card).to.be.accessible();
      });

      it('refuses a 5,000-character technique id', async () => {
        const { el: card, errors } = await cardWithErrors(
          html`<knead-technique-card technique=${HUGE}></knead-technique-card>`,
        );
        expectBounded(card, errors, 'technique', 64);
        expect(isShown(part(card, 'message')!)).to.equal(true);
      });

      it('names 5,000 characters of unknown goals briefly', async () => {
        const words = Array.from({ length: 800 }, (_, index) => `goal${index}`).join(' ');
        const { el: card, errors } = await cardWithErrors(
          html`<knead-technique-card technique="swedish" goals=${words}></knead-technique-card>`,
        );
        expect(errors).to.have.length(1);
        expect(errors[0])
          .to.include('goals="goal0 goal1')
          .and.include('unknown goals goal0, goal1');
        expect(errors[0]!.length, 'the message length').to.be.below(600);
        expect(goalTags(card)).to.deep.equal(swedish.goals.map((goal) => GOAL_LABELS[goal]));
      });
    });
  });

  describe('a technique given as data', () => {
    const hotStone: Technique = {
      id: 'hot-stone',
      name: 'Hot stone massage',
      summary: 'Warm stones and slow strokes.',
      description: 'Smooth, heated stones are placed on the back and used to massage.',
      pressure: 2,
      goals: ['relaxation', 'stress'],
      feelsLike: 'Warm and heavy.',
      cautions: ['Tell your therapist if a stone feels too hot.'],
      duration: { min: 60, max: 60 },
      price: '$110',
    };

    it('renders every field of the technique', async () => {
      const card = await cardFixture(
        html`<knead-technique-card .data=${hotStone}></knead-technique-card>`,
      );
      expect(textOf(heading(card))).to.equal(hotStone.name);
      expect(textOf(part(card, 'summary'))).to.equal(hotStone.summary);
      expect(pressureWords(card)).to.equal(PRESSURE_LABELS[hotStone.pressure]);
      expect(meter(card)!.value).to.equal(hotStone.pressure);
      expect(textOf(fact(card, 'Session'))).to.equal(formatSessionLength(hotStone.duration!));
      expect(textOf(fact(card, 'Price'))).to.equal(hotStone.price);
      expect(goalTags(card)).to.deep.equal(hotStone.goals.map((goal) => GOAL_LABELS[goal]));
      const disclosure = details(card)!;
      expect(disclosure.textContent).to.include(hotStone.description);
      expect(disclosure.textContent).to.include(hotStone.feelsLike);
      expect(disclosure.textContent).to.include(hotStone.cautions[0]);
    });

    it('still lets attributes override it', async () => {
      const card = await cardFixture(html`
        <knead-technique-card
          .data=${hotStone}
          name="Warm stone massage"
          pressure="3"
          price="$99"
        ></knead-technique-card>
      `);
      expect(textOf(heading(card))).to.equal('Warm stone massage');
      expect(pressureWords(card)).to.equal(PRESSURE_LABELS[3]);
      expect(textOf(fact(card, 'Price'))).to.equal('$99');
      expect(textOf(part(card, 'summary'))).to.equal(hotStone.summary);
    });

    describe('checked before use', () => {
      const bad: [string, unknown, string][] = [
        ['goals as a string', { ...hotStone, goals: 'relaxation' }, 'data.goals'],
        ['cautions not an array', { ...hotStone, cautions: 'Hot stones.' }, 'data.cautions'],
        ['a number for a name', { ...hotStone, name: 42 }, 'data.name'],
        ['null fields', { ...hotStone, goals: null, cautions: null, name: null }, 'data.'],
        ['a 5,000-character name', { ...hotStone, name: 'N'.repeat(5000) }, 'data.name'],
        ['a string', 'hot-stone', 'data'],
      ];
      for (const [what, data, path] of bad) {
        it(`shows a clear note and names ${path} once for ${what}`, async () => {
          let card!: Card;
          const reports = await captureReports(async () => {
            card = await fixture<Card>(
              html`<knead-technique-card .data=${data}></knead-technique-card>`,
            );
            await settle(card);
            card.highlighted = true;
            await settle(card);
          });
          expect(reports.warnings).to.deep.equal([]);
          expect(reports.errors).to.have.length(1);
          expect(reports.errors[0]).to.match(/^knead-widgets: <knead-technique-card> data/);
          expect(reports.errors[0]).to.include(path);
          expect(textOf(part(card, 'message'))).to.equal('This technique could not be shown.');
          expect(part(card, 'message')!.getAttribute('role')).to.equal('note');
          expect(card.getBoundingClientRect().height).to.be.below(400);
        });
      }

      it('falls back to its technique attribute when the data is refused', async () => {
        const { el: card, errors } = await withErrors(async () => {
          const el = await fixture<Card>(html`
            <knead-technique-card
              technique="swedish"
              .data=${{ ...hotStone, goals: 'x' }}
            ></knead-technique-card>
          `);
          await settle(el);
          return el;
        });
        expect(errors).to.have.length(1);
        expect(textOf(heading(card))).to.equal(builtIn('swedish').name);
      });

      it('takes a built-in technique object as it is, at once', async () => {
        const card = await fixture<Card>(
          html`<knead-technique-card .data=${builtIn('thai')}></knead-technique-card>`,
        );
        // No check to wait for: the first render shows it.
        expect(textOf(heading(card))).to.equal(builtIn('thai').name);
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
              await settle(card);
            });
            expect(errors.length + warnings.length).to.be.at.most(1);
            expect(present(part(card, 'card')), 'the card still renders').to.equal(true);
          }),
          { numRuns: 60 },
        );
      });
    });

    it('is named in the select event by its own id', async () => {
      const card = await cardFixture(
        html`<knead-technique-card .data=${hotStone}></knead-technique-card>`,
      );
      const selected = oneEvent(document, 'knead-technique-select');
      detailsToggle(card)!.click();
      const event = (await selected) as TechniqueSelectEvent;
      expect(event.detail).to.deep.equal({ id: hotStone.id, name: hotStone.name });
    });
  });

  describe('slots', () => {
    const swedish = builtIn('swedish');
    const IMAGE =
      'data:image/svg+xml,' +
      encodeURIComponent(
        '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90"><rect width="160" height="90" fill="teal"/></svg>',
      );

    it('shows a photo in the media slot, across the card', async () => {
      const card = await cardFixture(html`
        <knead-technique-card technique="swedish">
          <img slot="media" src=${IMAGE} alt="A therapist massaging a client's shoulders" />
        </knead-technique-card>
      `);
      const image = card.querySelector('img')!;
      expect(image.assignedSlot?.getAttribute('name')).to.equal('media');
      expect(isShown(image)).to.equal(true);
      const box = image.getBoundingClientRect();
      expect(box.width).to.be.closeTo(part(card, 'card')!.clientWidth, 1);
      expect(box.height).to.be.greaterThan(0);
      // The photo comes before the name.
      expect(box.bottom).to.be.at.most(heading(card)!.getBoundingClientRect().top + 1);
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
      expect(isShown(note)).to.equal(true);
      expect(note.getBoundingClientRect().top).to.be.greaterThan(
        part(card, 'summary')!.getBoundingClientRect().top,
      );
      const link = card.querySelector('a')!;
      expect(isShown(link)).to.equal(true);
      expect(part(card, 'actions')!.contains(link.assignedSlot)).to.equal(true);
      expect(present(card.bookingButton), 'a booking button').to.equal(false);
    });

    it('replaces the description inside the details with slotted text', async () => {
      const card = await cardFixture(html`
        <knead-technique-card technique="swedish">
          <p slot="description">In our clinic, every session starts with a short chat.</p>
        </knead-technique-card>
      `);
      await toggleDetails(card);
      const own = card.querySelector('[slot="description"]')!;
      expect(details(card)!.contains(own.assignedSlot)).to.equal(true);
      expect(isShown(own)).to.equal(true);
      const builtInText = [...card.shadowRoot!.querySelectorAll('p')].filter(
        (p) => textOf(p) === swedish.description,
      );
      expect(builtInText.filter(isShown).length, 'built-in description shown').to.equal(0);
      // The rest of the details stay.
      expect(isShown(section(card, 'What it feels like')!.heading)).to.equal(true);
    });

    it('builds a whole custom card from HTML alone, without console errors', async () => {
      const { el: card, errors } = await cardWithErrors(html`
        <knead-technique-card name="Hot stone" pressure="2" goals="relaxation">
          <p slot="description">Smooth, warm stones glide along the back.</p>
        </knead-technique-card>
      `);
      expect(errors).to.deep.equal([]);
      expect(textOf(heading(card))).to.equal('Hot stone');
      expect(pressureWords(card)).to.equal(PRESSURE_LABELS[2]);
      expect(filledPips(card).filled).to.equal(2);
      expect(goalTags(card)).to.deep.equal([GOAL_LABELS.relaxation]);
      expect(present(part(card, 'summary')), 'a summary').to.equal(false);
      expect(present(fact(card, 'Session')), 'a session length').to.equal(false);
      await toggleDetails(card);
      expect(isShown(card.querySelector('[slot="description"]')!)).to.equal(true);
      await expect(card).to.be.accessible();
    });

    it('shows no details when there is nothing to put in them', async () => {
      const card = await cardFixture(
        html`<knead-technique-card name="Hot stone" pressure="2"></knead-technique-card>`,
      );
      expect(present(details(card)), 'details').to.equal(false);
      expect(present(part(card, 'actions')), 'an actions row').to.equal(false);
    });

    it('shows details and actions when slotted content arrives after the first render', async () => {
      const card = await cardFixture(
        html`<knead-technique-card name="Hot stone" pressure="2"></knead-technique-card>`,
      );
      const description = Object.assign(document.createElement('p'), {
        slot: 'description',
        textContent: 'Added later by a framework.',
      });
      card.append(description);
      await nextFrame();
      await card.updateComplete;
      expect(present(details(card)), 'details').to.equal(true);
      await toggleDetails(card);
      expect(isShown(description)).to.equal(true);

      const link = Object.assign(document.createElement('a'), {
        slot: 'actions',
        href: '/hot-stone',
        textContent: 'Read more',
      });
      card.append(link);
      await nextFrame();
      await card.updateComplete;
      expect(present(part(card, 'actions')), 'the actions row').to.equal(true);
      expect(isShown(link)).to.equal(true);
    });
  });

  describe('nothing to show', () => {
    it('explains an unknown technique id, naming it and the known ids', async () => {
      const { el: card, errors } = await cardWithErrors(
        html`<knead-technique-card technique="hot-rocks"></knead-technique-card>`,
      );
      const note = part(card, 'message')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(textOf(note)).to.include('hot-rocks');
      expect(isShown(note)).to.equal(true);
      expect(present(heading(card)), 'a heading').to.equal(false);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('technique').and.include('hot-rocks');
      for (const id of BUILT_IN_TECHNIQUE_IDS) expect(errors[0]).to.include(id);
      await expect(card).to.be.accessible();
    });

    it('explains a card with neither a technique nor a name', async () => {
      const { el: card, errors } = await cardWithErrors(
        html`<knead-technique-card></knead-technique-card>`,
      );
      const note = part(card, 'message')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(textOf(note)).not.to.equal('');
      expect(isShown(note)).to.equal(true);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('knead-technique-card');
      await expect(card).to.be.accessible();
    });

    it("uses a clinic's own id with a name as a custom card", async () => {
      const { el: card, errors } = await cardWithErrors(
        html`<knead-technique-card technique="hot-stone" name="Hot stone"></knead-technique-card>`,
      );
      expect(errors).to.deep.equal([]);
      expect(present(part(card, 'message')), 'an unknown-technique note').to.equal(false);
      expect(textOf(heading(card))).to.equal('Hot stone');
    });
  });

  describe('booking', () => {
    it('shows a "Book <name>" button when bookable', async () => {
      const clinic = await fixture<KneadClinic>(html`
        <knead-clinic booking-url="https://book.example.com/massage">
          <knead-technique-card technique="thai" bookable></knead-technique-card>
        </knead-clinic>
      `);
      const card = clinic.querySelector('knead-technique-card')!;
      await settle(clinic, card);
      const button = card.bookingButton!;
      await settle(button);
      expect(button.getAttribute('label')).to.equal(`Book ${builtIn('thai').name}`);
      const link = button.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="button"]')!;
      expect(textOf(link)).to.include(`Book ${builtIn('thai').name}`);
      expect(link.href).to.equal('https://book.example.com/massage');
      expect(part(card, 'actions')!.contains(button)).to.equal(true);
      await expect(card).to.be.accessible();
    });

    it('names the button for the longest name a card takes, without console errors', async () => {
      const name = 'N'.repeat(80);
      const { el: clinic, errors } = await withErrors(() =>
        fixture<KneadClinic>(html`
          <knead-clinic booking-url="https://book.example.com/massage">
            <knead-technique-card technique="thai" name=${name} bookable></knead-technique-card>
          </knead-clinic>
        `),
      );
      const card = clinic.querySelector('knead-technique-card')!;
      await settle(clinic, card, card.bookingButton);
      const button = card.bookingButton!.shadowRoot!.querySelector('[part~="button"]');
      expect(textOf(button)).to.include(`Book ${name}`);
      expect(errors).to.deep.equal([]);
    });

    it('shows the button, named for the technique, even with no clinic', async () => {
      const { el: card, errors } = await cardWithErrors(
        html`<knead-technique-card technique="thai" bookable></knead-technique-card>`,
      );
      const button = card.bookingButton!;
      expect(present(button), 'a booking button').to.equal(true);
      expect(textOf(button.shadowRoot!.querySelector('[part~="button"]'))).to.include(
        `Book ${builtIn('thai').name}`,
      );
      // Only the booking button itself complains that booking is not set up.
      expect(errors.every((error) => error.includes('knead-booking-button'))).to.equal(true);
    });

    it("books a technique's mapped service with the clinic, and only mapped ones", async () => {
      const { el: clinic, errors } = await withErrors(async () => {
        const el = await fixture<KneadClinic>(html`
          <knead-clinic booking-provider="calendly" booking-account="harbour-physio">
            <script type="application/json">
              { "services": { "deep-tissue": "deep-60" } }
            </script>
            <knead-technique-card technique="deep-tissue"></knead-technique-card>
            <knead-technique-card technique="swedish"></knead-technique-card>
          </knead-clinic>
        `);
        const cards = [...el.querySelectorAll('knead-technique-card')];
        await settle(el, ...cards);
        await settle(el, ...cards, ...cards.map((card) => card.bookingButton));
        await settle(...cards.map((card) => card.bookingButton));
        return el;
      });
      expect(errors).to.deep.equal([]);
      const [deep, swedish] = [...clinic.querySelectorAll('knead-technique-card')] as [Card, Card];
      const button = deep.bookingButton!;
      expect(present(button), 'a deep tissue booking button').to.equal(true);
      expect(button.bookingUrl).to.equal('https://calendly.com/harbour-physio/deep-60');
      const link = button.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="button"]')!;
      expect(link.href).to.equal('https://calendly.com/harbour-physio/deep-60');
      expect(textOf(link)).to.include(`Book ${builtIn('deep-tissue').name}`);
      expect(present(swedish.bookingButton), 'a Swedish booking button').to.equal(false);
      expect(present(part(swedish, 'actions')), 'a Swedish actions row').to.equal(false);
    });
    it("keeps a page of cards quiet when the clinic's booking-url gives the link", async () => {
      let clinic!: KneadClinic;
      const reports = await captureReports(async () => {
        clinic = await fixture<KneadClinic>(html`
          <knead-clinic booking-url="https://book.example.com/massage">
            <script type="application/json">
              { "services": { "deep-tissue": "deep-60", "swedish": "relax-60" } }
            </script>
            <knead-technique-card technique="deep-tissue"></knead-technique-card>
            <knead-technique-card technique="swedish"></knead-technique-card>
            <knead-technique-card technique="thai"></knead-technique-card>
          </knead-clinic>
        `);
        const cards = [...clinic.querySelectorAll('knead-technique-card')];
        await settle(clinic, ...cards);
        await settle(...cards.map((card) => card.bookingButton));
        await settle(...cards.map((card) => card.bookingButton));
      });
      expect(reports).to.deep.equal({ errors: [], warnings: [] });
      const cards = [...clinic.querySelectorAll('knead-technique-card')];
      // The map still chooses which techniques offer booking; the link is the clinic's.
      expect(cards.map((card) => card.bookingButton?.bookingUrl ?? 'none')).to.deep.equal([
        'https://book.example.com/massage',
        'https://book.example.com/massage',
        'none',
      ]);
      const click = oneEvent(cards[0]!, 'knead-booking-click');
      const link =
        cards[0]!.bookingButton!.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!;
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
      expect((await click).detail.service, 'no service is reported as booked').to.equal(undefined);
    });

    it('books nothing for ids every object has ("constructor", "__proto__")', async () => {
      const { el: clinic, errors } = await withErrors(async () => {
        const el = await fixture<KneadClinic>(html`
          <knead-clinic booking-provider="calendly" booking-account="harbour-physio">
            <script type="application/json">
              { "services": { "deep-tissue": "deep-60" } }
            </script>
            <knead-technique-card technique="constructor" name="Odd one"></knead-technique-card>
            <knead-technique-card technique="__proto__" name="Another"></knead-technique-card>
          </knead-clinic>
        `);
        const cards = [...el.querySelectorAll('knead-technique-card')];
        await settle(el, ...cards);
        await settle(el, ...cards);
        return el;
      });
      expect(errors).to.deep.equal([]);
      const cards = [...clinic.querySelectorAll('knead-technique-card')];
      expect(cards.map((card) => textOf(part(card, 'name')))).to.deep.equal(['Odd one', 'Another']);
      expect(cards.map((card) => present(card.bookingButton))).to.deep.equal([false, false]);
    });
  });

  describe('highlighted', () => {
    it('says "Recommended" in words, not by colour alone', async () => {
      const card = await cardFixture(
        html`<knead-technique-card technique="sports"></knead-technique-card>`,
      );
      expect(present(part(card, 'badge')), 'a Recommended badge').to.equal(false);
      const plainFrame = frame(card);
      card.highlighted = true;
      await card.updateComplete;
      expect(card.hasAttribute('highlighted')).to.equal(true);
      const badge = part(card, 'badge')!;
      expect(textOf(badge)).to.equal('Recommended');
      expect(isShown(badge)).to.equal(true);
      // The card's frame also changes, however the theme draws it.
      expect(frame(card)).not.to.equal(plainFrame);
      await expect(card).to.be.accessible();
    });
  });

  describe('hostile text', () => {
    afterEach(() => delete window.__pwned);

    for (const hostile of HOSTILE_STRINGS) {
      it(`shows ${hostile} in attributes as text`, async () => {
        const { el: card } = await cardWithErrors(html`
          <knead-technique-card
            technique="swedish"
            name=${hostile}
            summary=${hostile}
            price=${hostile}
          ></knead-technique-card>
        `);
        await letHostileCodeRun();
        expect(card.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
        expect(heading(card)!.textContent).to.include(hostile);
        expect(part(card, 'summary')!.textContent).to.include(hostile);
        expect(fact(card, 'Price')!.textContent).to.include(hostile);
        expect(detailsToggle(card)!.textContent).to.include(hostile);
        expect(window.__pwned).to.equal(undefined);
      });

      it(`shows ${hostile} in every field of .data as text`, async () => {
        const data: Technique = {
          id: 'hostile',
          name: hostile,
          summary: hostile,
          description: hostile,
          pressure: 3,
          pressureLabel: hostile,
          goals: ['relaxation'],
          feelsLike: hostile,
          cautions: [hostile, hostile],
          duration: { min: 30, max: 60 },
          price: hostile,
        };
        const card = await cardFixture(
          html`<knead-technique-card .data=${data}></knead-technique-card>`,
        );
        await toggleDetails(card);
        await letHostileCodeRun();
        expect(card.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
        expect(heading(card)!.textContent).to.include(hostile);
        expect(part(card, 'summary')!.textContent).to.include(hostile);
        expect(pressureWords(card)).to.equal(hostile);
        expect(fact(card, 'Price')!.textContent).to.include(hostile);
        const paragraphs = [...details(card)!.querySelectorAll('p')].map((p) => p.textContent);
        expect(paragraphs.filter((text) => text === hostile)).to.have.length(2);
        const cautions = [...details(card)!.querySelectorAll('li')].map((li) => li.textContent);
        expect(cautions).to.deep.equal([hostile, hostile]);
        expect(window.__pwned).to.equal(undefined);
      });

      it(`shows an unknown technique id ${hostile} as text`, async () => {
        const { el: card } = await cardWithErrors(
          html`<knead-technique-card technique=${hostile}></knead-technique-card>`,
        );
        await letHostileCodeRun();
        expect(card.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
        expect(part(card, 'message')!.textContent).to.include(hostile);
        expect(window.__pwned).to.equal(undefined);
      });
    }
  });

  describe('accessibility and themes', () => {
    it('is accessible by default and with its details open', async () => {
      const card = await cardFixture(
        html`<knead-technique-card technique="trigger-point"></knead-technique-card>`,
      );
      await expect(card).to.be.accessible();
      await toggleDetails(card);
      await expect(card).to.be.accessible();
    });

    it('names its disclosure "More about <name>", the +/− marker left out, closed and open', async () => {
      const card = await cardFixture(
        html`<knead-technique-card technique="trigger-point"></knead-technique-card>`,
      );
      const expected = `More about ${builtIn('trigger-point').name}`;
      expect(nameWithGeneratedText(detailsToggle(card)!)).to.equal(expected);
      await toggleDetails(card);
      expect(nameWithGeneratedText(detailsToggle(card)!)).to.equal(expected);
      // The marker is still drawn.
      expect(getComputedStyle(detailsToggle(card)!, '::before').content).to.include('−');
    });

    it('is accessible for every built-in technique', async function () {
      this.timeout(30000);
      for (const id of BUILT_IN_TECHNIQUE_IDS) {
        const card = await cardFixture(
          html`<knead-technique-card technique=${id} highlighted></knead-technique-card>`,
        );
        await toggleDetails(card);
        await expect(card, id).to.be.accessible();
      }
    });

    it('turns dark with theme="dark", and stays accessible, highlighted too', async () => {
      const light = await cardFixture(
        html`<knead-technique-card technique="swedish"></knead-technique-card>`,
      );
      const lightBackground = luminance(getComputedStyle(part(light, 'card')!).backgroundColor);
      const card = await cardFixture(
        html`<knead-technique-card technique="swedish" theme="dark"></knead-technique-card>`,
      );
      const background = luminance(getComputedStyle(part(card, 'card')!).backgroundColor);
      const text = luminance(getComputedStyle(heading(card)!).color);
      expect(background).to.be.lessThan(0.1);
      expect(background).to.be.lessThan(lightBackground);
      expect(text).to.be.greaterThan(0.5);
      await expect(card).to.be.accessible();
      await toggleDetails(card);
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
      await settle(card);
      const background = luminance(getComputedStyle(part(card, 'card')!).backgroundColor);
      const text = luminance(getComputedStyle(heading(card)!).color);
      expect(background).to.be.greaterThan(0.8);
      expect(text).to.be.lessThan(0.1);
      await expect(card).to.be.accessible();
    });
  });
});
