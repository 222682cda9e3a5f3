/**
 * The built-in techniques in other languages: each language's texts (the `techniques`
 * content, ./languages/techniques.fr.ts...) give a technique's words by its id, and
 * localizeTechnique lays them over the English, field by field. Ids, goals, pressure levels
 * and durations are never translated: they are not text. Pure.
 */
import type { Technique } from './technique-types.js';
import { findTechnique, type BuiltInTechniqueId } from './built-in-techniques.js';

/** Every text field of a technique, in one language. */
export interface TechniqueText {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly pressureLabel: string;
  readonly feelsLike: string;
  /** In the English order, one for each English caution. */
  readonly cautions: readonly string[];
}

/** The built-in techniques' texts in one language, by technique id: every one, every field. */
export type TechniqueTexts = Readonly<Record<BuiltInTechniqueId, TechniqueText>>;

/**
 * Texts as a language gives them: any technique or field may be missing (it stays English),
 * and a developer's registered table is not type-checked, so each field is checked here.
 */
type GivenTexts = Readonly<Partial<Record<string, Partial<TechniqueText>>>>;

/** The text fields of a technique besides its cautions (a list). */
export const TECHNIQUE_TEXT_FIELDS = [
  'name',
  'summary',
  'description',
  'pressureLabel',
  'feelsLike',
] as const;

const isText = (value: unknown): value is string => typeof value === 'string' && !!value.trim();

/**
 * `technique` in the language of `texts`: each field `texts` gives for its id in place of
 * the English, the rest as they were. Only the built-in techniques themselves are overlaid
 * (the catalog's own objects): a clinic's technique, even one with a built-in id, is the
 * clinic's text and comes back as it is.
 */
export function localizeTechnique(technique: Technique, texts: GivenTexts | undefined): Technique {
  if (!texts || findTechnique(technique.id) !== technique) return technique;
  const given = Object.hasOwn(texts, technique.id) ? texts[technique.id] : undefined;
  if (!given || typeof given !== 'object') return technique;
  const localized: Record<string, unknown> = { ...technique };
  for (const field of TECHNIQUE_TEXT_FIELDS)
    if (isText(given[field])) localized[field] = given[field];
  const cautions = given.cautions;
  if (Array.isArray(cautions) && cautions.length && cautions.every(isText))
    localized['cautions'] = cautions;
  return localized as unknown as Technique;
}
