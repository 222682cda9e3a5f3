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
  OUTCOME_LEVELS,
  type Flow,
  type FlowItem,
  type Outcome,
} from './flow-types.js';
import { needsMedicalCare } from './flow-machine.js';
import { REACHABILITY_BUDGET, findReachable } from './flow-reachability.js';
import { SLUG_ID_MAX_LENGTH, isSlugId } from '../shared/json-fields.js';
import { Checker, FLOW_LIMITS, count } from './flow-checker.js';
import { checkLimits } from './flow-limits.js';
import { readCondition, readTests } from './flow-conditions.js';

export { FLOW_LIMITS };

export type FlowParse =
  | { readonly ok: true; readonly flow: Flow }
  | { readonly ok: false; readonly problems: readonly JsonProblem[] };

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

/**
 * An outcome's technique or exercise ids. They follow the rule every technique and exercise
 * id follows (`isSlugId`), so a flow cannot recommend an id that no technique can have.
 */
function readIds(
  check: Checker,
  raw: Record<string, unknown>,
  field: string,
  path: string,
): string[] | undefined {
  const given = raw[field];
  if (given === undefined) return undefined;
  const at = `${path}.${field}`;
  if (!Array.isArray(given) || given.length > FLOW_LIMITS.ids) {
    check.problem(at, given, `expected an array of at most ${FLOW_LIMITS.ids} ids`);
    return undefined;
  }
  let ok = true;
  given.forEach((id: unknown, index) => {
    if (isSlugId(id)) return;
    ok = false;
    check.problem(
      `${at}[${index}]`,
      id,
      `expected an id as techniques and exercises have: lowercase letters and digits joined by single hyphens, at most ${SLUG_ID_MAX_LENGTH} characters`,
    );
  });
  return ok ? (given as string[]) : undefined;
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
