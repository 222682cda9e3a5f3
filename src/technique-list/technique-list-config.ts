/**
 * Reads a clinic's own list of techniques (the list element's JSON child or `techniques`
 * property). Pure. Each entry is a built-in id (`"swedish"`) or a whole technique object;
 * bad entries are dropped with a problem naming the entry and field, good ones are kept.
 */
import { isRecord } from '../shared/json-config.js';
import { capProblems, noteUnknownFields } from '../shared/json-fields.js';
import type { CheckedConfig } from '../shared/config-source.js';
import { findTechnique } from '../technique-card/built-in-techniques.js';
import { type SchemaProblem, type Technique } from '../technique-card/technique-types.js';
import { parseTechnique } from '../technique-card/technique-schema.js';

export interface TechniqueListParse {
  readonly techniques: Technique[];
  readonly problems: SchemaProblem[];
}

/** What a clinic's list must be. */
export const LIST_SHAPE = 'expected an array of techniques, or {"techniques": [...]}';

/** Techniques a list takes: a whole clinic's menu, short of a page of thousands of cards. */
export const MAX_TECHNIQUES = 200;

/**
 * Accepts an array of entries or `{"techniques": [...]}`. `builtIn` looks up a built-in id.
 * The first MAX_TECHNIQUES entries are read; past that, one problem names the limit.
 */
export function parseTechniqueList(
  json: unknown,
  builtIn: (id: string) => Technique | undefined,
): TechniqueListParse {
  const techniques: Technique[] = [];
  const problems: SchemaProblem[] = [];
  let entries: unknown = json;
  let base = '';
  if (isRecord(json)) {
    entries = json['techniques'];
    base = 'techniques';
    noteUnknownFields(
      json,
      (key) => key === 'techniques',
      '',
      problems,
      'unknown setting (ignored)',
    );
  }
  if (!Array.isArray(entries)) {
    problems.push({
      path: base || '(root)',
      value: entries,
      reason: LIST_SHAPE,
    });
    return { techniques, problems };
  }
  if (entries.length > MAX_TECHNIQUES)
    problems.push({
      path: base || '(root)',
      value: entries.length,
      reason: `too many techniques: at most ${MAX_TECHNIQUES}; the rest are left out`,
    });
  const seen = new Set<string>();
  entries.slice(0, MAX_TECHNIQUES).forEach((entry: unknown, index) => {
    const path = `${base}[${index}]`;
    let technique: Technique | undefined;
    if (typeof entry === 'string') {
      technique = builtIn(entry);
      if (!technique) problems.push({ path, value: entry, reason: 'not a built-in technique id' });
    } else {
      const parsed = parseTechnique(entry, path);
      problems.push(...parsed.problems);
      if (parsed.ok) technique = parsed.technique;
    }
    if (!technique) return;
    if (seen.has(technique.id)) {
      problems.push({
        path: typeof entry === 'string' ? path : `${path}.id`,
        value: technique.id,
        reason: 'duplicate id (the first entry is kept)',
      });
      return;
    }
    seen.add(technique.id);
    techniques.push(technique);
  });
  return { techniques, problems: capProblems(problems) };
}

/**
 * A clinic's list as the list element takes it: its usable techniques (built-in ids looked
 * up in the catalog), or none when no entry is usable, and the list shows its error.
 */
export function checkTechniqueList(json: unknown): CheckedConfig<readonly Technique[]> {
  const { techniques, problems } = parseTechniqueList(json, findTechnique);
  return { value: techniques.length ? techniques : undefined, problems };
}
