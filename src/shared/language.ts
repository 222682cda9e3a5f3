/**
 * Which language a widget speaks, from the language tags around it (nearest first: its own
 * `lang`, its clinic's, the nearest ancestor's, the document's; see languages.ts). Pure.
 *
 * The nearest tag that names a language decides, and only its language counts: `fr-CA` and
 * `fr-FR` both speak `fr`. A language the library has no messages for gets English rather
 * than the next tag out: a German section of a French page is not French. Tags that are not
 * valid BCP 47 (`lang="français"`) name no language and are passed over.
 */

/** What every widget speaks when nothing around it names a language it knows. */
export const FALLBACK_LANGUAGE = 'en';

/** `fr_CA`, as CMSs and server locales write it, read as `fr-CA`. */
const underscored = (tag: string) => tag.trim().replace(/_/g, '-');

/** The language subtag of a BCP 47 tag, lowercase (`fr-CA` gives `fr`), or undefined. */
export function baseLanguage(tag: string | null | undefined): string | undefined {
  if (!tag?.trim()) return undefined;
  try {
    return new Intl.Locale(underscored(tag)).language.toLowerCase();
  } catch {
    // Private-use and grandfathered tags (x-klingon, i-klingon) name a language Intl does
    // not parse: one the widgets do not have, so English, not the next tag out.
    return /^[xi]-[a-z\d]{1,8}(-[a-z\d]{1,8})*$/i.test(tag.trim())
      ? tag.trim().toLowerCase()
      : undefined;
  }
}

/** The language to speak: the nearest tag's, when `known(language)`, else English. */
export function pickLanguage(
  tags: readonly (string | null | undefined)[],
  known: (language: string) => boolean,
): string {
  return pickLocale(tags, known).language;
}

/**
 * The language to speak, as pickLanguage picks it, with the tag that named it (`fr-CA`),
 * for `Intl` formats and a voice of the right region; `en` when English is the fallback.
 */
export function pickLocale(
  tags: readonly (string | null | undefined)[],
  known: (language: string) => boolean,
): { language: string; locale: string } {
  for (const tag of tags) {
    const language = baseLanguage(tag);
    if (language && known(language)) return { language, locale: canonical(tag!) ?? language };
    if (language) break;
  }
  return { language: FALLBACK_LANGUAGE, locale: FALLBACK_LANGUAGE };
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(underscored(tag))[0];
  } catch {
    return undefined;
  }
}
