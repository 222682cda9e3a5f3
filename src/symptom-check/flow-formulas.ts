/**
 * Formulas for the reachability search, hash-consed: each outcome's condition and each
 * `enableWhen` test, with settled answers put in, numbered so that equal residuals get the
 * same number; and how one answer decides an answer test. Pure.
 */
import type { AnswerTest, Condition } from './flow-types.js';

// Formulas, hash-consed: equal residuals get the same number, so states compare cheaply.
export const FALSE = 0;
export const TRUE = 1;
export type Kind = 'false' | 'true' | 'test' | 'not' | 'all' | 'any';

/** How an answer (or its absence) decides an answer test: undefined while still open. */
export type Decide = (test: AnswerTest) => boolean | undefined;

/** One way of deciding the tests on one item, numbered for the substitution cache. */
export interface Decision {
  readonly id: number;
  readonly at: number;
  readonly how: Decide;
}

export class Formulas {
  readonly kind: Kind[] = ['false', 'true'];
  readonly kids: number[][] = [[], []];
  readonly test: (AnswerTest | undefined)[] = [undefined, undefined];
  /** The lowest and highest item index a formula looks at: outside, nothing changes it. */
  readonly low: number[] = [Infinity, Infinity];
  readonly high: number[] = [-Infinity, -Infinity];
  private readonly ids = new Map<string, number>();
  /** Per decision: formula to the formula with that decision put in. */
  private readonly substituted: Map<number, number>[] = [];
  /** Work done: one step per formula node built, put together or looked at. */
  steps = 0;

  constructor(private readonly itemIndex: ReadonlyMap<string, number>) {}

  private intern(key: string, kind: Kind, kids: number[], test?: AnswerTest): number {
    this.steps += kids.length + 1;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.kind.length;
    this.kind.push(kind);
    this.kids.push(kids);
    this.test.push(test);
    const at = test ? (this.itemIndex.get(test.question) ?? -1) : -1;
    this.low.push(test ? at : Math.min(...kids.map((kid) => this.low[kid]!)));
    this.high.push(test ? at : Math.max(...kids.map((kid) => this.high[kid]!)));
    this.ids.set(key, id);
    return id;
  }

  leaf(test: AnswerTest): number {
    const value = test.answerCoding?.code ?? String(test.answerBoolean);
    return this.intern(`t${test.question}\u0000${test.operator}\u0000${value}`, 'test', [], test);
  }

  not(kid: number): number {
    if (kid === TRUE || kid === FALSE) return kid === TRUE ? FALSE : TRUE;
    if (this.kind[kid] === 'not') return this.kids[kid]![0]!;
    return this.intern(`n${kid}`, 'not', [kid]);
  }

  /**
   * `all` (or `any`) of the kids, with constants folded. Kids keep their order: residuals of
   * one formula then match whenever they are equal, which is all the search needs.
   */
  join(kind: 'all' | 'any', given: readonly number[]): number {
    const unit = kind === 'all' ? TRUE : FALSE;
    const zero = kind === 'all' ? FALSE : TRUE;
    const kids: number[] = [];
    for (const kid of given) {
      this.steps++;
      if (kid === zero) return zero;
      if (kid !== unit) kids.push(kid);
    }
    if (kids.length === 0) return unit;
    if (kids.length === 1) return kids[0]!;
    return this.intern(`${kind === 'all' ? 'a' : 'o'}${kids.join(',')}`, kind, kids);
  }

  condition(condition: Condition): number {
    if ('all' in condition)
      return this.join(
        'all',
        condition.all.map((c) => this.condition(c)),
      );
    if ('any' in condition)
      return this.join(
        'any',
        condition.any.map((c) => this.condition(c)),
      );
    if ('not' in condition) return this.not(this.condition(condition.not));
    return this.leaf(condition);
  }

  /** The formula with the tests on the decision's item decided by it. */
  substitute(formula: number, decision: Decision): number {
    const { id, at, how } = decision;
    if (this.low[formula]! > at || this.high[formula]! < at) return formula;
    const cache = (this.substituted[id] ??= new Map());
    const known = cache.get(formula);
    if (known !== undefined) return known;
    this.steps++;
    const kind = this.kind[formula]!;
    let result: number;
    if (kind === 'test') {
      const value = how(this.test[formula]!);
      result = value === undefined ? formula : value ? TRUE : FALSE;
    } else if (kind === 'not') {
      result = this.not(this.substitute(this.kids[formula]![0]!, decision));
    } else {
      const kids = this.kids[formula]!.map((kid) => this.substitute(kid, decision));
      result = this.join(kind as 'all' | 'any', kids);
    }
    cache.set(formula, result);
    return result;
  }
}

/** An answer test on a question that is not answered (as `testHolds` has it). */
export const unanswered: (test: AnswerTest) => boolean = (test) =>
  test.operator === 'exists' ? (test.answerBoolean ?? true) === false : false;

/** An answer test on a question answered with `value` (as `testHolds` has it). */
export function answeredWith(
  test: AnswerTest,
  value: boolean | string | readonly string[],
): boolean {
  if (test.operator === 'exists') return test.answerBoolean ?? true;
  let equal: boolean;
  if (test.answerBoolean !== undefined) equal = value === test.answerBoolean;
  else if (test.answerCoding === undefined) equal = false;
  else
    equal = Array.isArray(value)
      ? value.includes(test.answerCoding.code)
      : value === test.answerCoding.code;
  return test.operator === '=' ? equal : !equal;
}

/** An answer test on a multi-choice question, once `code` is known chosen or not. */
export function withCode(test: AnswerTest, code: string, chosen: boolean): boolean | undefined {
  if (test.operator === 'exists' || test.answerCoding?.code !== code) return undefined;
  return test.operator === '=' ? chosen : !chosen;
}
