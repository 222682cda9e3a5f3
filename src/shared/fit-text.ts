/**
 * The one rule for a widget's text, whether it comes from JSON or an attribute. Its own
 * module so a widget that reads no JSON (the booking button) does not load the JSON reader.
 */
import { asText } from './as-text.js';

/** How a text over its limit is refused, in JSON fields and attributes alike. */
export const tooLong = (limit: number): string => `too long: at most ${limit} characters`;

/**
 * The one rule for a widget's text, from JSON or an attribute: trimmed, and refused (not cut)
 * when longer than `limit`, so a page never shows a half sentence nor a wall of text.
 * `undefined` for an empty text; `false` for a text over the limit.
 */
export function fitText(given: unknown, limit: number): string | undefined | false {
  const text = asText(given).trim();
  if (!text) return undefined;
  return text.length <= limit && text;
}
