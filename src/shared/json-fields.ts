/**
 * Reading the fields of a widget's JSON: one object at a time, collecting problems under
 * its JSON path instead of throwing. Pure, no DOM.
 */
import type { JsonProblem } from './log.js';

/** Lowercase letters and digits joined by single hyphens, like `deep-tissue`. */
export const SLUG_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_ID_MAX_LENGTH = 64;

/** True for a usable id: lowercase words joined by single hyphens, at most 64 characters. */
export const isSlugId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= SLUG_ID_MAX_LENGTH && SLUG_ID.test(value);

/** How a text over its limit is refused, in JSON fields and attributes alike. */
export const tooLong = (limit: number): string => `too long: at most ${limit} characters`;

/**
 * The one rule for a widget's text, from JSON or an attribute: trimmed, and refused (not cut)
 * when longer than `limit`, so a page never shows a half sentence nor a wall of text.
 * `undefined` for an empty text; `false` for a text over the limit.
 */
export function fitText(given: string, limit: number): string | undefined | false {
  const text = given.trim();
  if (!text) return undefined;
  return text.length <= limit && text;
}

/**
 * Reads fields of one JSON object, collecting problems under its path. An unknown field is
 * noted and ignored; a failed field makes the object unusable.
 */
export class FieldReader {
  usable = true;
  constructor(
    protected readonly value: Record<string, unknown>,
    private readonly path: string,
    readonly problems: JsonProblem[],
    known: ReadonlySet<string>,
  ) {
    for (const key of Object.keys(value)) {
      if (!known.has(key)) this.note(key, value[key], 'unknown field (ignored)');
    }
  }

  at(field: string): string {
    return this.path ? `${this.path}.${field}` : field;
  }

  note(field: string, value: unknown, reason: string): void {
    this.problems.push({ path: this.at(field), value, reason });
  }

  fail(field: string, reason: string, value = this.value[field]): undefined {
    this.usable = false;
    this.note(field, value, reason);
    return undefined;
  }

  /** A trimmed non-empty string of at most `limit` characters. */
  text(field: string, limit: number, required: boolean): string | undefined {
    const given = this.value[field];
    if (given === undefined && !required) return undefined;
    const text = typeof given === 'string' ? fitText(given, limit) : undefined;
    if (text === false) return this.fail(field, tooLong(limit));
    if (text === undefined)
      return this.fail(
        field,
        required ? 'required: a non-empty string' : 'expected a non-empty string',
      );
    return text;
  }

  /**
   * An optional array of at most `maxItems` trimmed non-empty strings of at most `limit`
   * characters each; `notArray` is the reason when it is not such an array.
   */
  texts(field: string, limit: number, notArray: string, maxItems = Infinity): string[] {
    const texts: string[] = [];
    const given = this.value[field];
    if (given === undefined) return texts;
    if (!Array.isArray(given) || given.length > maxItems) {
      this.fail(field, notArray);
      return texts;
    }
    given.forEach((item: unknown, index) => {
      const text = typeof item === 'string' && fitText(item, limit);
      if (text) texts.push(text);
      else
        this.fail(
          `${field}[${index}]`,
          `expected a non-empty string of at most ${limit} characters`,
          item,
        );
    });
    return texts;
  }
}
