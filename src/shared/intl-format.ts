/**
 * Formats that every language's messages share, each by `Intl` for the language that asks,
 * so a message never glues English pieces together. Formatters are cached per language:
 * creating one is the slow part (tens of ms for the first in a page). Pure.
 */

const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

/** The plural category of `count` in `language` (`one`, `other`...; French: 0 is `one`). */
export const pluralOf = (language: string, count: number): Intl.LDMLPluralRule =>
  cached(`p ${language}`, () => new Intl.PluralRules(language)).select(count);

/**
 * The form for `count`: `forms[category]`, else `forms.other`. Each form is a function of
 * the count as `language` writes it (`1 répétition`, `2 répétitions`).
 */
export function plural(
  language: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, (count: string) => string>> & {
    other: (count: string) => string;
  },
): string {
  return (forms[pluralOf(language, count)] ?? forms.other)(numberIn(language, count));
}

/** `count` as `language` writes numbers (`1 234,5` in French). */
export const numberIn = (language: string, count: number): string =>
  cached(`n ${language}`, () => new Intl.NumberFormat(language)).format(count);

/** Items joined as `language` lists them: "a, b and c", "a, b et c", "a, b y c". */
export const listIn = (
  language: string,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string =>
  cached(`l ${type} ${language}`, () => new Intl.ListFormat(language, { type })).format(items);
