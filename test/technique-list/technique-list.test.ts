import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { KneadTechniqueList } from '../../src/technique-list/technique-list.js';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import {
  GOALS,
  GOAL_LABELS,
  PRESSURE_LABELS,
  PRESSURE_LEVELS,
  type Goal,
  type PressureLevel,
  type Technique,
} from '../../src/technique-card/technique-types.js';
import {
  BUILT_IN_TECHNIQUES,
  BUILT_IN_TECHNIQUE_IDS,
} from '../../src/technique-card/built-in-techniques.js';
import {
  filterTechniques,
  type TechniqueFilter,
} from '../../src/technique-list/technique-filter.js';
import {
  HOSTILE_STRINGS,
  SPACE,
  builtIn,
  deepActiveElement,
  isShown,
  letHostileCodeRun,
  luminance,
  part,
  parts,
  present,
  settle,
  textOf,
  withErrors,
} from '../technique-card/helpers.js';

type List = KneadTechniqueList;
type Card = KneadTechniqueCard;

const TOTAL = BUILT_IN_TECHNIQUES.length;

/** Every card's list item, in display order. */
const items = (list: List) => [...part(list, 'list')!.querySelectorAll(':scope > li')];

/** The cards a visitor can see right now, by technique id. */
const shownIds = (list: List) =>
  list.cards.filter((card) => isShown(card)).map((card) => card.technique);

/** The name each card shows as its heading. */
const cardName = (card: Card) => textOf(part(card, 'name'));

/** A chip's label, without the check mark a pressed chip shows. */
const chipLabel = (chip: Element) => textOf(chip).replace('✓', '').trim();

/** The chips of one labelled group ("Good for", "Pressure"), by label. */
function chipGroup(list: List, title: string): HTMLButtonElement[] {
  const group = [...list.shadowRoot!.querySelectorAll('[role="group"][aria-labelledby]')].find(
    (candidate) =>
      textOf(list.shadowRoot!.getElementById(candidate.getAttribute('aria-labelledby')!)) === title,
  );
  return group ? [...group.querySelectorAll<HTMLButtonElement>('button[part~="chip"]')] : [];
}

function chip(list: List, label: string): HTMLButtonElement {
  const found = parts<HTMLButtonElement>(list, 'chip').find((c) => chipLabel(c) === label);
  if (!found) throw new Error(`no "${label}" chip`);
  return found;
}

const pressed = (button: Element) => button.getAttribute('aria-pressed');

async function press(list: List, label: string): Promise<void> {
  chip(list, label).click();
  await settle(list);
}

const filterOf = (goals: Goal[] = [], pressures: PressureLevel[] = []): TechniqueFilter => ({
  goals: new Set(goals),
  pressures: new Set(pressures),
});

const idsOf = (techniques: readonly Technique[]) => techniques.map((technique) => technique.id);

/** Filters that exercise "or" within goals and "and" with a pressure, on the current catalog. */
function filterPlan() {
  const matches = (goals: Goal[], pressures: PressureLevel[] = []) =>
    filterTechniques(BUILT_IN_TECHNIQUES, filterOf(goals, pressures));
  const first = GOALS.find((goal) => {
    const n = matches([goal]).length;
    return n > 0 && n < TOTAL;
  });
  if (!first) throw new Error('the catalog has no goal that narrows the list');
  const second = GOALS.find(
    (goal) => goal !== first && matches([first, goal]).length > matches([first]).length,
  );
  if (!second) throw new Error('the catalog has no second goal that widens the list');
  const pressure = PRESSURE_LEVELS.find((level) => {
    const n = matches([first, second], [level]).length;
    return n > 0 && n < matches([first, second]).length;
  });
  if (pressure === undefined) throw new Error('the catalog has no pressure that narrows it');
  const none = GOALS.flatMap((goal) =>
    PRESSURE_LEVELS.filter(
      (level) =>
        matches([goal]).length > 0 &&
        BUILT_IN_TECHNIQUES.some((t) => t.pressure === level) &&
        matches([goal], [level]).length === 0,
    ).map((level) => ({ goal, level })),
  )[0];
  if (!none) throw new Error('the catalog has no goal and pressure that match nothing');
  return { first, second, pressure, none, matches };
}

async function listFixture(template: ReturnType<typeof html>): Promise<List> {
  const list = await fixture<List>(template);
  await settle(list, ...list.cards);
  return list;
}

/** A list with an inline JSON child, as a CMS writes it: the JSON is there before it connects. */
async function jsonList(json: string, attributes: Record<string, string> = {}) {
  return withErrors(async () => {
    const list = document.createElement('knead-technique-list');
    for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    list.append(script);
    const el = await fixture<List>(list);
    await settle(el, ...el.cards);
    return el;
  });
}

const hotStone = {
  id: 'hot-stone',
  name: 'Hot stone massage',
  summary: 'Warm basalt stones and slow strokes.',
  pressure: 2,
  goals: ['relaxation'],
};

describe('<knead-technique-list>', () => {
  describe('which techniques it shows', () => {
    it('shows every built-in technique, in catalog order, as a labelled list', async () => {
      const list = await listFixture(html`<knead-technique-list></knead-technique-list>`);
      expect(list.cards.map((card) => card.technique)).to.deep.equal([...BUILT_IN_TECHNIQUE_IDS]);
      expect(list.cards.map(cardName)).to.deep.equal(BUILT_IN_TECHNIQUES.map((t) => t.name));
      expect(items(list).length).to.equal(TOTAL);
      expect(part(list, 'list')!.getAttribute('aria-label')).to.equal('Massage techniques');
      expect(shownIds(list)).to.have.length(TOTAL);
      await expect(list).to.be.accessible();
    });

    it('shows only the chosen techniques, in the order given', async () => {
      const list = await listFixture(
        html`<knead-technique-list techniques="thai swedish"></knead-technique-list>`,
      );
      expect(list.cards.map((card) => card.technique)).to.deep.equal(['thai', 'swedish']);
      expect(list.cards.map(cardName)).to.deep.equal([
        builtIn('thai').name,
        builtIn('swedish').name,
      ]);
    });

    it('names an unknown id once, with the known ids, and shows the rest', async () => {
      const { el: list, errors } = await withErrors(() =>
        listFixture(
          html`<knead-technique-list techniques="thai levitation swedish"></knead-technique-list>`,
        ),
      );
      expect(list.cards.map((card) => card.technique)).to.deep.equal(['thai', 'swedish']);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('techniques').and.include('levitation');
      for (const id of BUILT_IN_TECHNIQUE_IDS) expect(errors[0]).to.include(id);
    });

    it('names thousands of characters of unknown ids in one short message', async () => {
      const unknown = Array.from({ length: 800 }, (_, index) => `made-up-${index}`).join(' ');
      const { el: list, errors } = await withErrors(() =>
        listFixture(
          html`<knead-technique-list techniques=${`swedish ${unknown}`}></knead-technique-list>`,
        ),
      );
      expect(list.cards.map((card) => card.technique)).to.deep.equal(['swedish']);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('unknown ids made-up-0, made-up-1');
      expect(errors[0]!.length, 'the message length').to.be.below(900);
    });

    it('says the list could not be shown when no id is known', async () => {
      const { el: list, errors } = await withErrors(() =>
        listFixture(html`<knead-technique-list techniques="levitation"></knead-technique-list>`),
      );
      const note = part(list, 'message')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(textOf(note)).to.include('could not be shown');
      expect(isShown(note)).to.equal(true);
      expect(list.cards.length).to.equal(0);
      expect(errors).to.have.length(1);
      await expect(list).to.be.accessible();
    });

    it('passes heading-level to every card', async () => {
      const list = await listFixture(
        html`<knead-technique-list heading-level="2"></knead-technique-list>`,
      );
      const levels = list.cards.map((card) => part(card, 'name')!.getAttribute('aria-level'));
      expect(levels).to.deep.equal(BUILT_IN_TECHNIQUE_IDS.map(() => '2'));
    });

    it('gives every card a booking button with bookable', async () => {
      const clinic = await fixture<KneadClinic>(html`
        <knead-clinic booking-url="https://book.example.com/massage">
          <knead-technique-list bookable techniques="swedish thai sports"></knead-technique-list>
        </knead-clinic>
      `);
      const list = clinic.querySelector('knead-technique-list')!;
      await settle(clinic, list, ...list.cards);
      const buttons = list.cards.map((card) => card.bookingButton);
      await settle(...buttons);
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
      const { el: list, errors } = await jsonList(JSON.stringify(['swedish', hotStone]));
      expect(errors).to.deep.equal([]);
      expect(list.cards.map((card) => card.technique)).to.deep.equal(['swedish', 'hot-stone']);
      expect(list.cards.map(cardName)).to.deep.equal([builtIn('swedish').name, hotStone.name]);
      expect(textOf(part(list.cards[1]!, 'summary'))).to.equal(hotStone.summary);
      expect(textOf(part(list.cards[1]!, 'goal'))).to.equal(GOAL_LABELS.relaxation);
    });

    it('also reads {"techniques": [...]}', async () => {
      const { el: list, errors } = await jsonList(
        JSON.stringify({ techniques: [hotStone, 'thai'] }),
      );
      expect(errors).to.deep.equal([]);
      expect(list.cards.map((card) => card.technique)).to.deep.equal(['hot-stone', 'thai']);
    });

    it('skips a bad entry, naming it, and shows the good ones', async () => {
      const { el: list, errors } = await jsonList(
        JSON.stringify(['swedish', { ...hotStone, pressure: 9 }, 'thai']),
      );
      expect(list.cards.map((card) => card.technique)).to.deep.equal(['swedish', 'thai']);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('[1].pressure').and.include('9');
    });

    it('logs one error and says so when the JSON cannot be read', async () => {
      const { el: list, errors } = await jsonList('[ "swedish", ');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('knead-technique-list').and.include('JSON');
      expect(textOf(part(list, 'message'))).to.include('could not be shown');
      expect(list.cards.length).to.equal(0);
      await expect(list).to.be.accessible();
    });

    it('takes the list as a .data property', async () => {
      const list = await listFixture(
        html`<knead-technique-list .data=${[hotStone, 'deep-tissue']}></knead-technique-list>`,
      );
      expect(list.cards.map((card) => card.technique)).to.deep.equal(['hot-stone', 'deep-tissue']);
      expect(cardName(list.cards[0]!)).to.equal(hotStone.name);
    });

    it('lets techniques="..." choose from its own list', async () => {
      const { el: list } = await jsonList(JSON.stringify(['swedish', hotStone, 'thai']), {
        techniques: 'hot-stone thai',
      });
      expect(list.cards.map((card) => card.technique)).to.deep.equal(['hot-stone', 'thai']);
    });

    for (const hostile of HOSTILE_STRINGS) {
      it(`shows ${hostile} in a JSON technique as text`, async () => {
        const entry = {
          id: 'hostile',
          name: hostile,
          summary: hostile,
          description: hostile,
          pressure: 3,
          pressureLabel: hostile,
          goals: ['relaxation'],
          feelsLike: hostile,
          cautions: [hostile],
          price: hostile,
        };
        const { el: list, errors } = await jsonList(JSON.stringify([entry]), { filter: '' });
        try {
          expect(errors).to.deep.equal([]);
          const card = list.cards[0]!;
          part(card, 'details-toggle')!.click();
          await letHostileCodeRun();
          expect(list.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
          expect(card.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
          expect(part(card, 'name')!.textContent).to.include(hostile);
          expect(part(card, 'summary')!.textContent).to.include(hostile);
          expect(part(card, 'facts')!.textContent).to.include(hostile);
          const details = part(card, 'details')!;
          const paragraphs = [...details.querySelectorAll('p')].map((p) => p.textContent);
          expect(paragraphs.filter((text) => text === hostile)).to.have.length(2);
          expect(textOf(details.querySelector('li'))).to.equal(hostile);
          expect(window.__pwned).to.equal(undefined);
        } finally {
          delete window.__pwned;
        }
      });
    }
  });

  describe('filters', () => {
    it('offers a chip for each goal and pressure level the list has', async () => {
      const list = await listFixture(html`<knead-technique-list filter></knead-technique-list>`);
      const goals = GOALS.filter((goal) => BUILT_IN_TECHNIQUES.some((t) => t.goals.includes(goal)));
      const levels = PRESSURE_LEVELS.filter((level) =>
        BUILT_IN_TECHNIQUES.some((t) => t.pressure === level),
      );
      expect(chipGroup(list, 'Good for').map(chipLabel)).to.deep.equal(
        goals.map((goal) => GOAL_LABELS[goal]),
      );
      expect(chipGroup(list, 'Pressure').map(chipLabel)).to.deep.equal(
        levels.map((level) => PRESSURE_LABELS[level]),
      );
      expect(parts(list, 'chip').map(pressed)).to.deep.equal(
        [...goals, ...levels].map(() => 'false'),
      );
      const filters = part(list, 'filters')!;
      expect(filters.getAttribute('role')).to.equal('group');
      expect(filters.getAttribute('aria-label')).to.equal('Filter techniques');
      const count = part(list, 'count')!;
      expect(count.getAttribute('role')).to.equal('status');
      expect(textOf(count)).to.equal(`Showing all ${TOTAL} techniques`);
      expect(present(part(list, 'clear')), 'a Clear filters button').to.equal(false);
      await expect(list).to.be.accessible();
    });

    it('offers only the chips that match the techniques shown', async () => {
      const list = await listFixture(
        html`<knead-technique-list filter techniques="swedish thai"></knead-technique-list>`,
      );
      const chosen = [builtIn('swedish'), builtIn('thai')];
      expect(chipGroup(list, 'Good for').map(chipLabel)).to.deep.equal(
        GOALS.filter((goal) => chosen.some((t) => t.goals.includes(goal))).map(
          (goal) => GOAL_LABELS[goal],
        ),
      );
    });

    it('shows no filters without the filter attribute', async () => {
      const list = await listFixture(html`<knead-technique-list></knead-technique-list>`);
      expect(parts(list, 'chip').length).to.equal(0);
      expect(present(part(list, 'count')), 'a count').to.equal(false);
    });

    it('narrows by goal ("or" within goals, "and" with pressure) and says how many', async () => {
      const plan = filterPlan();
      const list = await listFixture(html`<knead-technique-list filter></knead-technique-list>`);
      const count = part(list, 'count')!;

      await press(list, GOAL_LABELS[plan.first]);
      expect(pressed(chip(list, GOAL_LABELS[plan.first]))).to.equal('true');
      const byOne = plan.matches([plan.first]);
      expect(shownIds(list)).to.deep.equal(idsOf(byOne));
      const hidden = items(list).filter((li) => (li as HTMLElement).hidden);
      expect(hidden.length).to.equal(TOTAL - byOne.length);
      expect(hidden.some(isShown)).to.equal(false);
      expect(textOf(count)).to.equal(`Showing ${byOne.length} of ${TOTAL} techniques`);
      expect(textOf(part(list, 'clear'))).to.equal('Clear filters');

      await press(list, GOAL_LABELS[plan.second]);
      const byTwo = plan.matches([plan.first, plan.second]);
      expect(byTwo.length).to.be.greaterThan(byOne.length);
      expect(shownIds(list)).to.deep.equal(idsOf(byTwo));
      expect(textOf(count)).to.equal(`Showing ${byTwo.length} of ${TOTAL} techniques`);

      await press(list, PRESSURE_LABELS[plan.pressure]);
      expect(pressed(chip(list, PRESSURE_LABELS[plan.pressure]))).to.equal('true');
      const narrowed = plan.matches([plan.first, plan.second], [plan.pressure]);
      expect(narrowed.length).to.be.lessThan(byTwo.length);
      expect(shownIds(list)).to.deep.equal(idsOf(narrowed));
      expect(textOf(count)).to.equal(`Showing ${narrowed.length} of ${TOTAL} techniques`);
      await expect(list).to.be.accessible();

      // Pressing a chip again takes it back out.
      await press(list, GOAL_LABELS[plan.second]);
      expect(pressed(chip(list, GOAL_LABELS[plan.second]))).to.equal('false');
      expect(shownIds(list)).to.deep.equal(idsOf(plan.matches([plan.first], [plan.pressure])));
    });

    it('clears every filter and keeps focus in the filters, on no chip', async () => {
      const plan = filterPlan();
      const list = await listFixture(html`<knead-technique-list filter></knead-technique-list>`);
      await press(list, GOAL_LABELS[plan.first]);
      await press(list, PRESSURE_LABELS[plan.pressure]);
      part(list, 'clear')!.click();
      await settle(list);
      expect(parts(list, 'chip').every((c) => pressed(c) === 'false')).to.equal(true);
      expect(shownIds(list)).to.deep.equal([...BUILT_IN_TECHNIQUE_IDS]);
      expect(textOf(part(list, 'count'))).to.equal(`Showing all ${TOTAL} techniques`);
      expect(deepActiveElement() === part(list, 'filters'), 'focus on the filters').to.equal(true);
    });

    it('says when nothing matches, and offers to clear the filters', async () => {
      const { none } = filterPlan();
      const list = await listFixture(html`<knead-technique-list filter></knead-technique-list>`);
      await press(list, GOAL_LABELS[none.goal]);
      await press(list, PRESSURE_LABELS[none.level]);
      expect(shownIds(list)).to.deep.equal([]);
      expect(textOf(part(list, 'count'))).to.equal(`Showing 0 of ${TOTAL} techniques`);
      const empty = part(list, 'empty')!;
      expect(isShown(empty)).to.equal(true);
      expect(textOf(empty)).to.include('No technique matches');
      await expect(list).to.be.accessible();

      const clear = [...empty.querySelectorAll('button')].find(
        (button) => textOf(button) === 'Clear filters',
      )!;
      clear.click();
      await settle(list);
      expect(present(part(list, 'empty')), 'the no-match note').to.equal(false);
      expect(shownIds(list)).to.have.length(TOTAL);
      expect(deepActiveElement() === part(list, 'filters'), 'focus on the filters').to.equal(true);
    });

    it('Enter on Clear filters, then Enter again (a held key), turns no filter back on', async () => {
      const plan = filterPlan();
      const list = await listFixture(html`<knead-technique-list filter></knead-technique-list>`);
      await press(list, GOAL_LABELS[plan.first]);
      part(list, 'clear')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(list);
      expect(parts(list, 'chip').map(pressed)).to.not.include('true');
      // Focus is on the group of filters, which no key activates, not on a chip.
      expect(deepActiveElement() === part(list, 'filters'), 'focus on the filters').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: SPACE });
      await settle(list);
      expect(parts(list, 'chip').map(pressed)).to.not.include('true');
      expect(shownIds(list)).to.have.length(TOTAL);
      // Tab goes on to the first chip.
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === parts(list, 'chip')[0], 'Tab to the first chip').to.equal(
        true,
      );
      await expect(list).to.be.accessible();
    });

    it('drops the chosen filters when the filter controls are taken away', async () => {
      const plan = filterPlan();
      const list = await listFixture(html`<knead-technique-list filter></knead-technique-list>`);
      await press(list, GOAL_LABELS[plan.first]);
      expect(shownIds(list).length).to.be.lessThan(TOTAL);
      list.removeAttribute('filter');
      await settle(list);
      expect(parts(list, 'chip').length).to.equal(0);
      // No chip is left to undo the filter, so every technique shows again.
      expect(shownIds(list)).to.deep.equal([...BUILT_IN_TECHNIQUE_IDS]);
    });

    it('drops a chosen goal that the new list no longer offers', async () => {
      const list = await listFixture(
        html`<knead-technique-list filter techniques="swedish deep-tissue"></knead-technique-list>`,
      );
      await press(list, GOAL_LABELS.relaxation);
      expect(shownIds(list)).to.deep.equal(['swedish']);
      // Deep tissue alone has no "Relaxation" chip left to undo the filter.
      list.techniques = 'deep-tissue';
      await settle(list);
      expect(shownIds(list)).to.deep.equal(['deep-tissue']);
      expect(textOf(part(list, 'count'))).to.equal('Showing 1 technique');
    });

    it('works from the keyboard: Tab to a chip, Space and Enter toggle it', async () => {
      const page = await fixture(html`
        <div>
          <button type="button">Before the list</button>
          <knead-technique-list filter></knead-technique-list>
        </div>
      `);
      const list = page.querySelector('knead-technique-list')!;
      await settle(list);
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const first = parts(list, 'chip')[0]!;
      expect(deepActiveElement() === first, 'Tab reaches the first chip').to.equal(true);
      expect(pressed(first)).to.equal('false');

      await sendKeys({ press: SPACE });
      await settle(list);
      expect(pressed(first)).to.equal('true');
      expect(textOf(part(list, 'count'))).to.match(/^Showing \d+ of \d+ techniques$/);

      await sendKeys({ press: 'Enter' });
      await settle(list);
      expect(pressed(first)).to.equal('false');
      expect(textOf(part(list, 'count'))).to.equal(`Showing all ${TOTAL} techniques`);

      await sendKeys({ press: 'Tab' });
      const second = parts(list, 'chip')[1]!;
      expect(deepActiveElement() === second, 'Tab moves to the next chip').to.equal(true);
      await sendKeys({ press: SPACE });
      await settle(list);
      expect(pressed(second)).to.equal('true');
    });
  });

  describe('highlighting', () => {
    it('highlights the recommended cards and keeps the catalog order', async () => {
      const list = await listFixture(
        html`<knead-technique-list highlight="deep-tissue thai"></knead-technique-list>`,
      );
      expect(list.cards.map((card) => card.technique)).to.deep.equal([...BUILT_IN_TECHNIQUE_IDS]);
      const highlighted = list.cards.filter((card) => card.highlighted).map((c) => c.technique);
      expect(highlighted).to.have.members(['deep-tissue', 'thai']).and.have.length(2);
      const badges = list.cards.map((card) => textOf(part(card, 'badge')));
      expect(badges.filter((badge) => badge === 'Recommended')).to.have.length(2);
      await expect(list).to.be.accessible();
    });

    it('puts them first, in the order recommended, with highlight-first', async () => {
      const list = await listFixture(
        html`<knead-technique-list
          highlight="thai deep-tissue"
          highlight-first
        ></knead-technique-list>`,
      );
      expect(list.cards.map((card) => card.technique)).to.deep.equal([
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
        const page = await fixture(
          html`<div style="width: ${width}px"><knead-technique-list></knead-technique-list></div>`,
        );
        const list = page.querySelector('knead-technique-list')!;
        await settle(list, ...list.cards);
        const grid = part(list, 'list')!;
        const tracks = getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean);
        expect(tracks, getComputedStyle(grid).gridTemplateColumns).to.have.length(columns);
        const tops = items(list).map((li) => Math.round(li.getBoundingClientRect().top));
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
        const page = await fixture(html`
          <div style=${style}>
            <knead-technique-list techniques="swedish thai"></knead-technique-list>
          </div>
        `);
        const list = page.querySelector('knead-technique-list')!;
        await settle(list, ...list.cards);
        widths[style] = Math.round(list.cards[0]!.getBoundingClientRect().width);
      }
      const squeezed = wrappers.filter((style) => widths[style]! < 200);
      expect(squeezed, `card widths: ${JSON.stringify(widths)}`).to.deep.equal([]);
    });
  });

  describe('themes', () => {
    it('stays readable with theme="dark" on a light page, as a card does', async () => {
      const list = await listFixture(
        html`<knead-technique-list theme="dark" filter></knead-technique-list>`,
      );
      const card = list.cards[0]!;
      expect(luminance(getComputedStyle(part(card, 'card')!).backgroundColor)).to.be.lessThan(0.1);
      await expect(list).to.be.accessible();
    });

    it('stays readable with theme="light" on a dark page, as a card does', async () => {
      const page = await fixture(html`
        <div style="color-scheme: dark; background: #101816">
          <knead-technique-list theme="light" filter></knead-technique-list>
        </div>
      `);
      const list = page.querySelector('knead-technique-list')!;
      await settle(list, ...list.cards);
      const card = list.cards[0]!;
      expect(luminance(getComputedStyle(part(card, 'card')!).backgroundColor)).to.be.greaterThan(
        0.8,
      );
      await expect(list).to.be.accessible();
    });

    it('is dark with theme="dark", and accessible with filters and a highlight', async () => {
      const page = await fixture(html`
        <div style="background: #101816; padding: 1em">
          <knead-technique-list theme="dark" filter highlight="swedish"></knead-technique-list>
        </div>
      `);
      const list = page.querySelector('knead-technique-list')!;
      await settle(list, ...list.cards);
      const card = list.cards[0]!;
      expect(luminance(getComputedStyle(part(card, 'card')!).backgroundColor)).to.be.lessThan(0.1);
      expect(luminance(getComputedStyle(part(list, 'count')!).color)).to.be.greaterThan(0.3);
      await press(list, chipLabel(parts(list, 'chip')[0]!));
      await expect(list).to.be.accessible();
    });
  });
});
