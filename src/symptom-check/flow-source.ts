/**
 * Where the check's flow comes from (shared/config-source.ts has the precedence): the
 * `flow` property's object, the inline JSON child, or the built-in flow `flow` names. A
 * clinic's own flow is checked by the validator, which loads only then: the built-in flows
 * are checked by the tests. A flow set again, equal, is the same flow (`sameFlow`).
 */
import type { ReactiveControllerHost } from 'lit';
import { ConfigSource } from '../shared/config-source.js';
import type { Flow } from './flow-types.js';
import { BUILT_IN_FLOWS, findFlow } from './built-in-flows.js';
import { MAX_JSON_LENGTH } from '../shared/json-config.js';

export const flowSource = (
  host: ReactiveControllerHost & HTMLElement,
  property: () => unknown,
): ConfigSource<Flow> =>
  new ConfigSource<Flow>(host, {
    property,
    attribute: 'flow',
    builtIn: (name) => findFlow(name ?? ''),
    unknown: () => `unknown flow; use one of ${Object.keys(BUILT_IN_FLOWS).join(', ')}`,
    check: async (given) => {
      const parsed = (await import('./flow-validation.js')).parseFlow(given);
      return parsed.ok ? { value: parsed.flow, problems: [] } : { problems: parsed.problems };
    },
  });

/**
 * Whether the `flow` a page sets is the one it set before. Frameworks set properties on
 * every render, and React or Vue with the flow written inline hand over a new but equal
 * object each time: that is no new flow, and must not start a visitor's check again (from
 * the emergency screen back to the intro). True for the same value, or two objects equal
 * as JSON. Bounded: an object is written out
 * only up to the length of the longest JSON child read (a flow that long is refused
 * anyway); one past it, or one that cannot be written out (a cycle, a getter that throws),
 * counts as a new flow.
 */
export function sameFlow(before: unknown, after: unknown): boolean {
  if (before === after) return true;
  if (typeof before !== 'object' || typeof after !== 'object' || !before || !after) return false;
  const json = jsonOf(before);
  return json !== undefined && json === jsonOf(after);
}

function jsonOf(value: object): string | undefined {
  let length = 0;
  try {
    return JSON.stringify(value, (_key, part: unknown) => {
      length += typeof part === 'string' ? part.length + 2 : 1;
      if (length > MAX_JSON_LENGTH) throw new RangeError('too long to compare');
      return part;
    });
  } catch {
    return undefined;
  }
}
