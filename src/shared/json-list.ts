/**
 * Reading a clinic's own list in a widget's JSON: an array, or `{"<key>": [...]}`, of
 * built-in ids (`"water"`) and whole objects. Pure. The first `max` entries are read, past
 * that one problem names the limit; a bad entry is left out with problems naming its path;
 * a repeated id keeps the first entry. The technique list and the self-care tips read
 * their lists through it.
 */
import { isRecord } from './json-config.js';
import { capProblems, noteUnknownFields } from './json-fields.js';
import type { JsonProblem } from './log.js';

export interface EntryListRules<T extends { readonly id: string }> {
  /** The key of the object form (`tips`), and the word for one entry (`tip`). */
  readonly key: string;
  readonly noun: string;
  /** The most entries read. */
  readonly max: number;
  /** The reason when the JSON is neither an array nor the object form. */
  readonly shape: string;
  /** A built-in entry by id. */
  builtIn(id: string): T | undefined;
  /** One object entry at `path`, its problems noted; undefined when unusable. */
  parse(entry: unknown, path: string, problems: JsonProblem[]): T | undefined;
}

export function parseEntryList<T extends { readonly id: string }>(
  json: unknown,
  rules: EntryListRules<T>,
): { entries: T[]; problems: JsonProblem[] } {
  const entries: T[] = [];
  const problems: JsonProblem[] = [];
  let given: unknown = json;
  let base = '';
  if (isRecord(json)) {
    given = json[rules.key];
    base = rules.key;
    noteUnknownFields(json, (key) => key === rules.key, '', problems, 'unknown setting (ignored)');
  }
  if (!Array.isArray(given)) {
    problems.push({ path: base || '(root)', value: given, reason: rules.shape });
    return { entries, problems };
  }
  if (given.length > rules.max)
    problems.push({
      path: base || '(root)',
      value: given.length,
      reason: `too many ${rules.key}: at most ${rules.max}; the rest are left out`,
    });
  const seen = new Set<string>();
  given.slice(0, rules.max).forEach((entry: unknown, index) => {
    const path = `${base}[${index}]`;
    let found: T | undefined;
    if (typeof entry === 'string') {
      found = rules.builtIn(entry);
      if (!found) problems.push({ path, value: entry, reason: `not a built-in ${rules.noun} id` });
    } else found = rules.parse(entry, path, problems);
    if (!found) return;
    if (seen.has(found.id)) {
      problems.push({
        path: typeof entry === 'string' ? path : `${path}.id`,
        value: found.id,
        reason: 'duplicate id (the first entry is kept)',
      });
      return;
    }
    seen.add(found.id);
    entries.push(found);
  });
  return { entries, problems: capProblems(problems) };
}
