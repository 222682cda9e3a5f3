import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  GOALS,
  PRESSURE_LEVELS,
  type Goal,
  type PressureLevel,
  type Technique,
} from '../../src/technique-card/technique-types.js';
import {
  NO_FILTER,
  chipsFor,
  withinChips,
  filterTechniques,
  goalsOffered,
  highlightedFirst,
  matchesFilter,
  pressuresOffered,
  toggled,
  type TechniqueFilter,
} from '../../src/technique-list/technique-filter.js';

function technique(id: string, pressure: PressureLevel, goals: Goal[]): Technique {
  return { id, name: id, summary: `${id} summary`, pressure, goals, cautions: [] };
}

function filter(goals: Goal[] = [], pressures: PressureLevel[] = []): TechniqueFilter {
  return { goals: new Set(goals), pressures: new Set(pressures) };
}

const ids = (techniques: readonly Technique[]) => techniques.map((t) => t.id);

const SWEDISH = technique('swedish', 2, ['relaxation', 'stress']);
const DEEP = technique('deep-tissue', 5, ['chronic-tension', 'knots', 'stiffness']);
const TRIGGER = technique('trigger-point', 4, ['knots', 'chronic-tension']);
const THAI = technique('thai', 4, ['relaxation', 'flexibility', 'stiffness']);
const SPORTS = technique('sports', 4, ['sports-recovery', 'flexibility']);
const ALL = [SWEDISH, DEEP, TRIGGER, THAI, SPORTS];

// Arbitraries: a small id pool so duplicates and highlight hits happen often.
const idArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const goalArb = fc.constantFrom(...GOALS);
const pressureArb = fc.constantFrom(...PRESSURE_LEVELS);
const techniqueArb = fc
  .record({
    id: idArb,
    pressure: pressureArb,
    goals: fc.uniqueArray(goalArb, { maxLength: 4 }),
  })
  .map(({ id, pressure, goals }) => technique(id, pressure, goals));
const listArb = fc.array(techniqueArb, { maxLength: 12 });
const filterArb = fc
  .record({
    goals: fc.uniqueArray(goalArb, { maxLength: 4 }),
    pressures: fc.uniqueArray(pressureArb, { maxLength: 3 }),
  })
  .map(({ goals, pressures }) => filter(goals, pressures));

/** An independent statement of the rule: "or" inside a group, "and" between groups. */
function oracle(t: Technique, f: TechniqueFilter): boolean {
  const goalOk = f.goals.size === 0 || [...f.goals].some((goal) => t.goals.includes(goal));
  const pressureOk = f.pressures.size === 0 || [...f.pressures].includes(t.pressure);
  return goalOk && pressureOk;
}

describe('matchesFilter', () => {
  it('matches everything with no filter', () => {
    for (const t of ALL) expect(matchesFilter(t, NO_FILTER), t.id).to.equal(true);
  });

  it('matches a technique that has any one of the chosen goals', () => {
    const f = filter(['knots', 'flexibility']);
    expect(ALL.filter((t) => matchesFilter(t, f))).to.deep.equal([DEEP, TRIGGER, THAI, SPORTS]);
  });

  it('matches a technique that has any one of the chosen pressures', () => {
    const f = filter([], [2, 5]);
    expect(ALL.filter((t) => matchesFilter(t, f))).to.deep.equal([SWEDISH, DEEP]);
  });

  it('needs both a chosen goal and a chosen pressure when both groups are set', () => {
    const f = filter(['stiffness'], [4]);
    expect(matchesFilter(THAI, f)).to.equal(true);
    expect(matchesFilter(DEEP, f), 'goal fits, pressure does not').to.equal(false);
    expect(matchesFilter(SPORTS, f), 'pressure fits, goal does not').to.equal(false);
  });

  it('never matches a technique without goals once a goal is chosen', () => {
    const bare = technique('bare', 3, []);
    expect(matchesFilter(bare, NO_FILTER)).to.equal(true);
    expect(matchesFilter(bare, filter(['relaxation']))).to.equal(false);
    expect(matchesFilter(bare, filter([], [3]))).to.equal(true);
  });

  it('agrees with the rule for any technique and filter', () => {
    fc.assert(fc.property(techniqueArb, filterArb, (t, f) => matchesFilter(t, f) === oracle(t, f)));
  });
});

describe('filterTechniques', () => {
  it('keeps the matches in their given order', () => {
    expect(filterTechniques(ALL, filter(['relaxation']))).to.deep.equal([SWEDISH, THAI]);
    expect(filterTechniques(ALL, filter(['flexibility', 'knots'], [4]))).to.deep.equal([
      TRIGGER,
      THAI,
      SPORTS,
    ]);
  });

  it('returns nothing when nothing matches, and a new array', () => {
    expect(filterTechniques(ALL, filter(['posture']))).to.deep.equal([]);
    const all = filterTechniques(ALL, NO_FILTER);
    expect(all).to.deep.equal(ALL);
    expect(all).to.not.equal(ALL);
  });

  it('keeps exactly the matches, as a subsequence of the input', () => {
    fc.assert(
      fc.property(listArb, filterArb, (list, f) => {
        const kept = filterTechniques(list, f);
        let next = 0;
        for (const t of list) {
          if (oracle(t, f)) {
            if (kept[next] !== t) return false;
            next += 1;
          }
        }
        return next === kept.length;
      }),
    );
  });

  it('returns the input unchanged for an empty filter', () => {
    fc.assert(
      fc.property(listArb, (list) => {
        const result = filterTechniques(list, NO_FILTER);
        return result.length === list.length && result.every((t, i) => t === list[i]);
      }),
    );
  });

  it('never loses a technique when a goal is added to a non-empty goal set', () => {
    fc.assert(
      fc.property(
        listArb,
        filterArb.filter((f) => f.goals.size > 0),
        goalArb,
        (list, f, extra) => {
          const before = filterTechniques(list, f);
          const after = filterTechniques(list, { ...f, goals: new Set([...f.goals, extra]) });
          return before.every((t) => after.includes(t)) && after.length >= before.length;
        },
      ),
    );
  });

  it('never loses a technique when a pressure is added to a non-empty pressure set', () => {
    fc.assert(
      fc.property(
        listArb,
        filterArb.filter((f) => f.pressures.size > 0),
        pressureArb,
        (list, f, extra) => {
          const before = filterTechniques(list, f);
          const after = filterTechniques(list, {
            ...f,
            pressures: new Set([...f.pressures, extra]),
          });
          return before.every((t) => after.includes(t));
        },
      ),
    );
  });

  it('narrows the list when the first goal is chosen (empty means any)', () => {
    expect(filterTechniques(ALL, filter(['stress']))).to.deep.equal([SWEDISH]);
  });
});

describe('highlightedFirst', () => {
  it('puts the recommended techniques first, in the recommended order', () => {
    expect(ids(highlightedFirst(ALL, ['thai', 'swedish']))).to.deep.equal([
      'thai',
      'swedish',
      'deep-tissue',
      'trigger-point',
      'sports',
    ]);
  });

  it('ignores ids that are not in the list', () => {
    expect(ids(highlightedFirst(ALL, ['reiki', 'sports', 'cupping']))).to.deep.equal([
      'sports',
      'swedish',
      'deep-tissue',
      'trigger-point',
      'thai',
    ]);
  });

  it('uses the first mention of a repeated id', () => {
    expect(ids(highlightedFirst(ALL, ['thai', 'deep-tissue', 'thai']))).to.deep.equal([
      'thai',
      'deep-tissue',
      'swedish',
      'trigger-point',
      'sports',
    ]);
  });

  it('keeps the order with no highlight, and returns a new array', () => {
    const result = highlightedFirst(ALL, []);
    expect(result).to.deep.equal(ALL);
    expect(result).to.not.equal(ALL);
  });

  it('does not change its inputs', () => {
    const list = [...ALL];
    const highlight = ['sports', 'thai'];
    highlightedFirst(list, highlight);
    expect(list).to.deep.equal(ALL);
    expect(highlight).to.deep.equal(['sports', 'thai']);
  });

  it('returns a permutation of the input', () => {
    fc.assert(
      fc.property(listArb, fc.array(fc.oneof(idArb, fc.string())), (list, highlight) => {
        const result = highlightedFirst(list, highlight);
        if (result.length !== list.length) return false;
        const remaining = [...list];
        for (const t of result) {
          const at = remaining.indexOf(t);
          if (at < 0) return false;
          remaining.splice(at, 1);
        }
        return remaining.length === 0;
      }),
    );
  });

  it('puts highlighted ones first by first mention, then the rest in their order', () => {
    fc.assert(
      fc.property(listArb, fc.array(fc.oneof(idArb, fc.string())), (list, highlight) => {
        const rank = (id: string) => highlight.indexOf(id);
        const chosen = list.filter((t) => rank(t.id) >= 0);
        const rest = list.filter((t) => rank(t.id) < 0);
        const expected = [
          // A stable sort by first mention, written out as a walk over the highlight list.
          ...[...new Set(highlight)].flatMap((id) => chosen.filter((t) => t.id === id)),
          ...rest,
        ];
        const result = highlightedFirst(list, highlight);
        return result.every((t, i) => t === expected[i]);
      }),
    );
  });
});

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
    expect(chipsFor([SWEDISH, TRIGGER])).to.deep.equal({
      goals: ['relaxation', 'stress', 'chronic-tension', 'knots'],
      pressures: [2, 4],
    });
  });

  it('offers no group that has a single option: it would filter nothing', () => {
    expect(chipsFor([TRIGGER, THAI, SPORTS]).pressures).to.deep.equal([]);
    expect(chipsFor([TRIGGER])).to.deep.equal({
      goals: ['chronic-tension', 'knots'],
      pressures: [],
    });
  });
});

describe('withinChips', () => {
  it('keeps the choices that have a chip and drops the rest', () => {
    const chips = chipsFor([SWEDISH, DEEP]);
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
