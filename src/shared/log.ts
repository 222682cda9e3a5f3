/** `error` for input that was refused; `warn` for a setting the page should add or change. */
export type Severity = 'error' | 'warn';

/** What a report names: the element, where (attribute or JSON path), the value, the problem. */
type Report = [
  element: Element,
  where: string,
  value: unknown,
  problem: string,
  severity?: Severity,
];

/**
 * One console message for bad input: it names the element, the attribute (or JSON path)
 * and the offending value, so a clinic can find the typo in its page.
 */
export function reportInvalid(...[element, where, value, problem, severity]: Report): void {
  console[severity ?? 'error'](
    `knead-widgets: <${element.localName}> ${where}=${showValue(value)}: ${problem}`,
    element,
  );
}

/** What each element has reported already, so re-renders never repeat a message. */
const reported = new WeakMap<Element, Set<string>>();

/**
 * `reportInvalid`, once per element for the same place, value and problem: elements
 * re-check their input on every update, and the console should hear about it once.
 */
export function reportOnce(...[element, where, value, problem, severity]: Report): void {
  const key = `${where}\n${showValue(value)}\n${problem}`;
  const seen = reported.get(element) ?? new Set<string>();
  reported.set(element, seen);
  if (seen.has(key)) return;
  seen.add(key);
  reportInvalid(element, where, value, problem, severity);
}

/**
 * Warns once when an attribute is set to none of the values it takes (an unknown `theme` or
 * `variant`): the element keeps its default look, so nothing breaks, but the page should know.
 */
export function reportUnknownChoice(
  element: Element,
  attribute: string,
  value: unknown,
  choices: readonly string[],
): void {
  if (value && !choices.includes(value as string))
    reportOnce(
      element,
      attribute,
      value,
      `unknown ${attribute}; use one of ${choices.join(', ')}`,
      'warn',
    );
}

/** A problem found in a widget's JSON: where, what, and why. */
export interface JsonProblem {
  readonly path: string;
  readonly value: unknown;
  readonly reason: string;
}

/** One console message per problem in a widget's inline JSON, each naming its JSON path. */
export function reportJsonProblems(element: Element, problems: readonly JsonProblem[]): void {
  for (const { path, value, reason } of problems)
    reportInvalid(element, `JSON ${path}`, value, reason);
}

const SHOWN_LENGTH = 120;

/** The value as JSON (strings quoted), cut short: enough to find it, not a wall of text. */
function showValue(value: unknown): string {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    // Too deep to write out (Firefox recurses in String() of nested arrays too): its kind.
    try {
      shown = String(value);
    } catch {
      shown = Object.prototype.toString.call(value);
    }
  }
  return shown.length > SHOWN_LENGTH ? `${shown.slice(0, SHOWN_LENGTH)}…` : shown;
}

/** Words for a console message, cut after `max` characters: enough to find them, not a wall. */
export function listInMessage(words: readonly string[], max = 80): string {
  const list = words.join(', ');
  return list.length > max ? `${list.slice(0, max)}…` : list;
}
