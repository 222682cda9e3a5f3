/**
 * Random symptom-check flows and visitors for property tests (engine, validation,
 * reachability): plans drawn by fast-check, turned into real flows by `buildFlow`, and the
 * picks a random visitor answers with (see test/symptom-check/flow-walks.ts).
 */
import fc from 'fast-check';
import {
  OUTCOME_LEVELS,
  type AnswerTest,
  type Condition,
  type Flow,
  type FlowItem,
  type Outcome,
} from '../../src/symptom-check/flow-types.js';
import { outcome as outcomeAt } from '../symptom-check/flow-builders.js';

/** A plan for one answer test, turned into a real test by the flow it is placed in. */
export interface TestPlan {
  readonly target: number;
  readonly operator: 'exists' | '=' | '!=';
  readonly value: number;
  readonly flag: boolean;
  readonly omit: boolean;
}
export type ConditionPlan =
  | { readonly test: TestPlan }
  | { readonly all: readonly ConditionPlan[] }
  | { readonly any: readonly ConditionPlan[] }
  | { readonly not: ConditionPlan };

export const testPlanArb: fc.Arbitrary<TestPlan> = fc.record({
  target: fc.nat(),
  operator: fc.constantFrom('exists', '=', '!=', '=', '='),
  value: fc.nat(),
  flag: fc.boolean(),
  omit: fc.boolean(),
});

export const { condition: conditionPlanArb } = fc.letrec<{ condition: ConditionPlan }>((tie) => ({
  condition: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'condition' },
    testPlanArb.map((test) => ({ test })),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('condition').map((not) => ({ not })),
  ),
}));

/**
 * A small random flow, valid in shape: tests only on earlier questions, codes among their
 * options, one fallback outcome anywhere in the list; small enough (at most five questions)
 * that trying every answer on every path is usually possible.
 */
export const flowPlanArb = fc.record({
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
    fc.record({
      level: fc.constantFrom(...OUTCOME_LEVELS),
      when: conditionPlanArb,
      recommend: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  fallback: fc.record({ level: fc.constantFrom(...OUTCOME_LEVELS), at: fc.nat() }),
});

export type FlowPlan = typeof flowPlanArb extends fc.Arbitrary<infer T> ? T : never;

/** The flow a plan describes (plain JSON: no undefined fields). */
export function buildFlow(plan: FlowPlan): Flow {
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
    // The last options exclusive, but never all of them.
    const exclusive = (n: number) =>
      planned.type === 'multi-choice' &&
      n >= planned.options - Math.min(planned.exclusive, planned.options - 1);
    item.push({
      linkId: `q${index}`,
      text: `Question ${index}?`,
      type: planned.type,
      ...(choice
        ? {
            answerOption: Array.from({ length: planned.options }, (_, n) => ({
              valueCoding: { code: `c${n}`, display: `C${n}` },
              ...(exclusive(n) ? { exclusive: true } : {}),
            })),
          }
        : {}),
      ...(index > 0 && planned.enableWhen
        ? {
            enableWhen: planned.enableWhen.map((t) => test(item[t.target % index]!, t)),
            enableBehavior: planned.any ? ('any' as const) : ('all' as const),
          }
        : {}),
    });
  });
  const condition = (planned: ConditionPlan): Condition => {
    if ('test' in planned) return test(item[planned.test.target % item.length]!, planned.test);
    if ('all' in planned) return { all: planned.all.map(condition) };
    if ('any' in planned) return { any: planned.any.map(condition) };
    return { not: condition(planned.not) };
  };
  const outcomes: Outcome[] = plan.outcomes.map((planned, index) => ({
    ...outcomeAt(`o${index}`, planned.level, condition(planned.when)),
    ...(planned.recommend && (planned.level === 'clinician' || planned.level === 'massage')
      ? { techniques: ['swedish'], exercises: ['bridge'] }
      : {}),
  }));
  outcomes.splice(plan.fallback.at % (outcomes.length + 1), 0, {
    ...outcomeAt('fallback', plan.fallback.level),
  });
  return { id: 'random', title: 'Random flow', intro: 'Generated.', item, outcomes };
}

/** How a random visitor picks an answer (see `validAnswer` in flow-walks.ts). */
export interface Pick {
  readonly index: number;
  readonly subset: readonly number[];
}

export const pickArb: fc.Arbitrary<Pick> = fc.record({
  index: fc.nat(),
  subset: fc.uniqueArray(fc.nat(15), { minLength: 1, maxLength: 4 }),
});
