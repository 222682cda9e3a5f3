import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  TIPS_SHAPE,
  checkTipList,
  parseTip,
  parseTipList,
} from '../../src/self-care-tips/tip-schema.js';
import {
  MAX_TIPS,
  MOMENTS,
  TIP_TEXT_LIMITS,
  type Tip,
} from '../../src/self-care-tips/tip-types.js';
import { BUILT_IN_TIPS, findTip } from '../../src/self-care-tips/built-in-tips.js';
import { MAX_PROBLEMS_LISTED } from '../../src/shared/json-fields.js';
import type { JsonProblem } from '../../src/shared/log.js';
import { CLINIC_WATER, WARM_BATH, manyTips, pathsOf } from './tip-fixtures.js';

const idsOf = (tips: readonly Tip[]) => tips.map((tip) => tip.id);

describe('parseTip', () => {
  it('reads a whole tip, its moments in the one order', () => {
    const problems: JsonProblem[] = [];
    const tip = parseTip({ ...WARM_BATH, when: ['flare-up', 'before-session'] }, '[0]', problems);
    expect(problems).to.deep.equal([]);
    expect(tip).to.deep.equal({ ...WARM_BATH, when: ['before-session', 'flare-up'] });
  });

  it('reads every built-in tip back as it is (one check for built-in and clinic tips)', () => {
    for (const builtIn of BUILT_IN_TIPS) {
      const problems: JsonProblem[] = [];
      expect(parseTip(builtIn, '', problems), builtIn.id).to.deep.equal(builtIn);
      expect(problems).to.deep.equal([]);
    }
  });

  const refusals: [string, Record<string, unknown>, string, unknown][] = [
    ['no id', { ...WARM_BATH, id: undefined }, '[2].id', undefined],
    ['an id with capitals', { ...WARM_BATH, id: 'Warm-Bath' }, '[2].id', 'Warm-Bath'],
    ['an id of 65 characters', { ...WARM_BATH, id: 'a'.repeat(65) }, '[2].id', 'a'.repeat(65)],
    ['no title', { ...WARM_BATH, title: undefined }, '[2].title', undefined],
    ['a blank title', { ...WARM_BATH, title: '   ' }, '[2].title', '   '],
    ['a number for text', { ...WARM_BATH, text: 42 }, '[2].text', 42],
    ['no when', { ...WARM_BATH, when: undefined }, '[2].when', undefined],
    ['an empty when', { ...WARM_BATH, when: [] }, '[2].when', []],
    ['a when that is text', { ...WARM_BATH, when: 'every-day' }, '[2].when', 'every-day'],
    [
      'an unknown moment',
      { ...WARM_BATH, when: ['every-day', 'bedtime'] },
      '[2].when[1]',
      'bedtime',
    ],
    [
      'a moment twice',
      { ...WARM_BATH, when: ['every-day', 'every-day'] },
      '[2].when[1]',
      'every-day',
    ],
    ['a moment that is no text', { ...WARM_BATH, when: [3] }, '[2].when[0]', 3],
  ];
  for (const [what, entry, path, value] of refusals) {
    it(`refuses ${what}, naming ${path} and the value`, () => {
      const problems: JsonProblem[] = [];
      expect(parseTip(entry, '[2]', problems)).to.equal(undefined);
      expect(problems.map(({ path, value }) => ({ path, value }))).to.deep.include({ path, value });
    });
  }

  it('refuses a title or text over its limit, and says the limit', () => {
    const problems: JsonProblem[] = [];
    const long = {
      ...WARM_BATH,
      title: 'x'.repeat(TIP_TEXT_LIMITS.title + 1),
      text: 'y'.repeat(TIP_TEXT_LIMITS.text + 1),
    };
    expect(parseTip(long, 'tips[0]', problems)).to.equal(undefined);
    expect(pathsOf(problems)).to.deep.equal(['tips[0].title', 'tips[0].text']);
    expect(problems[0]!.reason).to.include(`at most ${TIP_TEXT_LIMITS.title}`);
    expect(problems[1]!.reason).to.include(`at most ${TIP_TEXT_LIMITS.text}`);
  });

  it('takes a title and text exactly at their limits, trimmed', () => {
    const problems: JsonProblem[] = [];
    const tip = parseTip(
      {
        ...WARM_BATH,
        title: ` ${'x'.repeat(TIP_TEXT_LIMITS.title)} `,
        text: 'y'.repeat(TIP_TEXT_LIMITS.text),
      },
      '',
      problems,
    );
    expect(tip?.title).to.have.length(TIP_TEXT_LIMITS.title);
    expect(tip?.text).to.have.length(TIP_TEXT_LIMITS.text);
  });

  it('ignores an unknown field, naming it', () => {
    const problems: JsonProblem[] = [];
    expect(parseTip({ ...WARM_BATH, colour: 'red' }, '[0]', problems)).to.deep.equal(WARM_BATH);
    expect(problems).to.deep.equal([
      { path: '[0].colour', value: 'red', reason: 'unknown field (ignored)' },
    ]);
  });

  it('refuses what is not an object, at the entry’s path', () => {
    for (const value of [null, 3, [WARM_BATH], true]) {
      const problems: JsonProblem[] = [];
      expect(parseTip(value, 'tips[1]', problems)).to.equal(undefined);
      expect(pathsOf(problems)).to.deep.equal(['tips[1]']);
    }
  });
});

describe('parseTipList', () => {
  it('reads built-in ids and tip objects, in order', () => {
    const { tips, problems } = parseTipList(['posture', WARM_BATH, 'water']);
    expect(problems).to.deep.equal([]);
    expect(idsOf(tips)).to.deep.equal(['posture', 'warm-bath', 'water']);
    // A built-in id gives the catalog's own tip, so it is translated like the built-in list.
    expect(tips[0]).to.equal(findTip('posture'));
  });

  it('reads {"tips": [...]}, and its paths start with tips', () => {
    const { tips, problems } = parseTipList({
      tips: ['water', 'lifting', WARM_BATH, { ...WARM_BATH, id: 'x', when: ['later'] }],
    });
    expect(idsOf(tips)).to.deep.equal(['water', 'lifting', 'warm-bath']);
    expect(problems).to.deep.equal([
      {
        path: 'tips[3].when[0]',
        value: 'later',
        reason: `unknown moment; use one of ${MOMENTS.join(', ')}`,
      },
    ]);
  });

  it('lets a clinic tip with a built-in id replace that tip’s words', () => {
    const { tips, problems } = parseTipList(['heat-cold', CLINIC_WATER]);
    expect(problems).to.deep.equal([]);
    expect(tips[1]).to.deep.equal(CLINIC_WATER);
    expect(tips[1]).to.not.equal(findTip('water'));
  });

  it('keeps the first of two entries with one id, naming the second', () => {
    const { tips, problems } = parseTipList(['water', CLINIC_WATER, 'posture', 'posture']);
    expect(idsOf(tips)).to.deep.equal(['water', 'posture']);
    expect(tips[0]).to.equal(findTip('water'));
    expect(pathsOf(problems)).to.deep.equal(['[1].id', '[3]']);
    expect(problems.every((problem) => problem.reason.startsWith('duplicate id'))).to.equal(true);
  });

  it('names an unknown built-in id with its path and value', () => {
    const { tips, problems } = parseTipList(['water', 'cupping']);
    expect(idsOf(tips)).to.deep.equal(['water']);
    expect(problems).to.deep.equal([
      { path: '[1]', value: 'cupping', reason: 'not a built-in tip id' },
    ]);
  });

  it('refuses a root that is no list, naming where the list should be', () => {
    expect(parseTipList('water').problems).to.deep.equal([
      { path: '(root)', value: 'water', reason: TIPS_SHAPE },
    ]);
    expect(parseTipList({ tip: [] }).problems).to.deep.equal([
      { path: 'tip', value: [], reason: 'unknown setting (ignored)' },
      { path: 'tips', value: undefined, reason: TIPS_SHAPE },
    ]);
    expect(parseTipList(null).tips).to.deep.equal([]);
  });

  it(`reads at most ${MAX_TIPS} entries, with one problem for the rest`, () => {
    const { tips, problems } = parseTipList({ tips: manyTips(MAX_TIPS + 50) });
    expect(tips).to.have.length(MAX_TIPS);
    expect(problems).to.deep.equal([
      {
        path: 'tips',
        value: MAX_TIPS + 50,
        reason: `too many tips: at most ${MAX_TIPS}; the rest are left out`,
      },
    ]);
    expect(parseTipList(manyTips(MAX_TIPS)).problems).to.deep.equal([]);
  });

  it(`lists at most ${MAX_PROBLEMS_LISTED} problems, then counts the rest`, () => {
    const { tips, problems } = parseTipList(Array.from({ length: 120 }, () => 'nope'));
    expect(tips).to.deep.equal([]);
    expect(problems).to.have.length(MAX_PROBLEMS_LISTED + 1);
    expect(problems.at(-1)).to.deep.include({ path: '(root)', value: 70 });
  });

  it('never throws, and every problem names a path inside what it was given (property)', () => {
    const entry = fc.oneof(
      fc.constantFrom(...BUILT_IN_TIPS.map((tip) => tip.id), 'cupping'),
      fc.record(
        {
          id: fc.oneof(fc.constantFrom('a', 'warm-bath', 'Bad Id'), fc.anything()),
          title: fc.oneof(fc.string({ maxLength: 90 }), fc.anything()),
          text: fc.oneof(fc.string({ maxLength: 20 }), fc.anything()),
          when: fc.oneof(
            fc.array(fc.oneof(fc.constantFrom(...MOMENTS), fc.anything()), { maxLength: 7 }),
            fc.anything(),
          ),
          extra: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(entry, { maxLength: 12 }), (wrapped, entries) => {
        const { tips, problems } = parseTipList(wrapped ? { tips: entries } : entries);
        for (const { path } of problems)
          expect(path).to.match(wrapped ? /^(tips|\(root\))/ : /^(\[\d+\]|\(root\))/);
        // What is kept is usable as it is: it reads back unchanged, ids once each.
        expect(new Set(idsOf(tips)).size).to.equal(tips.length);
        for (const tip of tips) expect(parseTip(tip, '', [])).to.deep.equal(tip);
        // Nothing usable is dropped without a word.
        if (tips.length < entries.length) expect(problems.length).to.be.greaterThan(0);
      }),
    );
  });
});

describe('checkTipList', () => {
  it('gives the usable tips, or nothing when there is none', () => {
    expect(idsOf(checkTipList(['water', 'nope']).value!)).to.deep.equal(['water']);
    const refused = checkTipList(['nope']);
    expect(refused.value).to.equal(undefined);
    expect(pathsOf(refused.problems)).to.deep.equal(['[0]']);
    expect(checkTipList([]).value).to.equal(undefined);
  });
});
