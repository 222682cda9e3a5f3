import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  momentsIn,
  pickTips,
  tipsFor,
  unknownMomentsProblem,
  unknownTipsProblem,
  wordsIn,
} from '../../src/self-care-tips/tip-choice.js';
import { BUILT_IN_TIPS, BUILT_IN_TIP_IDS } from '../../src/self-care-tips/built-in-tips.js';
import { MOMENTS, type Moment, type Tip } from '../../src/self-care-tips/tip-types.js';

const idsOf = (tips: readonly Tip[]) => tips.map((tip) => tip.id);

describe('wordsIn', () => {
  it('splits on any white space and drops empties; a framework’s array counts too', () => {
    expect(wordsIn('  heat-cold\n water\tposture ')).to.deep.equal([
      'heat-cold',
      'water',
      'posture',
    ]);
    expect(wordsIn(['water', 'lifting'])).to.deep.equal(['water', 'lifting']);
    expect(wordsIn(undefined)).to.deep.equal([]);
    expect(wordsIn({})).to.deep.equal([]);
  });
});

describe('pickTips', () => {
  it('gives every tip when no id is asked for', () => {
    expect(pickTips(BUILT_IN_TIPS, [])).to.deep.equal({ tips: BUILT_IN_TIPS, unknown: [] });
  });

  it('picks in the order asked, each once, and names the unknown ids', () => {
    const { tips, unknown } = pickTips(BUILT_IN_TIPS, [
      'water',
      'reiki',
      'heat-cold',
      'water',
      'reiki',
    ]);
    expect(idsOf(tips)).to.deep.equal(['water', 'heat-cold']);
    expect(unknown).to.deep.equal(['reiki']);
  });

  it('gives none when no id is known', () => {
    expect(pickTips(BUILT_IN_TIPS, ['Water'])).to.deep.equal({ tips: [], unknown: ['Water'] });
  });

  it('picks exactly the known ids asked for, in their order (property)', () => {
    const id = fc.oneof(fc.constantFrom(...BUILT_IN_TIP_IDS), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 12 }), (ids) => {
        const { tips, unknown } = pickTips(BUILT_IN_TIPS, ids);
        const known = [...new Set(ids)].filter((each) =>
          (BUILT_IN_TIP_IDS as readonly string[]).includes(each),
        );
        expect(idsOf(tips)).to.deep.equal(ids.length ? known : [...BUILT_IN_TIP_IDS]);
        expect([...unknown].sort()).to.deep.equal(
          [...new Set(ids)].filter((each) => !known.includes(each)).sort(),
        );
      }),
    );
  });
});

describe('momentsIn', () => {
  it('reads known moments and names the rest, each once', () => {
    expect(momentsIn('after-session flare-up after-session later')).to.deep.equal({
      moments: ['after-session', 'flare-up'],
      unknown: ['later'],
    });
    expect(momentsIn('')).to.deep.equal({ moments: [], unknown: [] });
  });
});

describe('tipsFor', () => {
  it('keeps every tip for no moment', () => {
    expect(tipsFor(BUILT_IN_TIPS, [])).to.equal(BUILT_IN_TIPS);
  });

  it('keeps the tips that apply at any moment given, in their order', () => {
    expect(idsOf(tipsFor(BUILT_IN_TIPS, ['after-exercise']))).to.deep.equal([
      'water',
      'gentle-exercise',
    ]);
    expect(idsOf(tipsFor(BUILT_IN_TIPS, ['flare-up', 'before-session']))).to.deep.equal([
      'heat-cold',
      'water',
      'lifting',
      'pain-relief',
    ]);
  });

  it('keeps exactly the tips sharing a moment, in order (property)', () => {
    fc.assert(
      fc.property(fc.subarray([...MOMENTS] as Moment[]), (moments) => {
        const kept = tipsFor(BUILT_IN_TIPS, moments);
        const expected = moments.length
          ? BUILT_IN_TIPS.filter((tip) => tip.when.some((m) => moments.includes(m)))
          : BUILT_IN_TIPS;
        expect(idsOf(kept)).to.deep.equal(idsOf(expected));
      }),
    );
  });
});

describe('console messages', () => {
  it('name the unknown ids and the known ones', () => {
    expect(unknownTipsProblem(['reiki'], BUILT_IN_TIPS)).to.equal(
      `unknown tip ids reiki; known: ${BUILT_IN_TIP_IDS.join(', ')}`,
    );
  });

  it('name the unknown moments, and say when every tip is shown', () => {
    expect(unknownMomentsProblem(['later'], true)).to.equal(
      `unknown moments later; use ${MOMENTS.join(', ')}`,
    );
    expect(unknownMomentsProblem(['later'], false)).to.include('every tip is shown');
  });
});
