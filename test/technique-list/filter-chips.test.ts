import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { GOALS, PRESSURE_LEVELS } from '../../src/technique-card/technique-types.js';
import {
  chipsFor,
  filterTechniques,
  goalsOffered,
  isFiltering,
  pressuresOffered,
  toggled,
  withinChips,
} from '../../src/technique-list/technique-filter.js';
import { ALL, filter, filterArb, technique, listArb, oracle, sample } from './filter-fixtures.js';

describe('goalsOffered', () => {
  it('lists the goals the techniques cover, in vocabulary order', () => {
    const offered = goalsOffered([
      technique('x', 3, ['stiffness', 'knots']),
      technique('y', 3, ['sports-recovery', 'relaxation', 'knots']),
    ]);
    expect(offered).to.deep.equal(['relaxation', 'knots', 'stiffness', 'sports-recovery']);
  });

  it('offers nothing for no techniques', () => {
    expect(goalsOffered([])).to.deep.equal([]);
  });

  it('offers exactly the covered goals, in vocabulary order, for any list', () => {
    fc.assert(
      fc.property(listArb, (list) => {
        const offered = goalsOffered(list);
        const covered = new Set(list.flatMap((t) => t.goals));
        const order = offered.map((goal) => GOALS.indexOf(goal));
        return (
          offered.length === covered.size &&
          offered.every((goal) => covered.has(goal)) &&
          order.every((index, i) => i === 0 || order[i - 1]! < index)
        );
      }),
    );
  });
});

describe('pressuresOffered', () => {
  it('lists the pressures present, gentlest first, each once', () => {
    expect(
      pressuresOffered([
        technique('a', 4, []),
        technique('b', 2, []),
        technique('c', 4, []),
        technique('d', 5, []),
      ]),
    ).to.deep.equal([2, 4, 5]);
  });

  it('offers nothing for no techniques', () => {
    expect(pressuresOffered([])).to.deep.equal([]);
  });

  it('offers exactly the present pressures, ascending, for any list', () => {
    fc.assert(
      fc.property(listArb, (list) => {
        const offered = pressuresOffered(list);
        const present = [...new Set(list.map((t) => t.pressure))].sort((a, b) => a - b);
        return offered.length === present.length && offered.every((p, i) => p === present[i]);
      }),
    );
  });
});

describe('toggled', () => {
  it('adds an item that is missing', () => {
    expect([...toggled(new Set(['knots']), 'stress')]).to.have.members(['knots', 'stress']);
  });

  it('removes an item that is there', () => {
    expect([...toggled(new Set(['knots', 'stress']), 'knots')]).to.deep.equal(['stress']);
  });

  it('returns a new set and leaves the given one alone', () => {
    const set = new Set([1, 2]);
    const next = toggled(set, 3);
    expect(next).to.not.equal(set);
    expect([...set]).to.deep.equal([1, 2]);
  });

  it('flips membership and nothing else; twice is no change', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 9 })),
        fc.integer({ min: 0, max: 9 }),
        (items, item) => {
          const set = new Set(items);
          const once = toggled(set, item);
          const twice = toggled(once, item);
          const othersKept = items.every((other) => other === item || once.has(other));
          return (
            once.has(item) === !set.has(item) &&
            othersKept &&
            once.size === set.size + (set.has(item) ? -1 : 1) &&
            twice.size === set.size &&
            [...set].every((other) => twice.has(other))
          );
        },
      ),
    );
  });
});

describe('chipsFor', () => {
  it('offers each goal and pressure the techniques have, in order', () => {
    expect(chipsFor(sample('swedish', 'trigger-point'))).to.deep.equal({
      goals: ['relaxation', 'stress', 'chronic-tension', 'knots'],
      pressures: [2, 4],
    });
  });

  it('offers no group that has a single option: it would filter nothing', () => {
    expect(chipsFor(sample('trigger-point', 'thai', 'sports')).pressures).to.deep.equal([]);
    expect(chipsFor(sample('trigger-point'))).to.deep.equal({
      goals: ['chronic-tension', 'knots'],
      pressures: [],
    });
  });
});

describe('withinChips', () => {
  it('keeps the choices that have a chip and drops the rest', () => {
    const chips = chipsFor(sample('swedish', 'deep-tissue'));
    const chosen = filter(['relaxation', 'sports-recovery'], [2, 4]);
    const applied = withinChips(chosen, chips);
    expect([...applied.goals]).to.deep.equal(['relaxation']);
    expect([...applied.pressures]).to.deep.equal([2]);
  });

  it('counts nothing when no chips are offered', () => {
    const applied = withinChips(filter(['knots'], [4]), { goals: [], pressures: [] });
    expect(filterTechniques(ALL, applied)).to.deep.equal(ALL);
  });

  it('never widens a choice: the result is a subset of what was chosen', () => {
    fc.assert(
      fc.property(
        fc.subarray([...GOALS]),
        fc.subarray([...PRESSURE_LEVELS]),
        fc.subarray(ALL),
        (goals, pressures, techniques) => {
          const applied = withinChips(filter(goals, pressures), chipsFor(techniques));
          expect([...applied.goals].every((goal) => goals.includes(goal))).to.equal(true);
          expect([...applied.pressures].every((level) => pressures.includes(level))).to.equal(true);
        },
      ),
    );
  });
});

describe('isFiltering', () => {
  it('is off with no choice, on with any goal or pressure chosen', () => {
    expect(isFiltering(filter())).to.equal(false);
    expect(isFiltering(filter(['knots']))).to.equal(true);
    expect(isFiltering(filter([], [3]))).to.equal(true);
  });

  it('is on exactly when the filter can leave a technique out', () => {
    fc.assert(
      fc.property(filterArb, (chosen) => {
        const leavesOut = ALL.some((technique) => !oracle(technique, chosen));
        if (leavesOut) expect(isFiltering(chosen)).to.equal(true);
        if (!isFiltering(chosen)) expect(filterTechniques(ALL, chosen)).to.deep.equal(ALL);
      }),
    );
  });
});
