import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// This folder's elements and the clinic, not the whole library: a test here runs whatever
// state another widget's folder is in.
import '../../src/clinic/define.js';
import '../../src/technique-list/define.js';
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
import { filterTechniques } from '../../src/technique-list/technique-filter.js';
import * as harness from '../harness/technique-list.js';
import { SPACE } from '../helpers/keys.js';
import { builtIn } from '../harness/technique-card.js';
import { deepActiveElement, present } from '../harness/dom.js';
import { filter } from './filter-fixtures.js';
import { TOTAL, listFixture, type List } from './list-fixtures.js';

const idsOf = (techniques: readonly Technique[]) => techniques.map((technique) => technique.id);

/** Filters that exercise "or" within goals and "and" with a pressure, on the current catalog. */
function filterPlan() {
  const matches = (goals: Goal[], pressures: PressureLevel[] = []) =>
    filterTechniques(BUILT_IN_TECHNIQUES, filter(goals, pressures));
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

/** Whether focus sits on the group of filters (which no key activates), not on a chip. */
const focusOnFilters = (list: List) => deepActiveElement() === harness.part(list, 'filters');

describe('<knead-technique-list> filters', () => {
  it('offers a chip for each goal and pressure level the list has', async () => {
    const list = await listFixture({ filter: true });
    const goals = GOALS.filter((goal) => BUILT_IN_TECHNIQUES.some((t) => t.goals.includes(goal)));
    const levels = PRESSURE_LEVELS.filter((level) =>
      BUILT_IN_TECHNIQUES.some((t) => t.pressure === level),
    );
    expect(harness.chipNames(list, 'Good for')).to.deep.equal(
      goals.map((goal) => GOAL_LABELS[goal]),
    );
    expect(harness.chipNames(list, 'Pressure')).to.deep.equal(
      levels.map((level) => PRESSURE_LABELS[level]),
    );
    expect(harness.chips(list).map((each) => each.getAttribute('aria-pressed'))).to.deep.equal(
      [...goals, ...levels].map(() => 'false'),
    );
    const filters = harness.part(list, 'filters')!;
    expect(filters.getAttribute('role')).to.equal('group');
    expect(filters.getAttribute('aria-label')).to.equal('Filter techniques');
    expect(harness.part(list, 'count')!.getAttribute('role')).to.equal('status');
    expect(harness.countLine(list)).to.equal(`Showing all ${TOTAL} techniques`);
    expect(present(harness.part(list, 'clear')), 'a Clear filters button').to.equal(false);
    await expect(list).to.be.accessible();
  });

  it('offers only the chips that match the techniques shown', async () => {
    const list = await listFixture({ filter: true, techniques: 'swedish thai' });
    const chosen = [builtIn('swedish'), builtIn('thai')];
    expect(harness.chipNames(list, 'Good for')).to.deep.equal(
      GOALS.filter((goal) => chosen.some((t) => t.goals.includes(goal))).map(
        (goal) => GOAL_LABELS[goal],
      ),
    );
  });

  it('shows no filters without the filter attribute', async () => {
    const list = await listFixture({});
    expect(harness.chips(list).length).to.equal(0);
    expect(harness.countLine(list)).to.equal(undefined);
  });

  it('narrows by goal ("or" within goals, "and" with pressure) and says how many', async () => {
    const plan = filterPlan();
    const list = await listFixture({ filter: true });

    await harness.toggleChip(list, GOAL_LABELS[plan.first]);
    expect(harness.isPressed(harness.chip(list, GOAL_LABELS[plan.first]))).to.equal(true);
    const byOne = plan.matches([plan.first]);
    expect(harness.visibleCardIds(list)).to.deep.equal(idsOf(byOne));
    const hidden = harness.listItems(list).filter((li) => li.hidden);
    expect(hidden.length).to.equal(TOTAL - byOne.length);
    expect(hidden.some(harness.isShown)).to.equal(false);
    expect(harness.countLine(list)).to.equal(`Showing ${byOne.length} of ${TOTAL} techniques`);
    expect(harness.textOf(harness.part(list, 'clear'))).to.equal('Clear filters');

    await harness.toggleChip(list, GOAL_LABELS[plan.second]);
    const byTwo = plan.matches([plan.first, plan.second]);
    expect(byTwo.length).to.be.greaterThan(byOne.length);
    expect(harness.visibleCardIds(list)).to.deep.equal(idsOf(byTwo));
    expect(harness.countLine(list)).to.equal(`Showing ${byTwo.length} of ${TOTAL} techniques`);

    await harness.toggleChip(list, PRESSURE_LABELS[plan.pressure]);
    expect(harness.isPressed(harness.chip(list, PRESSURE_LABELS[plan.pressure]))).to.equal(true);
    const narrowed = plan.matches([plan.first, plan.second], [plan.pressure]);
    expect(narrowed.length).to.be.lessThan(byTwo.length);
    expect(harness.visibleCardIds(list)).to.deep.equal(idsOf(narrowed));
    expect(harness.countLine(list)).to.equal(`Showing ${narrowed.length} of ${TOTAL} techniques`);
    await expect(list).to.be.accessible();

    // Pressing a chip again takes it back out.
    await harness.toggleChip(list, GOAL_LABELS[plan.second]);
    expect(harness.isPressed(harness.chip(list, GOAL_LABELS[plan.second]))).to.equal(false);
    expect(harness.visibleCardIds(list)).to.deep.equal(
      idsOf(plan.matches([plan.first], [plan.pressure])),
    );
  });

  it('clears every filter and keeps focus in the filters, on no chip', async () => {
    const plan = filterPlan();
    const list = await listFixture({ filter: true });
    await harness.toggleChip(list, GOAL_LABELS[plan.first]);
    await harness.toggleChip(list, PRESSURE_LABELS[plan.pressure]);
    await harness.clearFilters(list);
    expect(harness.pressedChipNames(list)).to.deep.equal([]);
    expect(harness.visibleCardIds(list)).to.deep.equal([...BUILT_IN_TECHNIQUE_IDS]);
    expect(harness.countLine(list)).to.equal(`Showing all ${TOTAL} techniques`);
    expect(focusOnFilters(list), 'focus on the filters').to.equal(true);
  });

  it('says when nothing matches, and offers to clear the filters', async () => {
    const { none } = filterPlan();
    const list = await listFixture({ filter: true });
    await harness.toggleChip(list, GOAL_LABELS[none.goal]);
    await harness.toggleChip(list, PRESSURE_LABELS[none.level]);
    expect(harness.visibleCardIds(list)).to.deep.equal([]);
    expect(harness.countLine(list)).to.equal(`Showing 0 of ${TOTAL} techniques`);
    const empty = harness.part(list, 'empty')!;
    expect(harness.isShown(empty)).to.equal(true);
    expect(harness.textOf(empty)).to.include('No technique matches');
    await expect(list).to.be.accessible();

    // The note's own button, not the one in the filters.
    const noteButton = [...empty.querySelectorAll('button')].find(
      (button) => harness.textOf(button) === 'Clear filters',
    )!;
    noteButton.click();
    await harness.settle(list);
    expect(present(harness.part(list, 'empty')), 'the no-match note').to.equal(false);
    expect(harness.visibleCardIds(list)).to.have.length(TOTAL);
    expect(focusOnFilters(list), 'focus on the filters').to.equal(true);
  });

  it('Enter on Clear filters, then Enter again (a held key), turns no filter back on', async () => {
    const plan = filterPlan();
    const list = await listFixture({ filter: true });
    await harness.toggleChip(list, GOAL_LABELS[plan.first]);
    harness.part(list, 'clear')!.focus();
    await sendKeys({ press: 'Enter' });
    await harness.settle(list);
    expect(harness.pressedChipNames(list)).to.deep.equal([]);
    // Focus is on the group of filters, which no key activates, not on a chip.
    expect(focusOnFilters(list), 'focus on the filters').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: SPACE });
    await harness.settle(list);
    expect(harness.pressedChipNames(list)).to.deep.equal([]);
    expect(harness.visibleCardIds(list)).to.have.length(TOTAL);
    // Tab goes on to the first chip.
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === harness.chips(list)[0], 'Tab to the first chip').to.equal(true);
    await expect(list).to.be.accessible();
  });

  it('drops the chosen filters when the filter controls are taken away', async () => {
    const plan = filterPlan();
    const list = await listFixture({ filter: true });
    await harness.toggleChip(list, GOAL_LABELS[plan.first]);
    expect(harness.visibleCardIds(list).length).to.be.lessThan(TOTAL);
    list.removeAttribute('filter');
    await harness.settle(list);
    expect(harness.chips(list).length).to.equal(0);
    // No chip is left to undo the filter, so every technique shows again.
    expect(harness.visibleCardIds(list)).to.deep.equal([...BUILT_IN_TECHNIQUE_IDS]);
  });

  it('drops a chosen goal that the new list no longer offers', async () => {
    const list = await listFixture({ filter: true, techniques: 'swedish deep-tissue' });
    await harness.toggleChip(list, GOAL_LABELS.relaxation);
    expect(harness.visibleCardIds(list)).to.deep.equal(['swedish']);
    // Deep tissue alone has no "Relaxation" chip left to undo the filter.
    list.techniques = 'deep-tissue';
    await harness.settle(list);
    expect(harness.visibleCardIds(list)).to.deep.equal(['deep-tissue']);
    expect(harness.countLine(list)).to.equal('Showing 1 technique');
  });

  it('works from the keyboard: Tab to a harness.chip, Space and Enter toggle it', async () => {
    const page = await fixture(html`
      <div>
        <button type="button">Before the list</button>
        <knead-technique-list filter></knead-technique-list>
      </div>
    `);
    const list = page.querySelector('knead-technique-list')!;
    await harness.settle(list);
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const [first, second] = harness.chips(list);
    expect(deepActiveElement() === first, 'Tab reaches the first chip').to.equal(true);
    expect(harness.isPressed(first!)).to.equal(false);

    await sendKeys({ press: SPACE });
    await harness.settle(list);
    expect(harness.isPressed(first!)).to.equal(true);
    expect(harness.countLine(list)).to.match(/^Showing \d+ of \d+ techniques$/);

    await sendKeys({ press: 'Enter' });
    await harness.settle(list);
    expect(harness.isPressed(first!)).to.equal(false);
    expect(harness.countLine(list)).to.equal(`Showing all ${TOTAL} techniques`);

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === second, 'Tab moves to the next chip').to.equal(true);
    await sendKeys({ press: SPACE });
    await harness.settle(list);
    expect(harness.isPressed(second!)).to.equal(true);
  });
});
