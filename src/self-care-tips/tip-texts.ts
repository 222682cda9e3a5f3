/**
 * The built-in tips in other languages: each language's texts (the `tip-texts` content,
 * ./languages/tips.fr.ts...) give a tip's title and text by its id, and localizeTip lays
 * them over the English. Ids and moments are never translated: they are not text. Pure.
 */
import type { Tip } from './tip-types.js';
import { findTip, type BuiltInTipId } from './built-in-tips.js';

/** A tip's words in one language. */
export interface TipText {
  readonly title: string;
  readonly text: string;
}

/** The built-in tips' words in one language, by tip id: every tip, both fields. */
export type TipTexts = Readonly<Record<BuiltInTipId, TipText>>;

/** Texts as a language gives them: any tip or field may be missing (it stays English). */
type GivenTexts = Readonly<Partial<Record<string, Partial<TipText>>>>;

const isText = (value: unknown): value is string => typeof value === 'string' && !!value.trim();

/**
 * `tip` in the language of `texts`. Only the built-in tips themselves are overlaid (the
 * catalog's own objects): a clinic's tip, even one with a built-in id, is the clinic's
 * text and comes back as it is.
 */
export function localizeTip(tip: Tip, texts: GivenTexts | undefined): Tip {
  if (!texts || findTip(tip.id) !== tip) return tip;
  const given = Object.hasOwn(texts, tip.id) ? texts[tip.id] : undefined;
  if (!given || typeof given !== 'object') return tip;
  return {
    ...tip,
    title: isText(given.title) ? given.title : tip.title,
    text: isText(given.text) ? given.text : tip.text,
  };
}
