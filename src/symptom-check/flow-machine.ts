/**
 * Runs a flow: given the answers so far, what comes next: a question or an outcome. Pure
 * and total for a valid flow (see flow-validation.ts): it never throws and, because every
 * answer moves to a later item, always ends in an outcome.
 *
 * Outcomes are checked after every answer and the most severe match wins, so an emergency
 * sign ends the check at once, whatever else was answered. A condition is decided only by
 * the answers given and the questions passed: while it still looks at a question to come
 * ("neck pain, and not numb" before the numbness question), it does not end the check.
 */
import {
  OUTCOME_LEVELS,
  type AnswerTest,
  type AnswerValue,
  type Answers,
  type Condition,
  type Flow,
  type FlowItem,
  type Outcome,
  type OutcomeLevel,
} from './flow-types.js';

export type Step =
  | { readonly kind: 'question'; readonly item: FlowItem }
  | { readonly kind: 'outcome'; readonly outcome: Outcome };

/** Higher is more severe. */
export const severity = (level: OutcomeLevel): number =>
  OUTCOME_LEVELS.length - OUTCOME_LEVELS.indexOf(level);

/** Levels that send the visitor to medical care: never anything to book or try at home. */
export const needsMedicalCare = (level: OutcomeLevel): boolean =>
  level === 'emergency' || level === 'urgent';

/** Only a result that massage suits offers booking. */
export const offersBooking = (level: OutcomeLevel): boolean => level === 'massage';

/** Whether one answer test holds for the answers. */
export function testHolds(test: AnswerTest, answers: Answers): boolean {
  const answer = answers.get(test.question);
  if (test.operator === 'exists') return (answer !== undefined) === (test.answerBoolean ?? true);
  if (answer === undefined) return false;
  const equal = matches(answer, test);
  return test.operator === '=' ? equal : !equal;
}

function matches(answer: AnswerValue, test: AnswerTest): boolean {
  if (test.answerBoolean !== undefined) return answer === test.answerBoolean;
  const code = test.answerCoding?.code;
  if (code === undefined) return false;
  return Array.isArray(answer) ? answer.includes(code) : answer === code;
}

/** Whether a condition holds for the answers, every question unanswered counting as such. */
export const conditionHolds = (condition: Condition, answers: Answers): boolean =>
  conditionDecided(condition, answers, () => false)!;

/** Whether an item is asked, given the answers so far (FHIR `enableWhen` semantics). */
export function isEnabled(item: FlowItem, answers: Answers): boolean {
  const tests = item.enableWhen ?? [];
  if (!tests.length) return true;
  return item.enableBehavior === 'any'
    ? tests.some((test) => testHolds(test, answers))
    : tests.every((test) => testHolds(test, answers));
}

/**
 * A condition's value while some questions are still `open` (may yet be asked): true or
 * false where the answers decide it whatever those turn out to be (`all` with a false part
 * is false, `any` with a true part true); undefined where it waits for an open question.
 */
export function conditionDecided(
  condition: Condition,
  answers: Answers,
  open: (question: string) => boolean,
): boolean | undefined {
  if ('not' in condition) {
    const decided = conditionDecided(condition.not, answers, open);
    return decided === undefined ? decided : !decided;
  }
  if (!('all' in condition || 'any' in condition))
    return open(condition.question) ? undefined : testHolds(condition, answers);
  const all = 'all' in condition;
  const parts = all ? condition.all : condition.any;
  let value: boolean | undefined = all;
  for (const part of parts) {
    const decided = conditionDecided(part, answers, open);
    if (decided === !all) return decided;
    if (decided === undefined) value = decided;
  }
  return value;
}

/** The index of the first question to ask (enabled, unanswered), or -1 when none is left. */
const nextAt = (flow: Flow, answers: Answers): number =>
  flow.item.findIndex(
    (candidate) => !answers.has(candidate.linkId) && isEnabled(candidate, answers),
  );

/**
 * The most severe outcome whose condition the answers so far decide true; the first listed
 * wins a tie. Open: the questions unanswered from the next one (`at`) on; those before it
 * were passed unasked, and stay so (an enableWhen looks only at earlier questions).
 */
export function matchingOutcome(
  flow: Flow,
  answers: Answers,
  at = nextAt(flow, answers),
): Outcome | undefined {
  const open = (question: string) =>
    at >= 0 && !answers.has(question) && flow.item.findIndex((i) => i.linkId === question) >= at;
  let best: Outcome | undefined;
  for (const outcome of flow.outcomes) {
    if (!outcome.when || conditionDecided(outcome.when, answers, open) !== true) continue;
    if (!best || severity(outcome.level) > severity(best.level)) best = outcome;
  }
  return best;
}

/** The outcome for when the questions run out and nothing matched. */
export function fallbackOutcome(flow: Flow): Outcome {
  // Validation guarantees exactly one; the last outcome is a safe stand-in regardless.
  return flow.outcomes.find((outcome) => !outcome.when) ?? flow.outcomes[flow.outcomes.length - 1]!;
}

/** The next step: an outcome as soon as one matches, else the first open question. */
export function next(flow: Flow, answers: Answers): Step {
  const at = nextAt(flow, answers);
  const outcome = matchingOutcome(flow, answers, at);
  if (outcome) return { kind: 'outcome', outcome };
  const item = flow.item[at];
  return item ? { kind: 'question', item } : { kind: 'outcome', outcome: fallbackOutcome(flow) };
}

/** Whether `value` is a possible answer to `item`. */
export function isValidAnswer(item: FlowItem, value: unknown): value is AnswerValue {
  const codes = (item.answerOption ?? []).map((option) => option.valueCoding.code);
  switch (item.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'display':
      return value === true;
    case 'choice':
      return typeof value === 'string' && codes.includes(value);
    case 'multi-choice': {
      if (!Array.isArray(value) || value.length === 0) return false;
      const chosen = value as unknown[];
      if (new Set(chosen).size !== chosen.length) return false;
      if (!chosen.every((code) => typeof code === 'string' && codes.includes(code))) return false;
      const exclusive = (item.answerOption ?? []).filter((option) => option.exclusive);
      return (
        chosen.length === 1 || !exclusive.some((option) => chosen.includes(option.valueCoding.code))
      );
    }
  }
}

/**
 * A multi-choice answer after ticking or unticking `code`. An exclusive option ("None of
 * these") and the others rule each other out: ticking one clears the other kind.
 */
export function toggleChoice(
  item: FlowItem,
  chosen: readonly string[],
  code: string,
  checked: boolean,
): string[] {
  const exclusive = new Set(
    (item.answerOption ?? [])
      .filter((option) => option.exclusive)
      .map((option) => option.valueCoding.code),
  );
  const others = chosen.filter((other) => other !== code);
  if (!checked) return others;
  if (exclusive.has(code)) return [code];
  return [...others.filter((other) => !exclusive.has(other)), code];
}

/**
 * Records an answer. Answers given after it that no longer apply (their question is no
 * longer asked) are removed, repeatedly, since removing one can disable another. An
 * invalid answer, or one to an unknown item, leaves the answers as they were.
 */
export function answer(flow: Flow, answers: Answers, linkId: string, value: AnswerValue): Answers {
  const item = flow.item.find((candidate) => candidate.linkId === linkId);
  if (!item || !isValidAnswer(item, value)) return answers;
  const updated = new Map(answers);
  // Re-answering keeps the answer's place in the order; a new answer goes last.
  updated.set(linkId, Array.isArray(value) ? [...value] : value);
  return withoutDisabled(flow, updated);
}

function withoutDisabled(flow: Flow, answers: Map<string, AnswerValue>): Answers {
  let removed = true;
  while (removed) {
    removed = false;
    for (const item of flow.item) {
      if (answers.has(item.linkId) && !isEnabled(item, answers)) {
        answers.delete(item.linkId);
        removed = true;
      }
    }
  }
  return answers;
}

/**
 * Takes back the most recent answer (the element's Back), and any answer whose question
 * that leaves unasked; nothing to take back, no change.
 */
export function back(flow: Flow, answers: Answers): Answers {
  const keys = [...answers.keys()];
  if (!keys.length) return answers;
  const updated = new Map(answers);
  updated.delete(keys[keys.length - 1]!);
  return withoutDisabled(flow, updated);
}

/**
 * "Question 4 of 9", but only where it is true: every question still to come is certain to
 * be asked, and no outcome can end the check before the last of them. Otherwise undefined
 * (during screening, say, where any answer may end it at once).
 */
export function progress(
  flow: Flow,
  answers: Answers,
): { readonly current: number; readonly total: number } | undefined {
  const step = next(flow, answers);
  if (step.kind !== 'question') return undefined;
  const remaining: FlowItem[] = [];
  for (const item of flow.item) {
    if (answers.has(item.linkId)) continue;
    const dependsOnOpen = (item.enableWhen ?? []).some((test) => !answers.has(test.question));
    if (dependsOnOpen) return undefined;
    if (isEnabled(item, answers)) remaining.push(item);
  }
  const last = remaining[remaining.length - 1];
  if (!last) return undefined;
  const open = new Set(remaining.map((item) => item.linkId));
  const canEndEarly = flow.outcomes.some(
    (outcome) =>
      outcome.when && refersTo(outcome.when, open) && !requires(outcome.when, last.linkId),
  );
  if (canEndEarly) return undefined;
  const current = answers.size + 1;
  return { current, total: answers.size + remaining.length };
}

/** Whether the condition looks at any of these questions. */
function refersTo(condition: Condition, linkIds: ReadonlySet<string>): boolean {
  if ('all' in condition) return condition.all.some((part) => refersTo(part, linkIds));
  if ('any' in condition) return condition.any.some((part) => refersTo(part, linkIds));
  if ('not' in condition) return refersTo(condition.not, linkIds);
  return linkIds.has(condition.question);
}

/** Whether the condition can only hold once `linkId` is answered. */
export function requires(condition: Condition, linkId: string): boolean {
  if ('all' in condition) return condition.all.some((part) => requires(part, linkId));
  if ('any' in condition)
    return condition.any.length > 0 && condition.any.every((part) => requires(part, linkId));
  if ('not' in condition) return false;
  if (condition.question !== linkId) return false;
  return condition.operator === 'exists' ? (condition.answerBoolean ?? true) : true;
}
