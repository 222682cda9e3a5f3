import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { findReachable } from '../../src/symptom-check/flow-reachability.js';
import { answer, next } from '../../src/symptom-check/flow-machine.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import {
  OUTCOME_LEVELS,
  type AnswerTest,
  type AnswerValue,
  type Answers,
  type Condition,
  type Flow,
  type FlowItem,
  type Outcome,
} from '../../src/symptom-check/flow-types.js';
import {
  clinicFlow,
  enableWhenChain,
  explodingFlow,
  manyOptionsFlow,
} from '../helpers/large-flows.js';
import {
  conditionPlanArb,
  testPlanArb,
  type ConditionPlan,
  type TestPlan,
} from '../helpers/flow-plans.js';

// The slow, obviously right way: every valid answer to every question, through the engine.

function everyAnswer(item: FlowItem): AnswerValue[] {
  const options = item.answerOption ?? [];
  if (item.type === 'boolean') return [true, false];
  if (item.type === 'display') return [true];
  if (item.type === 'choice') return options.map((option) => option.valueCoding.code);
  const others = options.filter((option) => !option.exclusive).map((o) => o.valueCoding.code);
  const sets = others.reduce<string[][]>(
    (all, code) => [...all, ...all.map((set) => [...set, code])],
    [[]],
  );
  return [
    ...options.filter((option) => option.exclusive).map((o) => [o.valueCoding.code]),
    ...sets.filter((set) => set.length > 0),
  ];
}

interface Found {
  readonly asked: number[];
  readonly reached: number[];
}

/** What every answer path asks and ends in; undefined past `limit` paths. */
function bruteForce(flow: Flow, limit = 20_000): Found | undefined {
  const asked = new Set<number>();
  const reached = new Set<number>();
  let count = 0;
  const walk = (answers: Answers): boolean => {
    if (++count > limit) return false;
    const step = next(flow, answers);
    if (step.kind === 'outcome') {
      reached.add(flow.outcomes.indexOf(step.outcome));
      return true;
    }
    asked.add(flow.item.indexOf(step.item));
    return everyAnswer(step.item).every((value) =>
      walk(answer(flow, answers, step.item.linkId, value)),
    );
  };
  if (!walk(new Map())) return undefined;
  return { asked: [...asked].sort((a, b) => a - b), reached: [...reached].sort((a, b) => a - b) };
}

const sorted = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);
const asFlow = (json: unknown) => json as Flow;

// Random flows of the right shape: tests only on earlier items, codes among the options.

const flowPlanArb = fc.record({
  items: fc.array(
    fc.record({
      type: fc.constantFrom('boolean', 'choice', 'multi-choice', 'multi-choice', 'display'),
      options: fc.integer({ min: 2, max: 5 }),
      exclusive: fc.integer({ min: 0, max: 2 }),
      enableWhen: fc.option(fc.array(testPlanArb, { minLength: 1, maxLength: 3 }), {
        nil: undefined,
      }),
      any: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  outcomes: fc.array(
    fc.record({ level: fc.constantFrom(...OUTCOME_LEVELS), when: conditionPlanArb }),
    { maxLength: 4 },
  ),
  fallback: fc.record({ level: fc.constantFrom(...OUTCOME_LEVELS), at: fc.nat() }),
});

type FlowPlan = typeof flowPlanArb extends fc.Arbitrary<infer T> ? T : never;

function buildFlow(plan: FlowPlan): Flow {
  const item: FlowItem[] = [];
  const test = (target: FlowItem, { operator, value, flag, omit }: TestPlan): AnswerTest => {
    const question = target.linkId;
    if (operator === 'exists')
      return omit ? { question, operator } : { question, operator, answerBoolean: flag };
    const codes = (target.answerOption ?? []).map((option) => option.valueCoding.code);
    return codes.length
      ? { question, operator, answerCoding: { code: codes[value % codes.length]! } }
      : { question, operator, answerBoolean: flag };
  };
  plan.items.forEach((planned, index) => {
    const choice = planned.type === 'choice' || planned.type === 'multi-choice';
    const built: FlowItem = {
      linkId: `q${index}`,
      text: `Question ${index}?`,
      type: planned.type,
      ...(choice
        ? {
            answerOption: Array.from({ length: planned.options }, (_, n) => ({
              valueCoding: { code: `c${n}`, display: `C${n}` },
              // The last options exclusive, but never all of them.
              ...(planned.type === 'multi-choice' &&
              n >= planned.options - Math.min(planned.exclusive, planned.options - 1)
                ? { exclusive: true }
                : {}),
            })),
          }
        : {}),
      ...(index > 0 && planned.enableWhen
        ? {
            enableWhen: planned.enableWhen.map((t) => test(item[t.target % index]!, t)),
            enableBehavior: planned.any ? ('any' as const) : ('all' as const),
          }
        : {}),
    };
    item.push(built);
  });
  const condition = (planned: ConditionPlan): Condition => {
    if ('test' in planned) return test(item[planned.test.target % item.length]!, planned.test);
    if ('all' in planned) return { all: planned.all.map(condition) };
    if ('any' in planned) return { any: planned.any.map(condition) };
    return { not: condition(planned.not) };
  };
  const outcomes: Outcome[] = plan.outcomes.map((planned, index) => ({
    id: `o${index}`,
    level: planned.level,
    when: condition(planned.when),
    title: `Outcome ${index}`,
    advice: 'Some advice.',
  }));
  outcomes.splice(plan.fallback.at % (outcomes.length + 1), 0, {
    id: 'fallback',
    level: plan.fallback.level,
    title: 'Fallback',
    advice: 'Ask a clinician.',
  });
  return { id: 'random', title: 'Random flow', intro: 'Generated.', item, outcomes };
}

// Tests -------------------------------------------------------------------------------------

describe('findReachable', () => {
  it('finds every item and outcome of the built-in flow', () => {
    const found = findReachable(BACK_PAIN_FLOW);
    expect(found.complete).to.equal(true);
    expect(sorted(found.asked)).to.deep.equal(BACK_PAIN_FLOW.item.map((_, index) => index));
    expect(sorted(found.reached)).to.deep.equal(BACK_PAIN_FLOW.outcomes.map((_, index) => index));
  });

  for (const options of [24, 64])
    it(`decides a multi-choice question with ${options} options under "any" one code at a time`, () => {
      const found = findReachable(asFlow(manyOptionsFlow(options)));
      expect(found.complete).to.equal(true);
      expect(sorted(found.reached)).to.deep.equal([0, 1]);
      const shadowed = findReachable(asFlow(manyOptionsFlow(options, { shadowed: true })));
      expect(shadowed.complete).to.equal(true);
      expect(sorted(shadowed.reached), 'the massage outcome never wins').to.deep.equal([0, 2]);
    });

  it('checks a 200-question flow completely, and finds its one dead item', () => {
    const flow = asFlow(clinicFlow(200));
    const found = findReachable(flow);
    expect(found.complete).to.equal(true);
    expect(found.asked.size).to.equal(200);
    expect(found.reached.size).to.equal(flow.outcomes.length);
    const dead = findReachable(asFlow(clinicFlow(200, { dead: true })));
    expect(dead.complete).to.equal(true);
    expect(dead.asked.size).to.equal(199);
    expect(dead.asked.has(199)).to.equal(false);
  });

  it('follows a chain of 300 enableWhen, each on the one before', () => {
    const found = findReachable(asFlow(enableWhenChain(300)));
    expect(found.complete).to.equal(true);
    expect(found.asked.size).to.equal(300);
    expect(sorted(found.reached)).to.deep.equal([0, 1]);
  });

  it('says it is incomplete when it runs out of budget, and claims only what it found', () => {
    const flow = asFlow(explodingFlow());
    const found = findReachable(flow);
    expect(found.complete).to.equal(false);
    expect(found.reached.has(0), 'the shadowed outcome').to.equal(false);
    const small = findReachable(asFlow(clinicFlow(200)), 500);
    expect(small.complete).to.equal(false);
    expect(small.steps).to.be.greaterThan(500);
  });

  describe('properties (fast-check)', () => {
    it('agrees with trying every answer on small random flows', function () {
      this.timeout(60_000);
      let compared = 0;
      fc.assert(
        fc.property(flowPlanArb, (plan) => {
          const flow = buildFlow(plan);
          const expected = bruteForce(flow);
          if (!expected) return;
          compared++;
          const found = findReachable(flow);
          expect(found.complete).to.equal(true);
          expect({ asked: sorted(found.asked), reached: sorted(found.reached) }).to.deep.equal(
            expected,
          );
        }),
        { numRuns: 1000 },
      );
      expect(compared, 'most flows were small enough to compare').to.be.greaterThan(900);
    });

    it('with any budget, claims nothing that cannot happen, and is exact when complete', function () {
      this.timeout(60_000);
      let incomplete = 0;
      fc.assert(
        fc.property(flowPlanArb, fc.integer({ min: 0, max: 400 }), (plan, budget) => {
          const flow = buildFlow(plan);
          const expected = bruteForce(flow);
          if (!expected) return;
          const found = findReachable(flow, budget);
          if (!found.complete) incomplete++;
          const asked = sorted(found.asked);
          const reached = sorted(found.reached);
          expect(asked.every((index) => expected.asked.includes(index))).to.equal(true);
          expect(reached.every((index) => expected.reached.includes(index))).to.equal(true);
          if (found.complete) expect({ asked, reached }).to.deep.equal(expected);
        }),
        { numRuns: 500 },
      );
      expect(incomplete, 'some budgets ran out').to.be.greaterThan(0);
    });
  });
});
