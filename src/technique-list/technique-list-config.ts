/**
 * Reads a clinic's own list of techniques (the list element's JSON child or `techniques`
 * property). Pure. Each entry is a built-in id (`"swedish"`) or a whole technique object;
 * bad entries are dropped with a problem naming the entry and field, good ones are kept.
 */
import { parseEntryList } from '../shared/json-list.js';
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
 * Accepts an array of entries or `{"techniques": [...]}` (see json-list.ts). `builtIn` looks
 * up a built-in id. The first MAX_TECHNIQUES entries are read; a repeated id keeps the first.
 */
export function parseTechniqueList(
  json: unknown,
  builtIn: (id: string) => Technique | undefined,
): TechniqueListParse {
  const { entries, problems } = parseEntryList<Technique>(json, {
    key: 'techniques',
    noun: 'technique',
    max: MAX_TECHNIQUES,
    shape: LIST_SHAPE,
    builtIn,
    parse(entry, path, noted) {
      const parsed = parseTechnique(entry, path);
      noted.push(...parsed.problems);
      return parsed.ok ? parsed.technique : undefined;
    },
  });
  return { techniques: entries, problems };
}

/**
 * A clinic's list as the list element takes it: its usable techniques (built-in ids looked
 * up in the catalog), or none when no entry is usable, and the list shows its error.
 */
export function checkTechniqueList(json: unknown): CheckedConfig<readonly Technique[]> {
  const { techniques, problems } = parseTechniqueList(json, findTechnique);
  return { value: techniques.length ? techniques : undefined, problems };
}
