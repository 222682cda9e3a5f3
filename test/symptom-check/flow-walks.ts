/**
 * Walking a flow through the engine, the slow and obviously right way: every valid answer to
 * a question, every path through a small flow, and a random visitor's answers to the end.
 * What the reachability search and the validator are checked against.
 */
import { answer, next } from '../../src/symptom-check/flow-machine.js';
import type {
  AnswerValue,
  Answers,
  Flow,
  FlowItem,
  Outcome,
} from '../../src/symptom-check/flow-types.js';
import type { Pick } from '../helpers/flow-plans.js';

/** Every valid answer to a question: for a multi-choice one, every allowed set of codes. */
export function everyAnswer(item: FlowItem): AnswerValue[] {
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

/** What every answer path asks and ends in, by index; undefined past `limit` paths. */
export function bruteForce(
  flow: Flow,
  limit = 20_000,
): { asked: number[]; reached: number[] } | undefined {
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
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  return { asked: sorted(asked), reached: sorted(reached) };
}

/** How often a random visitor says yes, and ticks "none of these" where a list has it. */
export interface Odds {
  /** Yes one time in `yesOneIn`. */
  readonly yesOneIn: number;
  /** "None of these" `noneIn3` times in three. */
  readonly noneIn3: 0 | 1 | 2 | 3;
}

/**
 * A valid answer to `item`, chosen by `pick`: yes or no, any option of a choice, and for a
 * multi-choice question "none of these" or one to four of the other options.
 */
export function validAnswer(
  item: FlowItem,
  pick: Pick,
  { yesOneIn, noneIn3 }: Odds = { yesOneIn: 2, noneIn3: 1 },
): AnswerValue {
  const options = item.answerOption ?? [];
  switch (item.type) {
    case 'boolean':
      return pick.index % yesOneIn === 0;
    case 'display':
      return true;
    case 'choice':
      return options[pick.index % options.length]!.valueCoding.code;
    case 'multi-choice': {
      const exclusive = options.filter((option) => option.exclusive);
      const others = options.filter((option) => !option.exclusive);
      if (exclusive.length && (pick.index % 3 < noneIn3 || !others.length))
        return [exclusive[pick.index % exclusive.length]!.valueCoding.code];
      return [...new Set(pick.subset.map((n) => others[n % others.length]!.valueCoding.code))];
    }
  }
}

/**
 * Answers whatever is asked, with `picks` in turn, from `start` until an outcome; throws if
 * an answer is not taken or the questions never end. Counts the questions asked.
 */
export function runToOutcome(
  flow: Flow,
  picks: readonly Pick[],
  { start = new Map() as Answers, odds }: { start?: Answers; odds?: Odds } = {},
): { answers: Answers; outcome: Outcome; asked: number } {
  let answers = start;
  for (let asked = 0; asked <= flow.item.length; asked++) {
    const step = next(flow, answers);
    if (step.kind === 'outcome') {
      if (!flow.outcomes.includes(step.outcome)) throw new Error('an outcome not of the flow');
      return { answers, outcome: step.outcome, asked };
    }
    const before = answers.size;
    const value = validAnswer(step.item, picks[asked % picks.length]!, odds);
    answers = answer(flow, answers, step.item.linkId, value);
    if (answers.size !== before + 1) throw new Error(`answer to ${step.item.linkId} not taken`);
  }
  throw new Error(`no outcome after ${flow.item.length} answers`);
}

/**
 * The JSON paths of the items never asked and outcomes never reached, found by trying every
 * answer on every path: what the validator should report. Undefined past `limit` paths.
 */
export function unreachablePaths(flow: Flow, limit = 20_000): string[] | undefined {
  const found = bruteForce(flow, limit);
  if (!found) return undefined;
  return [
    ...flow.item.flatMap((_, index) => (found.asked.includes(index) ? [] : [`item[${index}]`])),
    ...flow.outcomes.flatMap((_, index) =>
      found.reached.includes(index) ? [] : [`outcomes[${index}]`],
    ),
  ];
}
