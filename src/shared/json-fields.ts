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
    if (typeof given !== 'string' || given.trim() === '')
      return this.fail(
        field,
        required ? 'required: a non-empty string' : 'expected a non-empty string',
      );
    if (given.trim().length > limit)
      return this.fail(field, `too long: at most ${limit} characters`);
    return given.trim();
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
      if (typeof item === 'string' && item.trim() && item.trim().length <= limit)
        texts.push(item.trim());
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
