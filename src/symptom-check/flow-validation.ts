/**
 * Checks a flow before it runs: the built-in one in the tests, a clinic's own when it loads.
 * Pure. Every problem names the item or outcome and the field, as a JSON path
 * (`item[3].enableWhen[0].question`). A flow with any problem is refused whole: a
 * half-working medical questionnaire is worse than none.
 */
import { isRecord } from '../shared/json-config.js';
import type { JsonProblem } from '../shared/log.js';
import {
  ITEM_TYPES,
  OPERATORS,
  OUTCOME_LEVELS,
  type AnswerTest,
  type AnswerValue,
  type Answers,
  type Condition,
  type Flow,
  type FlowItem,
  type Outcome,
} from './flow.js';
import { answer, needsMedicalCare, next } from './flow-engine.js';

export type FlowParse =
  | { readonly ok: true; readonly flow: Flow }
  | { readonly ok: false; readonly problems: readonly JsonProblem[] };

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/i;
const TEXT_LIMIT = 600;
/** Past this many answer paths the reachability search stops and reports nothing. */
const SEARCH_LIMIT = 50_000;

class Checker {
  readonly problems: JsonProblem[] = [];

  problem(path: string, value: unknown, reason: string): void {
    this.problems.push({ path, value, reason });
  }

  text(
    record: Record<string, unknown>,
    field: string,
    path: string,
    required = true,
  ): string | undefined {
    const value = record[field];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value.trim() === '' || value.length > TEXT_LIMIT) {
      this.problem(`${path}.${field}`, value, `expected text of 1 to ${TEXT_LIMIT} characters`);
      return undefined;
    }
    return value;
  }

  id(record: Record<string, unknown>, field: string, path: string): string | undefined {
    const value = record[field];
    if (typeof value !== 'string' || !ID.test(value) || value.length > 64) {
      this.problem(
        `${path}.${field}`,
        value,
        'expected an id: letters and digits joined by - or _',
      );
      return undefined;
    }
    return value;
  }

  unknownFields(record: Record<string, unknown>, known: readonly string[], path: string): void {
    for (const key of Object.keys(record))
      if (!known.includes(key)) this.problem(`${path}.${key}`, record[key], 'unknown field');
  }
}

/** Parses and checks a flow from JSON (or an object). Never throws. */
export function parseFlow(json: unknown): FlowParse {
  const check = new Checker();
  if (!isRecord(json)) {
    check.problem(
      '(root)',
      json,
      'expected a flow object with id, title, intro, item and outcomes',
    );
    return { ok: false, problems: check.problems };
  }
  check.unknownFields(json, ['id', 'title', 'intro', 'item', 'outcomes'], '(root)');
  const id = check.id(json, 'id', '(root)');
  const title = check.text(json, 'title', '(root)');
  const intro = check.text(json, 'intro', '(root)');
  const items = readItems(check, json['item']);
  const outcomes = readOutcomes(check, json['outcomes'], items);
  if (check.problems.length || !id || !title || !intro)
    return { ok: false, problems: check.problems };
  const flow: Flow = { id, title, intro, item: items, outcomes };
  checkReachability(check, flow);
  return check.problems.length ? { ok: false, problems: check.problems } : { ok: true, flow };
}

function readItems(check: Checker, given: unknown): FlowItem[] {
  if (!Array.isArray(given) || given.length === 0) {
    check.problem('item', given, 'expected a non-empty array of questions');
    return [];
  }
  const items: FlowItem[] = [];
  const seen = new Set<string>();
  given.forEach((raw: unknown, index) => {
    const path = `item[${index}]`;
    if (!isRecord(raw)) return check.problem(path, raw, 'expected a question object');
    check.unknownFields(
      raw,
      ['linkId', 'text', 'helpText', 'type', 'answerOption', 'enableWhen', 'enableBehavior'],
      path,
    );
    const linkId = check.id(raw, 'linkId', path);
    if (linkId && seen.has(linkId)) check.problem(`${path}.linkId`, linkId, 'duplicate linkId');
    if (linkId) seen.add(linkId);
    const text = check.text(raw, 'text', path);
    const helpText = check.text(raw, 'helpText', path, false);
    const type = raw['type'];
    if (!ITEM_TYPES.includes(type as never))
      check.problem(`${path}.type`, type, `expected one of ${ITEM_TYPES.join(', ')}`);
    const answerOption = readOptions(check, raw, path);
    const enableWhen = readTests(check, raw['enableWhen'], `${path}.enableWhen`, items, true);
    const behavior = raw['enableBehavior'];
    if (behavior !== undefined && behavior !== 'all' && behavior !== 'any')
      check.problem(`${path}.enableBehavior`, behavior, 'expected "all" or "any"');
    if ((enableWhen?.length ?? 0) > 1 && behavior === undefined)
      check.problem(`${path}.enableBehavior`, behavior, 'required with more than one enableWhen');
    if (linkId && text && ITEM_TYPES.includes(type as never)) {
      items.push({
        linkId,
        text,
        helpText,
        type: type as FlowItem['type'],
        answerOption,
        enableWhen,
        enableBehavior: behavior as FlowItem['enableBehavior'],
      });
    }
  });
  return items;
}

function readOptions(check: Checker, raw: Record<string, unknown>, path: string) {
  const given = raw['answerOption'];
  const choice = raw['type'] === 'choice' || raw['type'] === 'multi-choice';
  if (!choice) {
    if (given !== undefined)
      check.problem(`${path}.answerOption`, given, `only choice questions have options`);
    return undefined;
  }
  if (!Array.isArray(given) || given.length < 2) {
    check.problem(`${path}.answerOption`, given, 'expected at least two options');
    return undefined;
  }
  const codes = new Set<string>();
  return given.flatMap((option: unknown, index) => {
    const at = `${path}.answerOption[${index}]`;
    const coding = isRecord(option) ? option['valueCoding'] : undefined;
    if (!isRecord(option) || !isRecord(coding)) {
      check.problem(at, option, 'expected {"valueCoding": {"code": ..., "display": ...}}');
      return [];
    }
    const code = check.id(coding, 'code', `${at}.valueCoding`);
    const display = check.text(coding, 'display', `${at}.valueCoding`);
    if (code && codes.has(code)) check.problem(`${at}.valueCoding.code`, code, 'duplicate code');
    if (code) codes.add(code);
    const exclusive = option['exclusive'];
    if (exclusive !== undefined && typeof exclusive !== 'boolean')
      check.problem(`${at}.exclusive`, exclusive, 'expected true or false');
    return code && display
      ? [{ valueCoding: { code, display }, exclusive: exclusive === true || undefined }]
      : [];
  });
}

/**
 * Answer tests, which may only look at questions asked before (`earlier`): that keeps every
 * flow moving forward, so it always ends.
 */
function readTests(
  check: Checker,
  given: unknown,
  path: string,
  earlier: readonly FlowItem[],
  optional: boolean,
): AnswerTest[] | undefined {
  if (given === undefined && optional) return undefined;
  if (!Array.isArray(given) || given.length === 0) {
    check.problem(path, given, 'expected a non-empty array of answer tests');
    return undefined;
  }
  return given.flatMap((raw: unknown, index) => {
    const test = readTest(check, raw, `${path}[${index}]`, earlier);
    return test ? [test] : [];
  });
}

function readTest(
  check: Checker,
  raw: unknown,
  path: string,
  earlier: readonly FlowItem[],
): AnswerTest | undefined {
  if (!isRecord(raw)) {
    check.problem(path, raw, 'expected {"question": ..., "operator": ..., ...}');
    return undefined;
  }
  check.unknownFields(raw, ['question', 'operator', 'answerBoolean', 'answerCoding'], path);
  const question = raw['question'];
  const target = earlier.find((item) => item.linkId === question);
  if (!target) {
    check.problem(`${path}.question`, question, 'not the linkId of an earlier question');
    return undefined;
  }
  const operator = raw['operator'];
  if (!OPERATORS.includes(operator as never)) {
    check.problem(`${path}.operator`, operator, `expected one of ${OPERATORS.join(', ')}`);
    return undefined;
  }
  const answerBoolean = raw['answerBoolean'];
  const answerCoding = raw['answerCoding'];
  if (answerBoolean !== undefined && typeof answerBoolean !== 'boolean') {
    check.problem(`${path}.answerBoolean`, answerBoolean, 'expected true or false');
    return undefined;
  }
  if (operator === 'exists') {
    if (answerCoding !== undefined)
      check.problem(`${path}.answerCoding`, answerCoding, '"exists" takes answerBoolean only');
    return {
      question: target.linkId,
      operator,
      answerBoolean: answerBoolean as boolean | undefined,
    };
  }
  if (target.type === 'boolean' || target.type === 'display') {
    if (typeof answerBoolean !== 'boolean' || answerCoding !== undefined) {
      check.problem(
        path,
        raw,
        `question ${target.linkId} is answered yes/no: compare with answerBoolean`,
      );
      return undefined;
    }
    return { question: target.linkId, operator: operator as AnswerTest['operator'], answerBoolean };
  }
  const code = isRecord(answerCoding) ? answerCoding['code'] : undefined;
  const codes = (target.answerOption ?? []).map((option) => option.valueCoding.code);
  if (typeof code !== 'string' || !codes.includes(code) || answerBoolean !== undefined) {
    check.problem(
      `${path}.answerCoding`,
      answerCoding,
      `expected {"code": ...} with one of ${codes.join(', ')}`,
    );
    return undefined;
  }
  return {
    question: target.linkId,
    operator: operator as AnswerTest['operator'],
    answerCoding: { code },
  };
}

function readCondition(
  check: Checker,
  raw: unknown,
  path: string,
  items: readonly FlowItem[],
): Condition | undefined {
  if (!isRecord(raw)) {
    check.problem(
      path,
      raw,
      'expected a condition: an answer test, {"all": [...]}, {"any": [...]} or {"not": ...}',
    );
    return undefined;
  }
  for (const key of ['all', 'any'] as const) {
    if (key in raw) {
      const parts = raw[key];
      if (!Array.isArray(parts) || parts.length === 0) {
        check.problem(`${path}.${key}`, parts, 'expected a non-empty array of conditions');
        return undefined;
      }
      const read = parts.map((part: unknown, index) =>
        readCondition(check, part, `${path}.${key}[${index}]`, items),
      );
      if (read.some((part) => !part)) return undefined;
      return key === 'all' ? { all: read as Condition[] } : { any: read as Condition[] };
    }
  }
  if ('not' in raw) {
    const inner = readCondition(check, raw['not'], `${path}.not`, items);
    return inner ? { not: inner } : undefined;
  }
  return readTest(check, raw, path, items);
}

function readOutcomes(check: Checker, given: unknown, items: readonly FlowItem[]): Outcome[] {
  if (!Array.isArray(given) || given.length === 0) {
    check.problem('outcomes', given, 'expected a non-empty array of outcomes');
    return [];
  }
  const outcomes: Outcome[] = [];
  const seen = new Set<string>();
  given.forEach((raw: unknown, index) => {
    const path = `outcomes[${index}]`;
    if (!isRecord(raw)) return check.problem(path, raw, 'expected an outcome object');
    check.unknownFields(
      raw,
      ['id', 'level', 'when', 'title', 'advice', 'techniques', 'exercises'],
      path,
    );
    const id = check.id(raw, 'id', path);
    if (id && seen.has(id)) check.problem(`${path}.id`, id, 'duplicate outcome id');
    if (id) seen.add(id);
    const level = raw['level'];
    const known = OUTCOME_LEVELS.includes(level as never);
    if (!known)
      check.problem(`${path}.level`, level, `expected one of ${OUTCOME_LEVELS.join(', ')}`);
    const when =
      raw['when'] === undefined
        ? undefined
        : readCondition(check, raw['when'], `${path}.when`, items);
    const title = check.text(raw, 'title', path);
    const advice = check.text(raw, 'advice', path);
    const techniques = readIds(check, raw, 'techniques', path);
    const exercises = readIds(check, raw, 'exercises', path);
    // Safe by construction: danger never comes with something to book or try at home.
    if (
      known &&
      needsMedicalCare(level as Outcome['level']) &&
      (techniques?.length || exercises?.length)
    )
      check.problem(path, id, `a ${level} outcome must not recommend techniques or exercises`);
    if (id && title && advice && known && (when || raw['when'] === undefined))
      outcomes.push({
        id,
        level: level as Outcome['level'],
        when,
        title,
        advice,
        techniques,
        exercises,
      });
  });
  const fallbacks = outcomes.filter((outcome) => !outcome.when);
  if (fallbacks.length !== 1)
    check.problem(
      'outcomes',
      fallbacks.map((outcome) => outcome.id),
      'expected exactly one outcome without "when": the fallback when nothing else matches',
    );
  return outcomes;
}

function readIds(
  check: Checker,
  raw: Record<string, unknown>,
  field: string,
  path: string,
): string[] | undefined {
  const given = raw[field];
  if (given === undefined) return undefined;
  if (!Array.isArray(given) || !given.every((id) => typeof id === 'string' && ID.test(id))) {
    check.problem(`${path}.${field}`, given, 'expected an array of ids');
    return undefined;
  }
  return given as string[];
}

/**
 * The answers worth trying for a question: each option of a choice, and for a multi-choice
 * question each exclusive option alone, every combination of the codes that conditions look
 * at (`compared`; by default all), and one option they never look at. Conditions only ask
 * whether a code is among the answers, so these reach every outcome and item that any
 * answer could.
 */
export function sampleAnswers(item: FlowItem, compared?: ReadonlySet<string>): AnswerValue[] {
  const options = item.answerOption ?? [];
  switch (item.type) {
    case 'boolean':
      return [true, false];
    case 'display':
      return [true];
    case 'choice':
      return options.map((option) => option.valueCoding.code);
    case 'multi-choice': {
      const codes = (exclusive: boolean) =>
        options
          .filter((option) => (option.exclusive ?? false) === exclusive)
          .map((option) => option.valueCoding.code);
      const looked = codes(false).filter((code) => !compared || compared.has(code));
      const ignored = codes(false).filter((code) => !looked.includes(code));
      const combinations = looked.reduce<string[][]>(
        (sets, code) => [...sets, ...sets.map((set) => [...set, code])],
        [[]],
      );
      return [
        ...codes(true).map((code) => [code]),
        ...combinations.filter((set) => set.length > 0),
        ...ignored.slice(0, 1).map((code) => [code]),
      ];
    }
  }
}

/** The codes each question's answer is compared with, in any enableWhen or condition. */
function comparedCodes(flow: Flow): Map<string, Set<string>> {
  const compared = new Map<string, Set<string>>();
  const visit = (condition: Condition): void => {
    if ('all' in condition) condition.all.forEach(visit);
    else if ('any' in condition) condition.any.forEach(visit);
    else if ('not' in condition) visit(condition.not);
    else if (condition.answerCoding) {
      const codes = compared.get(condition.question) ?? new Set<string>();
      compared.set(condition.question, codes.add(condition.answerCoding.code));
    }
  };
  for (const item of flow.item) item.enableWhen?.forEach(visit);
  for (const outcome of flow.outcomes) if (outcome.when) visit(outcome.when);
  return compared;
}

/** Walks every sampled answer path: items never asked and outcomes never reached are errors. */
function checkReachability(check: Checker, flow: Flow): void {
  const asked = new Set<string>();
  const reached = new Set<string>();
  const compared = comparedCodes(flow);
  let paths = 0;
  const walk = (answers: Answers): boolean => {
    if (++paths > SEARCH_LIMIT) return false;
    const step = next(flow, answers);
    if (step.kind === 'outcome') {
      reached.add(step.outcome.id);
      return true;
    }
    asked.add(step.item.linkId);
    const samples = sampleAnswers(step.item, compared.get(step.item.linkId) ?? new Set());
    return samples.every((value) => walk(answer(flow, answers, step.item.linkId, value)));
  };
  if (!walk(new Map())) return;
  flow.item.forEach((item, index) => {
    if (!asked.has(item.linkId))
      check.problem(
        `item[${index}]`,
        item.linkId,
        'is never asked: its enableWhen can never hold, or an outcome always ends the flow first',
      );
  });
  flow.outcomes.forEach((outcome, index) => {
    if (!reached.has(outcome.id))
      check.problem(
        `outcomes[${index}]`,
        outcome.id,
        'can never be the result: its condition never holds, or a more severe outcome always wins',
      );
  });
}
