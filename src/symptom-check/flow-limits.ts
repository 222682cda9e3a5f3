/**
 * The size checks of FLOW_LIMITS, on a flow's raw JSON before anything reads it. Pure.
 */
import { isRecord } from '../shared/json-config.js';
import { FLOW_LIMITS, count, type Checker } from './flow-checker.js';

/**
 * Checks the sizes of FLOW_LIMITS on the raw JSON, without reading further than a limit:
 * a condition nested 100,000 deep costs no more than one nested 9 deep. Shapes are left
 * to the readers.
 */
export function checkLimits(check: Checker, json: Record<string, unknown>): void {
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
