/**
 * How the answers to one item split into classes that no condition can tell apart, so the
 * reachability search tries one answer per class. Pure.
 */
import type { FlowItem } from './flow-types.js';

/** How the answers to one item split into classes that no condition can tell apart. */
export interface ItemPlan {
  readonly item: FlowItem;
  /** The slots whose formula looks at this item: only they change when it is answered. */
  readonly slots: readonly number[];
  /** Whole answers worth trying, one per class of answers. */
  readonly answers: readonly AnswerValueLike[];
  /** Multi-choice: the non-exclusive codes some condition looks at, decided one by one. */
  readonly codes: readonly string[];
  /** Multi-choice: the codes of the non-exclusive options. */
  readonly others: ReadonlySet<string>;
  /** Multi-choice: whether a non-exclusive option exists that no test names. */
  readonly otherUnnamed: boolean;
}
export type AnswerValueLike = boolean | string | readonly string[];

/** The answer classes of one item: answers that no test on it tells apart count once. */
export function planItem(
  item: FlowItem,
  slots: readonly number[],
  named: ReadonlySet<string>,
): ItemPlan {
  const options = item.answerOption ?? [];
  const codes = (exclusive: boolean) =>
    options
      .filter((option) => (option.exclusive ?? false) === exclusive)
      .map((option) => option.valueCoding.code);
  /** Each named code, and one that no test names (they all act alike). */
  const classes = (all: readonly string[]) => [
    ...all.filter((code) => named.has(code)),
    ...all.filter((code) => !named.has(code)).slice(0, 1),
  ];
  const base = { item, slots, codes: [], others: new Set<string>(), otherUnnamed: false };
  switch (item.type) {
    case 'boolean':
      return { ...base, answers: [false, true] };
    case 'display':
      return { ...base, answers: [true] };
    case 'choice':
      return {
        ...base,
        answers: classes(options.map((option) => option.valueCoding.code)),
      };
    case 'multi-choice': {
      const others = codes(false);
      return {
        ...base,
        // An exclusive option is chosen alone.
        answers: classes(codes(true)).map((code) => [code]),
        codes: others.filter((code) => named.has(code)),
        others: new Set(others),
        otherUnnamed: others.some((code) => !named.has(code)),
      };
    }
  }
}
