/**
 * Reading the fields of a widget's JSON: one object at a time, collecting problems under
 * its JSON path instead of throwing. Pure, no DOM.
 */
import type { JsonProblem } from './log.js';
import { fitText, tooLong } from './fit-text.js';

/** Lowercase letters and digits joined by single hyphens, like `deep-tissue`. */
export const SLUG_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_ID_MAX_LENGTH = 64;

/** True for a usable id: lowercase words joined by single hyphens, at most 64 characters. */
export const isSlugId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= SLUG_ID_MAX_LENGTH && SLUG_ID.test(value);

/** Unknown fields of one object named one by one; one more problem counts the rest. */
export const UNKNOWN_FIELDS_LISTED = 10;
/** Problems of one widget's JSON listed one by one; then one counts the rest. */
export const MAX_PROBLEMS_LISTED = 50;
/** Problems of one object (an entry of a list) listed one by one; then one counts the rest. */
export const PROBLEMS_PER_OBJECT = 20;
/** Entries of a list of texts (like a technique's cautions) when its schema sets no limit. */
export const MAX_TEXTS = 20;

const counted = (n: number, what: string) => `and ${n.toLocaleString('en-US')} more ${what}`;

/**
 * Notes the keys of `value` that `known` lacks: UNKNOWN_FIELDS_LISTED of them by name, then
 * one problem at `path` for the rest, so an object with 100,000 stray keys costs eleven
 * console messages, not 100,000.
 */
export function noteUnknownFields(
  value: Record<string, unknown>,
  known: (key: string) => boolean,
  path: string,
  problems: JsonProblem[],
  reason = 'unknown field (ignored)',
): void {
  let unknown = 0;
  for (const key of Object.keys(value)) {
    if (known(key)) continue;
    if (++unknown <= UNKNOWN_FIELDS_LISTED)
      problems.push({ path: path ? `${path}.${key}` : key, value: value[key], reason });
  }
  if (unknown > UNKNOWN_FIELDS_LISTED)
    problems.push({
      path: path || '(root)',
      value: unknown - UNKNOWN_FIELDS_LISTED,
      reason: `${counted(unknown - UNKNOWN_FIELDS_LISTED, 'unknown fields')} (ignored)`,
    });
}

/**
 * At most MAX_PROBLEMS_LISTED problems, then one at `(root)` that counts the rest: each
 * problem is a console message, and a page should not drown in them.
 */
export function capProblems(problems: JsonProblem[]): JsonProblem[] {
  if (problems.length <= MAX_PROBLEMS_LISTED) return problems;
  const more = problems.length - MAX_PROBLEMS_LISTED;
  return [
    ...problems.slice(0, MAX_PROBLEMS_LISTED),
    { path: '(root)', value: more, reason: `${counted(more, 'problems')}; fix these first` },
  ];
}

/**
 * Reads fields of one JSON object, collecting problems under its path. An unknown field is
 * noted and ignored; a failed field makes the object unusable. At most PROBLEMS_PER_OBJECT
 * problems are noted for one object (a list of 100,000 wrong goals, say), then one counts
 * the rest.
 */
export class FieldReader {
  usable = true;
  private noted = 0;
  private rest: { path: string; value: number; reason: string } | undefined;

  constructor(
    protected readonly value: Record<string, unknown>,
    private readonly path: string,
    readonly problems: JsonProblem[],
    known: ReadonlySet<string>,
  ) {
    const before = problems.length;
    noteUnknownFields(value, (key) => known.has(key), path, problems);
    this.noted = problems.length - before;
  }

  at(field: string): string {
    return this.path ? `${this.path}.${field}` : field;
  }

  note(field: string, value: unknown, reason: string): void {
    if (++this.noted <= PROBLEMS_PER_OBJECT) {
      this.problems.push({ path: this.at(field), value, reason });
      return;
    }
    // One problem counts the rest; it is updated in place as more come.
    const more = this.noted - PROBLEMS_PER_OBJECT;
    if (!this.rest) {
      this.rest = { path: this.path || '(root)', value: 0, reason: '' };
      this.problems.push(this.rest);
    }
    this.rest.value = more;
    this.rest.reason = `${counted(more, 'problems')} here`;
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
   * An optional array of at most `maxItems` (else MAX_TEXTS) trimmed non-empty strings of
   * at most `limit` characters each; `notArray` is the reason when it is not such an array.
   */
  texts(field: string, limit: number, notArray: string, maxItems?: number): string[] {
    const texts: string[] = [];
    const given = this.value[field];
    if (given === undefined) return texts;
    if (!Array.isArray(given) || given.length > (maxItems ?? MAX_TEXTS)) {
      const tooMany = Array.isArray(given) && maxItems === undefined;
      this.fail(field, tooMany ? `too many: at most ${MAX_TEXTS}` : notArray);
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
