/**
 * Whether the `flow` a page sets is the one it set before. Frameworks set properties on
 * every render, and React or Vue with the flow written inline hand over a new but equal
 * object each time: that is no new flow, and must not start a visitor's check again (from
 * the emergency screen back to the intro). Pure.
 */
import { MAX_JSON_LENGTH } from '../shared/json-config.js';

/**
 * True for the same value, or two objects equal as JSON. Bounded: an object is written out
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
