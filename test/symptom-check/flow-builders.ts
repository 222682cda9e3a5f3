/**
 * Short ways to write a flow in a test: answer tests, options, questions and outcomes, with
 * plain texts where a test does not care about them. Plain data (a flow is JSON), so the
 * same builders write the flows the engine runs and the JSON the validator reads, and the
 * large flows of the benchmark.
 */
import type * as F from '../../src/symptom-check/flow-types.js';
import type { Step } from '../../src/symptom-check/flow-machine.js';

/** Answers, in the order given. */
export const answersOf = (...entries: Array<[string, F.AnswerValue]>): F.Answers =>
  new Map(entries);

/** `question` = (or `!=`) the code `code`. */
export const is = (question: string, code: string, operator: '=' | '!=' = '='): F.AnswerTest => ({
  question,
  operator,
  answerCoding: { code },
});

/** `question` = (or `!=`) the boolean `value`. */
export const bool = (
  question: string,
  value: boolean,
  operator: '=' | '!=' = '=',
): F.AnswerTest => ({
  question,
  operator,
  answerBoolean: value,
});
export const yes = (question: string): F.AnswerTest => bool(question, true);
export const no = (question: string): F.AnswerTest => bool(question, false);

/** `question` answered (or, with `answerBoolean` false, not answered). */
export const exists = (question: string, answerBoolean?: boolean): F.AnswerTest =>
  answerBoolean === undefined
    ? { question, operator: 'exists' }
    : { question, operator: 'exists', answerBoolean };

/** An option with the code `code`, shown as "Option code". */
export const opt = (code: string, exclusive?: boolean): F.AnswerOption => ({
  valueCoding: { code, display: `Option ${code}` },
  ...(exclusive === undefined ? {} : { exclusive }),
});

/** Options with these codes; `none` is the exclusive "none of these". */
export const options = (...codes: string[]): F.AnswerOption[] =>
  codes.map((code) => opt(code, code === 'none' || undefined));

/** A question `linkId?`, asked when `enableWhen` holds (always without it). */
export const question = (
  linkId: string,
  type: F.ItemType,
  codes: readonly string[] = [],
  enableWhen?: F.AnswerTest[],
): F.FlowItem => ({
  linkId,
  text: `${linkId}?`,
  type,
  ...(codes.length ? { answerOption: options(...codes) } : {}),
  ...(enableWhen ? { enableWhen } : {}),
});

/** A yes/no question. */
export const yesNo = (linkId: string, enableWhen?: F.AnswerTest[]): F.FlowItem =>
  question(linkId, 'boolean', [], enableWhen);

/** An outcome `id` at `level` when `when` holds (the fallback without it). */
export const outcome = (id: string, level: F.OutcomeLevel, when?: F.Condition): F.Outcome => ({
  id,
  level,
  ...(when ? { when } : {}),
  title: `Outcome ${id}`,
  advice: 'Some advice.',
});

/** A flow of these questions and outcomes. */
export const flowOf = (item: F.FlowItem[], outcomes: F.Outcome[], id = 'test'): F.Flow => ({
  id,
  title: 'Test',
  intro: 'A test flow.',
  item,
  outcomes,
});

/** The question of a step that must be one; fails the test otherwise. */
export function questionOf(step: Step): F.FlowItem {
  if (step.kind !== 'question')
    throw new Error(`expected a question, got outcome ${step.outcome.id}`);
  return step.item;
}

/** The outcome of a step that must be one; fails the test otherwise. */
export function outcomeOfStep(step: Step): F.Outcome {
  if (step.kind !== 'outcome') throw new Error(`expected an outcome, got ${step.item.linkId}`);
  return step.outcome;
}
