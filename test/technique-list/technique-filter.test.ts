import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  NO_FILTER,
  filterTechniques,
  highlightedFirst,
  matchesFilter,
} from '../../src/technique-list/technique-filter.js';
import {
  ALL,
  DEEP,
  SPORTS,
  SWEDISH,
  THAI,
  TRIGGER,
  filter,
  filterArb,
  technique,
  goalArb,
  ids,
  idArb,
  listArb,
  oracle,
  pressureArb,
  techniqueArb,
} from './filter-fixtures.js';

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
