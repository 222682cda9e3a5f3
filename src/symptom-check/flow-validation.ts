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
  type Condition,
  type Flow,
  type FlowItem,
  type Outcome,
} from './flow.js';
import { needsMedicalCare } from './flow-engine.js';
import { REACHABILITY_BUDGET, findReachable } from './flow-reachability.js';

export type FlowParse =
  | { readonly ok: true; readonly flow: Flow }
  | { readonly ok: false; readonly problems: readonly JsonProblem[] };

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/i;
const ID_LIMIT = 64;

/**
 * How much a flow may hold: far beyond a real questionnaire (the built-in one has 9
 * questions; a 200-question flow checks in milliseconds), short of what could freeze a page.
 * A flow over any of them is refused with a problem naming the limit.
 */
export const FLOW_LIMITS = {
  /** Questions in the flow. */
  items: 300,
  /** Options of one question, and of all questions together. */
  options: 100,
  totalOptions: 2_000,
  /** Outcomes in the flow. */
  outcomes: 100,
  /** `enableWhen` tests of one question, and of all questions together. */
  enableWhen: 20,
  totalEnableWhen: 1_000,
  /** Levels of all/any/not inside one outcome's condition. */
  conditionDepth: 8,
  /** Answer tests and all/any/not groups in one outcome's condition, and in all of them. */
  conditionParts: 500,
  totalConditionParts: 5_000,
  /** Technique or exercise ids of one outcome. */
  ids: 50,
  /** Characters of one text: a title, a question, an option, some advice. */
  text: 600,
  /** Problems listed one by one; past this, one more says how many were left out. */
  problems: 25,
} as const;

const TEXT_LIMIT = FLOW_LIMITS.text;
const count = (n: number) => n.toLocaleString('en-US');

class Checker {
  private readonly listed: JsonProblem[] = [];
  private more = 0;

  get failed(): boolean {
    return this.listed.length > 0;
  }

  problem(path: string, value: unknown, reason: string): void {
    if (this.listed.length < FLOW_LIMITS.problems) this.listed.push({ path, value, reason });
    else this.more++;
  }

  /** The problems, at most `FLOW_LIMITS.problems` of them and a last one for the rest. */
  get problems(): JsonProblem[] {
    if (!this.more) return this.listed;
    const reason = `and ${count(this.more)} more problems not listed; fix these first`;
    return [...this.listed, { path: '(root)', value: this.more, reason }];
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
    if (typeof value !== 'string' || value.length > ID_LIMIT || !ID.test(value)) {
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
  // Sizes first: a flow over a limit is refused before any work that grows with it.
  checkLimits(check, json);
  if (check.failed) return { ok: false, problems: check.problems };
  check.unknownFields(json, ['id', 'title', 'intro', 'item', 'outcomes'], '(root)');
  const id = check.id(json, 'id', '(root)');
  const title = check.text(json, 'title', '(root)');
  const intro = check.text(json, 'intro', '(root)');
  const items = readItems(check, json['item']);
  const outcomes = readOutcomes(check, json['outcomes'], items);
  if (check.failed || !id || !title || !intro) return { ok: false, problems: check.problems };
  const flow: Flow = { id, title, intro, item: items, outcomes };
  checkReachability(check, flow);
  return check.failed ? { ok: false, problems: check.problems } : { ok: true, flow };
}

/**
 * Checks the sizes of FLOW_LIMITS on the raw JSON, without reading further than a limit:
 * a condition nested 100,000 deep costs no more than one nested 9 deep. Shapes are left
 * to the readers.
 */
function checkLimits(check: Checker, json: Record<string, unknown>): void {
  const totals = { options: 0, enableWhen: 0 };
  /** Whether `given` (if an array) is within its limit, and the flow's total within its. */
  const within = (
    path: string,
    given: unknown,
    what: string,
    limit: number,
    total?: readonly [keyof typeof totals, number],
  ): boolean => {
    if (!Array.isArray(given)) return true;
    if (given.length > limit) {
      check.problem(path, given.length, `too many ${what}: at most ${count(limit)}`);
      return false;
    }
    if (!total) return true;
    const [key, most] = total;
    totals[key] += given.length;
    if (totals[key] <= most) return true;
    check.problem(path, totals[key], `too many ${what} in the flow: at most ${count(most)} in all`);
    return false;
  };
  const items = json['item'];
  if (within('item', items, 'questions', FLOW_LIMITS.items) && Array.isArray(items))
    items.every((item: unknown, index) => {
      if (!isRecord(item)) return true;
      const at = `item[${index}]`;
      const options = ['options', FLOW_LIMITS.totalOptions] as const;
      const tests = ['enableWhen', FLOW_LIMITS.totalEnableWhen] as const;
      return (
        within(
          `${at}.answerOption`,
          item['answerOption'],
          'options',
          FLOW_LIMITS.options,
          options,
        ) &&
        within(
          `${at}.enableWhen`,
          item['enableWhen'],
          'enableWhen tests',
          FLOW_LIMITS.enableWhen,
          tests,
        )
      );
    });
  const outcomes = json['outcomes'];
  let parts = 0;
  if (within('outcomes', outcomes, 'outcomes', FLOW_LIMITS.outcomes) && Array.isArray(outcomes))
    outcomes.every((outcome: unknown, index) => {
      if (!isRecord(outcome) || outcome['when'] === undefined) return true;
      const left = FLOW_LIMITS.totalConditionParts - parts;
      const used = checkConditionSize(check, outcome['when'], `outcomes[${index}].when`, left);
      parts += used;
      return used >= 0;
    });
}

/**
 * Depth and parts of one condition, walked without recursion and never past a limit (nor
 * past the `left` parts the flow's total still allows); its parts, or -1 for a problem.
 */
function checkConditionSize(check: Checker, when: unknown, path: string, left: number): number {
  /** A part, and how it was reached: its path is spelled out only for a problem. */
  interface Part {
    readonly node: unknown;
    readonly depth: number;
    readonly parent?: Part;
    readonly step?: string;
  }
  const pathOf = (part: Part): string => {
    const steps: string[] = [];
    for (let at: Part | undefined = part; at?.step !== undefined; at = at.parent)
      steps.push(at.step);
    return path + steps.reverse().join('');
  };
  const stack: Part[] = [{ node: when, depth: 0 }];
  let parts = 0;
  while (stack.length) {
    const part = stack.pop()!;
    if (++parts > Math.min(FLOW_LIMITS.conditionParts, left)) {
      const [limit, where] =
        parts > FLOW_LIMITS.conditionParts
          ? [FLOW_LIMITS.conditionParts, '']
          : [FLOW_LIMITS.totalConditionParts, ' in all the conditions together'];
      check.problem(
        path,
        parts,
        `condition too large: at most ${count(limit)} answer tests and groups${where}`,
      );
      return -1;
    }
    const group = groupOf(part.node);
    if (!group) continue;
    const depth = part.depth + 1;
    if (depth > FLOW_LIMITS.conditionDepth) {
      const limit = FLOW_LIMITS.conditionDepth;
      check.problem(
        pathOf(part),
        depth,
        `nested too deep: at most ${limit} levels of all, any and not`,
      );
      return -1;
    }
    group.parts.forEach((node, index) =>
      stack.push({
        node,
        depth,
        parent: part,
        step: group.key === 'not' ? '.not' : `.${group.key}[${index}]`,
      }),
    );
  }
  return parts;
}

/** The group a condition is (as readCondition reads it), with its parts; else undefined. */
function groupOf(
  node: unknown,
): { readonly key: 'all' | 'any' | 'not'; readonly parts: readonly unknown[] } | undefined {
  if (!isRecord(node)) return undefined;
  for (const key of ['all', 'any'] as const)
    if (key in node) return { key, parts: Array.isArray(node[key]) ? node[key] : [] };
  return 'not' in node ? { key: 'not', parts: [node['not']] } : undefined;
}

function readItems(check: Checker, given: unknown): FlowItem[] {
  if (!Array.isArray(given) || given.length === 0) {
    check.problem('item', given, 'expected a non-empty array of questions');
    return [];
  }
  const items: FlowItem[] = [];
  const earlier = new Map<string, FlowItem>();
  given.forEach((raw: unknown, index) => {
    const path = `item[${index}]`;
    if (!isRecord(raw)) return check.problem(path, raw, 'expected a question object');
    check.unknownFields(
      raw,
      ['linkId', 'text', 'helpText', 'type', 'answerOption', 'enableWhen', 'enableBehavior'],
      path,
    );
    const linkId = check.id(raw, 'linkId', path);
    const duplicate = linkId !== undefined && earlier.has(linkId);
    if (duplicate) check.problem(`${path}.linkId`, linkId, 'duplicate linkId');
    const text = check.text(raw, 'text', path);
    const helpText = check.text(raw, 'helpText', path, false);
    const type = raw['type'];
    if (!ITEM_TYPES.includes(type as never))
      check.problem(`${path}.type`, type, `expected one of ${ITEM_TYPES.join(', ')}`);
    const answerOption = readOptions(check, raw, path);
    const enableWhen = readTests(check, raw['enableWhen'], `${path}.enableWhen`, earlier, true);
    const behavior = raw['enableBehavior'];
    if (behavior !== undefined && behavior !== 'all' && behavior !== 'any')
      check.problem(`${path}.enableBehavior`, behavior, 'expected "all" or "any"');
    if ((enableWhen?.length ?? 0) > 1 && behavior === undefined)
      check.problem(`${path}.enableBehavior`, behavior, 'required with more than one enableWhen');
    if (linkId && text && ITEM_TYPES.includes(type as never)) {
      const item: FlowItem = {
        linkId,
        text,
        helpText,
        type: type as FlowItem['type'],
        answerOption,
        enableWhen,
        enableBehavior: behavior as FlowItem['enableBehavior'],
      };
      items.push(item);
      if (!duplicate) earlier.set(linkId, item);
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

function readCondition(
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

function readOutcomes(check: Checker, given: unknown, items: readonly FlowItem[]): Outcome[] {
  if (!Array.isArray(given) || given.length === 0) {
    check.problem('outcomes', given, 'expected a non-empty array of outcomes');
    return [];
  }
  const outcomes: Outcome[] = [];
  const seen = new Set<string>();
  const byLinkId = new Map(items.map((item) => [item.linkId, item]));
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
        : readCondition(check, raw['when'], `${path}.when`, byLinkId);
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
      check.problem(
        path,
        id,
        `an outcome of level ${level} must not recommend techniques or exercises`,
      );
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
  const isId = (id: unknown) => typeof id === 'string' && id.length <= ID_LIMIT && ID.test(id);
  if (!Array.isArray(given) || given.length > FLOW_LIMITS.ids || !given.every(isId)) {
    check.problem(
      `${path}.${field}`,
      given,
      `expected an array of at most ${FLOW_LIMITS.ids} ids (each at most ${ID_LIMIT} characters)`,
    );
    return undefined;
  }
  return given as string[];
}

/**
 * Items never asked and outcomes never reached are errors (flow-reachability.ts). The
 * search has a budget: a flow too tangled to check within it is refused with one problem
 * that names the limit and what it could not check, never passed unchecked.
 */
function checkReachability(check: Checker, flow: Flow): void {
  const found = findReachable(flow, REACHABILITY_BUDGET);
  const missed = [
    ...flow.item.flatMap((item, index) =>
      found.asked.has(index) ? [] : [{ path: `item[${index}]`, id: item.linkId, item: true }],
    ),
    ...flow.outcomes.flatMap((outcome, index) =>
      found.reached.has(index) ? [] : [{ path: `outcomes[${index}]`, id: outcome.id, item: false }],
    ),
  ];
  if (!found.complete && missed.length) {
    const others = missed.length - 1;
    check.problem(
      missed[0]!.path,
      missed.map((target) => target.id),
      `could not be checked${others ? `, nor ${others} more items and outcomes after it` : ''}: the search for answers that lead there stopped at its limit of ${count(REACHABILITY_BUDGET)} steps; simplify the conditions and enableWhen before it`,
    );
    return;
  }
  for (const { path, id, item } of missed)
    check.problem(
      path,
      id,
      item
        ? 'is never asked: its enableWhen can never hold, or an outcome always ends the flow first'
        : 'can never be the result: its condition never holds, or a more severe outcome always wins',
    );
}
