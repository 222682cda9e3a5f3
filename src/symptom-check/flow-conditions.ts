/**
 * Reads the answer tests of a flow (`enableWhen`) and the conditions of its outcomes
 * (`when`: all, any, not), each test checked against the question it names. Pure.
 */
import { isRecord } from '../shared/json-config.js';
import { OPERATORS, type AnswerTest, type Condition, type FlowItem } from './flow-types.js';
import type { Checker } from './flow-checker.js';

/**
 * Answer tests, which may only look at questions asked before (`earlier`): that keeps every
 * flow moving forward, so it always ends.
 */
export function readTests(
  check: Checker,
  given: unknown,
  path: string,
  earlier: ReadonlyMap<string, FlowItem>,
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
  earlier: ReadonlyMap<string, FlowItem>,
): AnswerTest | undefined {
  if (!isRecord(raw)) {
    check.problem(path, raw, 'expected {"question": ..., "operator": ..., ...}');
    return undefined;
  }
  check.unknownFields(raw, ['question', 'operator', 'answerBoolean', 'answerCoding'], path);
  const question = raw['question'];
  const target = typeof question === 'string' ? earlier.get(question) : undefined;
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
  const codes = codesOf(target);
  if (typeof code !== 'string' || !codes.has(code) || answerBoolean !== undefined) {
    check.problem(
      `${path}.answerCoding`,
      answerCoding,
      `expected {"code": ...} with one of ${[...codes].join(', ')}`,
    );
    return undefined;
  }
  return {
    question: target.linkId,
    operator: operator as AnswerTest['operator'],
    answerCoding: { code },
  };
}

/** Each question's option codes, looked up once per question, not once per test. */
const optionCodes = new WeakMap<FlowItem, ReadonlySet<string>>();
function codesOf(item: FlowItem): ReadonlySet<string> {
  let codes = optionCodes.get(item);
  if (!codes) {
    codes = new Set((item.answerOption ?? []).map((option) => option.valueCoding.code));
    optionCodes.set(item, codes);
  }
  return codes;
}

export function readCondition(
  check: Checker,
  raw: unknown,
  path: string,
  items: ReadonlyMap<string, FlowItem>,
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
