/**
 * Text a page gives the booking button (its `label`, its fallback link's text, the clinic's
 * name in the popup's title), held to the one rule for a widget's text (`fitText`): refused
 * rather than cut when over its limit. Pure.
 */
import { asText } from '../shared/as-text.js';
import { fitText, tooLong } from '../shared/fit-text.js';

/** The longest name: a clinic's, as a technique's or a routine's name. */
export const NAME_LIMIT = 80;

/** The longest label: a name and the words around it, as a card's "Book <technique>". */
export const LABEL_LIMIT = 120;

/**
 * The text with its whitespace collapsed, so it reads as it shows; undefined when blank;
 * or why it cannot be used.
 */
export function pageText(
  value: unknown,
  limit: number,
): { text?: string | undefined; reason?: string } {
  const text = fitText(asText(value).replace(/\s+/g, ' '), limit);
  return text === false ? { reason: tooLong(limit) } : { text };
}
