/**
 * What the back-pain flow's tests share: walking it through the engine as a scripted visitor
 * (the harness's named routes, changed where a test says), and reading the signs that the
 * answers contain, as the flow's sources describe them.
 */
import { expect } from '@open-wc/testing';
import { BACK_PAIN_FLOW as FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { answer, next, type Step } from '../../src/symptom-check/flow-machine.js';
import type { AnswerValue, Answers, Outcome } from '../../src/symptom-check/flow-types.js';
import { ROUTES, routeAnswers } from '../harness/symptom-check.js';

export type Script = ReadonlyArray<readonly [string, AnswerValue]>;

/**
 * Answers like a visitor: at each step, asserts the question asked is the scripted one and
 * answers it. Returns the step after the last answer.
 */
export function walk(script: Script): { step: Step; answers: Answers } {
  let answers: Answers = new Map();
  for (const [linkId, value] of script) {
    const step = next(FLOW, answers);
    expect(step.kind === 'question' && step.item.linkId, `asked before ${linkId}`).to.equal(linkId);
    answers = answer(FLOW, answers, linkId, value);
    expect(answers.get(linkId), `answer to ${linkId} taken`).to.deep.equal(value);
  }
  return { step: next(FLOW, answers), answers };
}

/** No emergency sign, then no urgent sign. */
export const SCREENS_CLEAR: Script = routeAnswers(ROUTES.muscular.slice(0, 2));

/** The pattern questions, in the order the flow asks them. */
export const PATTERN_ORDER = ROUTES.muscular.slice(2).map((choice) => choice.linkId);

/** The muscular route (a dull ache from posture, worse with moving), some answers changed. */
export const patternPath = (changes: Record<string, AnswerValue> = {}): Script =>
  routeAnswers(ROUTES.muscular).map(([linkId, value]) => [linkId, changes[linkId] ?? value]);

/** The codes of a screen's signs that were chosen: every option but "none of these". */
const chosenSigns = (answers: Answers, linkId: string): string[] => {
  const chosen = answers.get(linkId);
  return Array.isArray(chosen) ? chosen.filter((code) => code !== 'none') : [];
};
export const emergencySigns = (answers: Answers) => chosenSigns(answers, 'emergency');
export const urgentSigns = (answers: Answers) => chosenSigns(answers, 'urgent');

/** The signs of a disc or nerve among the pattern answers. */
export function nerveSigns(answers: Answers): string[] {
  const signs: string[] = [];
  const worse = answers.get('worse-with');
  const has = (code: string) => Array.isArray(worse) && worse.includes(code);
  if (answers.get('below-knee') === true) signs.push('below-knee');
  if (answers.get('leg-symptoms') === true) signs.push('leg-symptoms');
  if (answers.get('character') === 'sharp') signs.push('sharp');
  if (has('sitting') && has('bending')) signs.push('sitting and bending');
  return signs;
}

export function expectNothingToTry(outcome: Outcome): void {
  expect(outcome.techniques ?? [], `${outcome.id} techniques`).to.deep.equal([]);
  expect(outcome.exercises ?? [], `${outcome.id} exercises`).to.deep.equal([]);
}
