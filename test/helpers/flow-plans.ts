/**
 * Random condition plans for flow properties (validation, reachability): shapes only; each
 * test file turns a plan into a flow of its own.
 */
import fc from 'fast-check';

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
