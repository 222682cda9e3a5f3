/**
 * What a question screen offers and records, as rules over the flow's data: the answers a
 * visitor can pick, which of them are picked, what a pick or an untick makes of the answer,
 * and what Next records. Pure: the question view and the element's handlers only ask.
 */
import type { AnswerValue, FlowItem } from './flow-types.js';
import { toggleChoice } from './flow-machine.js';
import { CHECK_MESSAGES, type CheckMessages } from './check-messages.js';

/** One answer on the screen: the words beside it and the value it records. */
export interface AnswerChoice {
  readonly code: string;
  readonly display: string;
  readonly value: AnswerValue;
}

/**
 * The answers a question shows: Yes and No (in that order, in the words of `yesNo`), its
 * options, or none for a display screen.
 */
export function answerChoices(
  item: FlowItem,
  yesNo: Pick<CheckMessages, 'yes' | 'no'> = CHECK_MESSAGES,
): readonly AnswerChoice[] {
  if (item.type === 'boolean')
    return [
      { code: 'yes', display: yesNo.yes, value: true },
      { code: 'no', display: yesNo.no, value: false },
    ];
  return (item.answerOption ?? []).map(({ valueCoding }) => ({
    code: valueCoding.code,
    display: valueCoding.display,
    value: valueCoding.code,
  }));
}

/** Whether the screen shows several answers at once to tick (checkboxes), not one (radios). */
export const picksSeveral = (item: FlowItem): boolean => item.type === 'multi-choice';

/** Whether `value` is among what the visitor has picked so far on this screen. */
export function isPicked(item: FlowItem, draft: AnswerValue | undefined, value: AnswerValue) {
  return picksSeveral(item)
    ? Array.isArray(draft) && draft.includes(value as string)
    : draft === value;
}

/**
 * The screen's answer after the visitor ticks or unticks `value`: for a multi-choice
 * question the chosen codes (an exclusive "None of these" clears the others, and they clear
 * it), else that one answer.
 */
export function pick(
  item: FlowItem,
  draft: AnswerValue | undefined,
  value: AnswerValue,
  checked: boolean,
): AnswerValue {
  if (!picksSeveral(item)) return value;
  return toggleChoice(item, Array.isArray(draft) ? draft : [], value as string, checked);
}

/**
 * What Next records: an information-only (`display`) screen answers "seen" (`true`) with
 * nothing picked; any other screen, what the visitor picked (perhaps nothing yet).
 */
export const answerOnNext = (
  item: FlowItem,
  draft: AnswerValue | undefined,
): AnswerValue | undefined => (item.type === 'display' ? true : draft);
